-- Indicator values become correctable records: a key in the caller's source system (the statistics office's, such
-- as "2025-Q4"), unique within the indicator, and a version with who changed the value when, so that a sync script
-- replaces a corrected value by its key instead of deleting it and adding it anew. The change-record trigger reads
-- external_id from the row, so the values' change records and tombstones carry it from now on.
alter table indicator_value add column external_id varchar(200);
alter table indicator_value add column version bigint not null default 0;
alter table indicator_value add column updated_at timestamptz;
alter table indicator_value add column updated_by varchar(200);

-- Filling the new audit columns is no change of the values: without the trigger no row is examined for one.
alter table indicator_value disable trigger indicator_value_changes;
update indicator_value set updated_at = created_at, updated_by = created_by;
alter table indicator_value enable trigger indicator_value_changes;

alter table indicator_value alter column updated_at set not null;
alter table indicator_value alter column updated_by set not null;
create unique index indicator_value_external_id on indicator_value (indicator_id, external_id)
    where external_id is not null;
