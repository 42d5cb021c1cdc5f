-- A large data set for QueryPlanTest, written straight into PostgreSQL: 300 organisations ('plan-000' ...) in 30
-- networks of ten, 100,000 starter projects with a measure and a responsible stakeholder each, 20,000 stakeholders,
-- 10,000 workshops, 3,000 strategies and a change record per record; about 5 % of the records are NETWORK or
-- PUBLIC. Ids are md5 hashes of a name and a number, so that the test can name any record. Triggers are off while
-- it loads (change records are written here, in bulk); remove-data-set.sql takes it all away again.
set session_replication_role = replica;

insert into organization (id, slug, name, kind, country, time_zone, created_at, created_by, updated_at, updated_by)
select md5('plan-org-' || o)::uuid, 'plan-' || lpad(o::text, 3, '0'), 'Planstadt ' || o, 'MUNICIPALITY', 'DE',
       'Europe/Berlin', now(), 'plan', now(), 'plan'
from generate_series(0, 299) o;

insert into network (id, name, coordinator_organization, kind, status, visibility, created_at, created_by,
                     updated_at, updated_by)
select md5('plan-network-' || n)::uuid, 'Plannetz ' || n, md5('plan-org-' || n * 10)::uuid, 'CITY_CONSORTIUM',
       'ACTIVE', 'PRIVATE', now(), 'plan', now(), 'plan'
from generate_series(0, 29) n;

insert into network_member (id, network_id, organization_id, role, status, joined_on, created_at, created_by,
                            updated_at, updated_by)
select md5('plan-member-' || o)::uuid, md5('plan-network-' || o / 10)::uuid, md5('plan-org-' || o)::uuid,
       case when o % 10 = 0 then 'COORDINATOR' else 'MEMBER_MUNICIPALITY' end, 'ACCEPTED', current_date, now(),
       'plan', now(), 'plan'
from generate_series(0, 299) o;

-- A number from 0 to m - 1 that does not follow n's organisation (n % 300) or any other column's number.
create or replace function pg_temp.plan_pick(salt text, n bigint, m int) returns int language sql immutable
    as $$ select abs(hashtext(salt || n)) % m $$;
-- Shared: 1 in 40 PUBLIC, 1 in 40 NETWORK.
create or replace function pg_temp.plan_visibility(n bigint) returns text language sql immutable
    as $$ select case pg_temp.plan_pick('visibility', n, 40) when 0 then 'PUBLIC' when 1 then 'NETWORK'
                 else 'PRIVATE' end $$;
create or replace function pg_temp.plan_time(n bigint) returns timestamptz language sql immutable
    as $$ select timestamptz '2026-01-01 00:00:00+00' - make_interval(secs => (n * 7919) % 63072000) $$;

insert into strategy (id, organization_id, title, summary, status, visibility, created_at, created_by, updated_at,
                      updated_by)
select md5('plan-strategy-' || n)::uuid, md5('plan-org-' || n % 300)::uuid, 'Strategie ' || n,
       'Kreislaufwirtschaft in Planstadt ' || n % 300,
       (array['DRAFT', 'IN_REVIEW'])[pg_temp.plan_pick('status', n, 2) + 1],
       pg_temp.plan_visibility(n), pg_temp.plan_time(n), 'plan', pg_temp.plan_time(n), 'plan'
from generate_series(0, 2999) n;

insert into stakeholder (id, organization_id, name, sector, fields_of_action, description, visibility, created_at,
                         created_by, updated_at, updated_by)
select md5('plan-stakeholder-' || n)::uuid, md5('plan-org-' || n % 300)::uuid, 'Akteur ' || n,
       (array['BUSINESS', 'CHAMBER', 'ASSOCIATION', 'ADMINISTRATION', 'UNIVERSITY_RESEARCH', 'CIVIL_SOCIETY',
              'POLITICS', 'UTILITY'])[pg_temp.plan_pick('sector', n, 8) + 1],
       array[(array['CONSTRUCTION_BUILDINGS', 'FOOD_NUTRITION', 'PROCUREMENT', 'WASTE_RESOURCES',
                    'BUSINESS_DEVELOPMENT'])[pg_temp.plan_pick('field', n, 5) + 1]],
       'Ein Akteur der Kreislaufwirtschaft', pg_temp.plan_visibility(n), pg_temp.plan_time(n), 'plan',
       pg_temp.plan_time(n), 'plan'
