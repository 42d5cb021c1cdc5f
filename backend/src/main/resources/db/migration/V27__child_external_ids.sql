-- Strategy components and project measures get a key in the caller's source system, unique within their parent
-- (a strategy's components, a project's measures), as indicators have within their strategy. The change-record
-- trigger reads external_id from the row, so their change records and tombstones carry it from now on.
alter table strategy_component add column external_id varchar(200);
create unique index strategy_component_external_id on strategy_component (strategy_id, external_id)
    where external_id is not null;

alter table project_measure add column external_id varchar(200);
create unique index project_measure_external_id on project_measure (project_id, external_id)
    where external_id is not null;
