-- Every organization keeps its own clock: workshop and event times are shown in it, and "today" (due dates,
-- membership dates) is its date. German and Danish municipalities share Central European rules today, Greenland's
-- and the Faroes' do not; the zone is an IANA id, checked by the API.
alter table organization add column time_zone text;
update organization set time_zone = case country
    when 'DK' then 'Europe/Copenhagen'
    when 'GL' then 'America/Nuuk'
    when 'FO' then 'Atlantic/Faroe'
    else 'Europe/Berlin' end;
alter table organization alter column time_zone set not null;

-- A workshop takes place on its organization's clock, fixed when it is planned.
alter table workshop add column time_zone text;
update workshop w set time_zone = o.time_zone from organization o where o.id = w.organization_id;
alter table workshop alter column time_zone set not null;

-- The date it is now in a zone; lets one query compare due dates of workshops on different clocks.
create function local_today(zone text) returns date
    language sql stable parallel safe
    as $$ select (now() at time zone zone)::date $$;
