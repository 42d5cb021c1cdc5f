-- Networks become a resource of their own: programme details, membership as consent, events with attendance, and
-- the status reports of virtual status updates. Networks from before (created by hand) keep their members, all of
-- them accepted; one without a coordinator takes its first member as coordinator, one without members goes.
delete from network n where n.coordinator_organization is null
    and not exists (select 1 from network_member m where m.network_id = n.id);
update network n set coordinator_organization = (
        select m.organization_id from network_member m where m.network_id = n.id
        order by m.organization_id limit 1)
    where n.coordinator_organization is null;

alter table network
    alter column coordinator_organization set not null,
    add column kind             varchar(30)    not null default 'CITY_CONSORTIUM',
    add column description      varchar(4000),
    add column fields_of_action varchar(60)[]  not null default '{}',
    add column period_from      date,
    add column period_to        date,
    add column funder           varchar(200),
    add column funding_line     varchar(200),
    add column budget           numeric(14, 2) check (budget is null or budget >= 0),
    add column currency         varchar(3),
    add column links            jsonb          not null default '[]',
    add column status           varchar(20)    not null default 'ACTIVE',
    add column visibility       varchar(10)    not null default 'PRIVATE',
    add column external_id      varchar(200),
    add column version          bigint         not null default 0,
    add column created_by       varchar(200)   not null default 'migration',
    add column updated_at       timestamptz,
    add column updated_by       varchar(200)   not null default 'migration',
    add constraint network_period check (period_from is null or period_to is null or period_from <= period_to),
    add constraint network_budget_currency check (budget is null or currency is not null);
update network set updated_at = created_at;
alter table network
    alter column updated_at set not null,
    alter column kind drop default,
    alter column status drop default,
    alter column created_by drop default,
    alter column updated_by drop default;
create unique index network_external_id on network (coordinator_organization, external_id) where external_id is not null;
create index network_coordinator on network (coordinator_organization);
create index network_listing on network (name, id);

-- A membership is one organisation's consent to a network, from invitation or request to leaving. An organisation
-- has at most one open membership (invited, requested or accepted) per network; ended ones stay as history.
alter table network_member drop constraint network_member_pkey;
alter table network_member
    add column id          uuid          not null default gen_random_uuid(),
    add column role        varchar(30)   not null default 'MEMBER_MUNICIPALITY',
    add column status      varchar(20)   not null default 'ACCEPTED',
    add column joined_on   date,
    add column left_on     date,
    add column note        varchar(1000),
    add column version     bigint        not null default 0,
    add column created_at  timestamptz   not null default now(),
    add column created_by  varchar(200)  not null default 'migration',
    add column updated_at  timestamptz   not null default now(),
    add column updated_by  varchar(200)  not null default 'migration';
update network_member m set joined_on = n.created_at::date,
        role = case when m.organization_id = n.coordinator_organization then 'COORDINATOR' else 'MEMBER_MUNICIPALITY' end
    from network n where n.id = m.network_id;
alter table network_member
    add primary key (id),
    alter column id drop default,
    alter column role drop default,
    alter column status drop default,
    alter column created_at drop default,
    alter column created_by drop default,
    alter column updated_at drop default,
    alter column updated_by drop default,
    add constraint network_member_joined check (status <> 'ACCEPTED' or joined_on is not null),
    add constraint network_member_left check ((status in ('LEFT', 'REMOVED')) = (left_on is not null));
create unique index network_member_open on network_member (network_id, organization_id)
    where status in ('INVITED', 'REQUESTED', 'ACCEPTED');
create index network_member_network on network_member (network_id, status);

create table network_event (
    id            uuid primary key,
    network_id    uuid           not null references network (id) on delete cascade,
    kind          varchar(30)    not null,
    title         varchar(200)   not null,
    starts_at     timestamptz    not null,
    ends_at       timestamptz    not null,
    place         varchar(300),
    online_link   varchar(500),
    description   varchar(4000),
    agenda        jsonb          not null default '[]',
    materials     jsonb          not null default '[]',
    minutes       varchar(20000),
    version       bigint         not null default 0,
    created_at    timestamptz    not null,
    created_by    varchar(200)   not null,
    updated_at    timestamptz    not null,
    updated_by    varchar(200)   not null,
    constraint network_event_time check (ends_at > starts_at),
    constraint network_event_where check (place is not null or online_link is not null)
);
create index network_event_schedule on network_event (network_id, starts_at, id);

create table network_event_attendance (
    id               uuid primary key,
    event_id         uuid          not null references network_event (id) on delete cascade,
    organization_id  uuid          not null references organization (id) on delete cascade,
    status           varchar(20)   not null,
    people           integer       check (people is null or people between 0 and 1000),
    note             varchar(1000),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null,
    constraint network_event_attendance_once unique (event_id, organization_id)
);
create index network_event_attendance_organization on network_event_attendance (organization_id);

-- One report per member municipality and virtual status update; the figures are those the hub counted from the
-- municipality's own records for the period the report covers.
create table network_status_report (
    id               uuid primary key,
    event_id         uuid           not null references network_event (id) on delete cascade,
    organization_id  uuid           not null references organization (id) on delete cascade,
    covers_from      timestamptz,
    covers_to        timestamptz    not null,
    progress         varchar(4000)  not null,
    next_steps       varchar(4000),
    help_needed      varchar(4000),
    figures          jsonb          not null,
    version          bigint         not null default 0,
    created_at       timestamptz    not null,
    created_by       varchar(200)   not null,
    updated_at       timestamptz    not null,
    updated_by       varchar(200)   not null,
    constraint network_status_report_once unique (event_id, organization_id)
);
create index network_status_report_organization on network_status_report (organization_id, covers_to);
