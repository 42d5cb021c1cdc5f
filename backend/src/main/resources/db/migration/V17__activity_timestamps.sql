-- When a starter project last changed status and when a measure was completed, so that a network status report
-- can say what happened since the previous one. Earlier changes are unknown; completed measures count from their
-- last update.
alter table starter_project add column status_changed_at timestamptz;
alter table project_measure add column completed_at timestamptz;
update project_measure set completed_at = updated_at where status = 'DONE';
create index starter_project_status_changed on starter_project (organization_id, status_changed_at)
    where status_changed_at is not null;
