-- Loads the large data set of scripts/bench-scale.sh straight into PostgreSQL (psql -v ...):
--   :orgs          organizations in all: Musterstadt (demo data) and :orgs - 1 generated ones, 20 of which join
--                  Musterstadt's network
--   :projects      starter projects, :own of them Musterstadt's (the dashboard's organization), the others spread
--                  evenly over the generated organizations; :measures measures each, one RESPONSIBLE party each
--   :stakeholders  stakeholders (200 of them Musterstadt's), :workshops workshops (100 Musterstadt's),
--                  :strategies strategies (10 per generated organization by default)
-- About 5 % of every kind are visible beyond their organization (2.5 % PUBLIC, 2.5 % NETWORK), the rest PRIVATE.
-- Changes spread over the last two years; titles draw on a small vocabulary (a common word is in ~5 % of titles)
-- and end in the record's number (a number is a rare term). Ids are md5 hashes of the kind and number, so that a
-- child row finds its parent's id without a lookup, and look as random as the API's.
--
-- The rows are written with session_replication_role = replica: the triggers that write a change record for every
-- row (the audit trail, change feed and webhook outbox) and the foreign-key triggers do not fire. So the change
-- record holds nothing of this data set (the benchmark does not read the feed), and the references are right by
-- construction instead of checked. Expects the schema and the demo data (CCH_DEMO_DATA=true) to exist.
\set ON_ERROR_STOP on
set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '256MB';

create temporary table vocabulary as
select array['Bauteilbörse', 'Reparatur', 'Kompost', 'Mehrweg', 'Rückbau', 'Wiederverwendung', 'Materiallager',
             'Lastenrad', 'Abwärme', 'Mensa', 'Schulküche', 'Beschaffung', 'Möbelbörse', 'Zwischennutzung',
             'Holzbau', 'Stahlrecycling', 'Betonrecycling', 'Leihladen', 'Textil', 'Elektroschrott', 'Sperrmüll',
             'Gemeinschaftsgarten', 'Foodsharing', 'Regenwasser', 'Quartier', 'Bibliothek', 'Werkzeug', 'Fahrrad',
             'Dachbegrünung', 'Solardach', 'Wärmenetz', 'Biogas', 'Klärschlamm', 'Papier', 'Glas', 'Verpackung',
             'Kantine', 'Baustoffe', 'Secondhand', 'Repaircafé']::text[] as words;

insert into organization (id, slug, name, kind, country, population, time_zone, created_at, created_by, updated_at,
                          updated_by)
select md5('scale-organization-' || g)::uuid, 'scale-org-' || g, 'Skalenstadt ' || g, 'MUNICIPALITY',
       case when g % 2 = 0 then 'DE' else 'DK' end, 5000 + g * 1500,
       case when g % 2 = 0 then 'Europe/Berlin' else 'Europe/Copenhagen' end, now(), 'bench', now(), 'bench'
from generate_series(1, :orgs - 1) g;

insert into network_member (id, network_id, organization_id, role, status, joined_on, created_at, created_by,
                            updated_at, updated_by)
select gen_random_uuid(), n.network_id, md5('scale-organization-' || g)::uuid, 'MEMBER_MUNICIPALITY', 'ACCEPTED',
       current_date, now(), 'bench', now(), 'bench'
from generate_series(1, least(20, :orgs - 1)) g
cross join (select m.network_id from network_member m join organization o on o.id = m.organization_id
            where o.slug = 'musterstadt' and m.status = 'ACCEPTED' order by m.network_id limit 1) n;

-- n = 0 is Musterstadt, 1 .. :orgs - 1 the generated organizations.
create temporary table owner (n integer primary key, id uuid not null);
insert into owner select 0, id from organization where slug = 'musterstadt';
insert into owner select g, md5('scale-organization-' || g)::uuid from generate_series(1, :orgs - 1) g;

-- The owner of the record with number g when the first `own` of its kind are Musterstadt's.
create function pg_temp.owner_of(g bigint, own bigint, orgs integer) returns integer
language sql immutable as $$ select case when g <= own then 0 else 1 + (g % (orgs - 1))::integer end $$;

create function pg_temp.visibility_of(g bigint) returns varchar
language sql immutable as $$ select case g % 40 when 0 then 'PUBLIC' when 1 then 'NETWORK' else 'PRIVATE' end $$;

-- Spread over the last two years, newest for the highest numbers, whole seconds.
create function pg_temp.changed_at(g bigint, total bigint) returns timestamptz
language sql stable as $$
  select date_trunc('second', now()) - make_interval(secs => ((total - g) * 63072000 / greatest(total, 1))::double precision)
$$;

