-- Takes QueryPlanTest's data set away again (see data-set.sql), so that other tests of the run do not see it.
set session_replication_role = replica;
drop table if exists pg_temp.plan_org;
create temporary table plan_org as select id from organization where slug like 'plan-%';
delete from change_record where organization_id in (select id from plan_org);
delete from project_party where project_id in (select id from starter_project
    where organization_id in (select id from plan_org));
delete from project_measure where project_id in (select id from starter_project
    where organization_id in (select id from plan_org));
delete from starter_project where organization_id in (select id from plan_org);
delete from workshop where organization_id in (select id from plan_org);
delete from stakeholder where organization_id in (select id from plan_org);
delete from strategy where organization_id in (select id from plan_org);
delete from network_member where organization_id in (select id from plan_org);
delete from network where coordinator_organization in (select id from plan_org);
delete from organization where id in (select id from plan_org);
drop table plan_org;
set session_replication_role = default;