from generate_series(0, 19999) n;

insert into starter_project (id, organization_id, strategy_id, title, summary, fields_of_action, status, visibility,
                             created_at, created_by, updated_at, updated_by)
select md5('plan-project-' || n)::uuid, md5('plan-org-' || n % 300)::uuid,
       md5('plan-strategy-' || (n / 300 % 10) * 300 + n % 300)::uuid,
       (array['Reparaturcafé', 'Kompostierung', 'Textilsammlung', 'Bauteilbörse', 'Abwärme'])[n % 5 + 1] || ' ' || n,
       'Ein Startprojekt der Kreislaufwirtschaft',
       array[(array['CONSTRUCTION_BUILDINGS', 'FOOD_NUTRITION', 'PROCUREMENT', 'WASTE_RESOURCES',
                    'BUSINESS_DEVELOPMENT'])[pg_temp.plan_pick('field', n, 5) + 1]],
       (array['IDEA', 'SHORTLISTED', 'SELECTED', 'PREPARATION', 'IMPLEMENTATION', 'COMPLETED', 'SCALED', 'ON_HOLD',
              'CANCELLED'])[pg_temp.plan_pick('status', n, 9) + 1],
       pg_temp.plan_visibility(n), pg_temp.plan_time(n), 'plan', pg_temp.plan_time(n), 'plan'
from generate_series(0, 99999) n;

insert into project_measure (id, project_id, position, title, status, co2e_tonnes_per_year, created_at, created_by,
                             updated_at, updated_by)
select md5('plan-measure-' || n)::uuid, md5('plan-project-' || n)::uuid, 0, 'Maßnahme ' || n,
       (array['PLANNED', 'IN_PROGRESS', 'DONE'])[pg_temp.plan_pick('status', n, 3) + 1], n % 50,
       pg_temp.plan_time(n), 'plan', pg_temp.plan_time(n), 'plan'
from generate_series(0, 99999) n;

-- Each project's responsible stakeholder is one of its own organisation's.
insert into project_party (id, project_id, stakeholder_id, role)
select md5('plan-party-' || n)::uuid, md5('plan-project-' || n)::uuid,
       md5('plan-stakeholder-' || (n / 300 % 66) * 300 + n % 300)::uuid, 'RESPONSIBLE'
from generate_series(0, 99999) n;

insert into workshop (id, organization_id, strategy_id, title, purpose, format, starts_at, ends_at, place,
                      capacity, status, visibility, time_zone, created_at, created_by, updated_at, updated_by)
select md5('plan-workshop-' || n)::uuid, md5('plan-org-' || n % 300)::uuid,
       md5('plan-strategy-' || (n / 300 % 10) * 300 + n % 300)::uuid, 'Werkstatt ' || n, 'VISION',
       'IN_PERSON', pg_temp.plan_time(n) + interval '2 years', pg_temp.plan_time(n) + interval '2 years 2 hours',
       'Rathaus', 30, (array['PLANNED', 'HELD'])[pg_temp.plan_pick('status', n, 2) + 1],
       pg_temp.plan_visibility(n), 'Europe/Berlin',
       pg_temp.plan_time(n), 'plan', pg_temp.plan_time(n), 'plan'
from generate_series(0, 9999) n;

insert into change_record (operation, resource_type, record_id, root_type, root_id, organization_id, visibility,
                           changes, actor)
select 'CREATE', r.type, r.id, r.type, r.id, r.organization_id, r.visibility, '{}', 'plan'
from (select 'starter-project' as type, id, organization_id, visibility, updated_at from starter_project
      where created_by = 'plan'
      union all
      select 'stakeholder', id, organization_id, visibility, updated_at from stakeholder where created_by = 'plan'
      union all
      select 'workshop', id, organization_id, visibility, updated_at from workshop where created_by = 'plan') r
order by r.updated_at;

set session_replication_role = default;

analyze organization;
analyze network;
analyze network_member;
analyze strategy;
analyze stakeholder;
analyze starter_project;
analyze project_measure;
analyze project_party;
analyze workshop;
analyze change_record;