insert into strategy (id, organization_id, title, summary, period_from, period_to, status, decision_body, decided_on,
                      decision_reference, visibility, created_at, created_by, updated_at, updated_by)
select md5('scale-strategy-' || g)::uuid, o.id,
       'Kreislaufstrategie ' || v.words[1 + g % 40] || ' ' || g,
       'Leitbild, Ziele und Handlungsfelder für ' || v.words[1 + (g * 7) % 40],
       2025, 2030 + (g % 6)::integer,
       case when g % 4 = 0 then 'ADOPTED' when g % 4 = 1 then 'IN_REVIEW' else 'DRAFT' end,
       case when g % 4 = 0 then 'Stadtrat' end, case when g % 4 = 0 then current_date - 30 end,
       case when g % 4 = 0 then 'DS-' || g end,
       pg_temp.visibility_of(g), pg_temp.changed_at(g, :strategies), 'bench', pg_temp.changed_at(g, :strategies), 'bench'
from generate_series(1, :strategies) g
cross join vocabulary v
join owner o on o.n = pg_temp.owner_of(g, 0, :orgs);

insert into stakeholder (id, organization_id, name, sector, fields_of_action, website, description, visibility,
                         created_at, created_by, updated_at, updated_by)
select md5('scale-stakeholder-' || g)::uuid, o.id,
       v.words[1 + g % 40] || ' ' || (array['GmbH', 'e. V.', 'eG', 'Amt', 'Institut', 'Initiative'])[1 + g % 6] || ' ' || g,
       (array['BUSINESS', 'CHAMBER', 'ASSOCIATION', 'ADMINISTRATION', 'UNIVERSITY_RESEARCH', 'CIVIL_SOCIETY',
              'POLITICS', 'UTILITY'])[1 + g % 8],
       array[(array['CONSTRUCTION_BUILDINGS', 'FOOD_NUTRITION', 'PROCUREMENT', 'WASTE_RESOURCES',
                    'BUSINESS_DEVELOPMENT', 'STRATEGY'])[1 + g % 6]]::varchar[],
       'https://akteur-' || g || '.example',
       'Arbeitet an ' || v.words[1 + (g * 7) % 40] || ' und ' || v.words[1 + (g * 11) % 40],
       pg_temp.visibility_of(g), pg_temp.changed_at(g, :stakeholders), 'bench', pg_temp.changed_at(g, :stakeholders), 'bench'
from generate_series(1, :stakeholders) g
cross join vocabulary v
join owner o on o.n = pg_temp.owner_of(g, 200, :orgs);

-- Each organization's strategies and stakeholders, for the projects' and workshops' references.
create temporary table owner_refs as
select o.n, o.id,
       (select array_agg(s.id order by s.id) from strategy s where s.organization_id = o.id) as strategies,
       (select array_agg(s.id order by s.id) from stakeholder s where s.organization_id = o.id) as stakeholders
from owner o;
alter table owner_refs add primary key (n);

insert into workshop (id, organization_id, strategy_id, title, purpose, format, starts_at, ends_at, place,
                      online_link, capacity, status, visibility, time_zone, created_at, created_by, updated_at,
                      updated_by)
select md5('scale-workshop-' || g)::uuid, o.id, o.strategies[1 + g % greatest(cardinality(o.strategies), 1)],
       'Werkstatt ' || v.words[1 + g % 40] || ' ' || g,
       (array['KICK_OFF', 'STATUS_QUO', 'VISION', 'PROJECT_DEVELOPMENT', 'REVIEW'])[1 + g % 5],
       (array['IN_PERSON', 'ONLINE', 'HYBRID'])[1 + g % 3],
       w.starts_at, w.starts_at + interval '3 hours',
       case when g % 3 <> 1 then 'Rathaus, Saal ' || (g % 9) end,
       case when g % 3 <> 0 then 'https://meet.example/w-' || g end,
       10 + (g % 50)::integer,
       case when w.starts_at < now() then 'HELD' else 'PLANNED' end,
       pg_temp.visibility_of(g), case when o.n % 2 = 1 then 'Europe/Copenhagen' else 'Europe/Berlin' end,
       pg_temp.changed_at(g, :workshops), 'bench', pg_temp.changed_at(g, :workshops), 'bench'
from generate_series(1, :workshops) g
cross join vocabulary v
join owner_refs o on o.n = pg_temp.owner_of(g, 100, :orgs)
-- From two years back to one year ahead, on the hour.
cross join lateral (select date_trunc('hour', now()) - make_interval(hours => (17520 - (g * 26280 / :workshops))::integer)
                           as starts_at) w;

-- The projects, their measures and parties go in transactions of 10,000 projects each: one statement for all
-- would keep a transaction open for minutes, and while it runs every change feed on this PostgreSQL server
-- (ChangeRepository reads only below the oldest running transaction) stands still, other databases' too.
create function pg_temp.load_projects(lo bigint, hi bigint, total bigint, own bigint, orgs integer,
                                      measures integer) returns void
language sql as $$
insert into starter_project (id, organization_id, strategy_id, title, summary, fields_of_action, status,
                             start_date, planned_completion, budget_planned, funding_source, visibility,
                             status_changed_at, created_at, created_by, updated_at, updated_by)
select md5('scale-project-' || g)::uuid, o.id, o.strategies[1 + g % greatest(cardinality(o.strategies), 1)],
       v.words[1 + g % 40] || ' ' || v.words[1 + (g / 40) % 40] || ' ' || g,
       'Wir bauen ' || v.words[1 + (g * 7) % 40] || ' auf und verbinden es mit ' || v.words[1 + (g * 13) % 40] || '.',
       array[(array['CONSTRUCTION_BUILDINGS', 'FOOD_NUTRITION', 'PROCUREMENT', 'WASTE_RESOURCES',
                    'BUSINESS_DEVELOPMENT', 'STRATEGY'])[1 + g % 6]]::varchar[],
       (array['IDEA', 'SHORTLISTED', 'SELECTED', 'PREPARATION', 'IMPLEMENTATION', 'COMPLETED', 'SCALED',
              'ON_HOLD', 'CANCELLED'])[1 + g % 9],
       current_date - (g % 700)::integer, current_date + (g % 900)::integer,
       (10000 + (g % 200) * 2500)::numeric(14, 2), case when g % 3 = 0 then 'EFRE/ERDF' end,
       pg_temp.visibility_of(g), pg_temp.changed_at(g, total),
       pg_temp.changed_at(g, total), 'bench', pg_temp.changed_at(g, total), 'bench'
from generate_series(lo, hi) g
cross join vocabulary v
join owner_refs o on o.n = pg_temp.owner_of(g, own, orgs)
$$;

create function pg_temp.load_measures(lo bigint, hi bigint, total bigint, own bigint, orgs integer,
                                      measures integer) returns void
language sql as $$
insert into project_measure (id, project_id, position, title, responsible, status, cost, co2e_tonnes_per_year,
                             co2e_confidence, material_reused_t, material_recycled_t, completed_at, created_at,
                             created_by, updated_at, updated_by)
select md5('scale-measure-' || g || '-' || k)::uuid, md5('scale-project-' || g)::uuid, k - 1,
       'Maßnahme ' || k || ': ' || v.words[1 + (g + k) % 40], 'Amt ' || (g % 12),
       (array['PLANNED', 'IN_PROGRESS', 'DONE'])[1 + (g + k) % 3],
       (1000 + (g % 97) * 500)::numeric(14, 2), ((g % 50) + k)::numeric(14, 3),
       (array['LOW', 'MEDIUM', 'HIGH'])[1 + k % 3], (g % 30)::numeric(14, 3), (k * 2)::numeric(14, 3),
       case when (g + k) % 3 = 2 then pg_temp.changed_at(g, total) end,
       pg_temp.changed_at(g, total), 'bench', pg_temp.changed_at(g, total), 'bench'
from generate_series(lo, hi) g
cross join generate_series(1, measures) k
cross join vocabulary v
$$;

create function pg_temp.load_parties(lo bigint, hi bigint, total bigint, own bigint, orgs integer,
                                      measures integer) returns void
language sql as $$
insert into project_party (id, project_id, stakeholder_id, role)
select md5('scale-party-' || g)::uuid, md5('scale-project-' || g)::uuid,
       o.stakeholders[1 + g % cardinality(o.stakeholders)], 'RESPONSIBLE'
from generate_series(lo, hi) g
join owner_refs o on o.n = pg_temp.owner_of(g, own, orgs)
where cardinality(o.stakeholders) > 0
$$;

\o /dev/null
select format('select pg_temp.%s(%s, %s, %s, %s, %s, %s)', f, lo, least(lo + 9999, :projects), :projects, :own, :orgs,
              :measures)
from generate_series(1, :projects, 10000) lo
cross join unnest(array['load_projects', 'load_measures', 'load_parties']) with ordinality as step(f, n)
order by lo, n \gexec
\o

reset session_replication_role;
vacuum analyze organization;
vacuum analyze network_member;
vacuum analyze strategy;
vacuum analyze stakeholder;
vacuum analyze workshop;
vacuum analyze starter_project;
vacuum analyze project_measure;
vacuum analyze project_party;
