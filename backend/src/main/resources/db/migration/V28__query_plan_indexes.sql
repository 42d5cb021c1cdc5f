-- Indexes that serve every list the API offers from an index at any size (QueryPlanTest checks the plans on a
-- generated data set). Lists are keyset-paged in a fixed order under the caller's visibility condition (own
-- organisations OR shared with everyone OR shared with network peers), so each filter gets an index in list order,
-- where the page is the first rows that pass the condition; records shared beyond their owner get a partial index,
-- so that the visibility condition can also be answered from indexes when few organisations publish.

-- Text search is a case-insensitive substring match (lower(column) like '%text%'): trigram indexes answer it.
create extension if not exists pg_trgm;

-- Starter projects, listed by (updated_at desc, id desc).
create index starter_project_organization_listing on starter_project (organization_id, updated_at desc, id desc);
create index starter_project_strategy_listing on starter_project (strategy_id, updated_at desc, id desc)
    where strategy_id is not null;
create index starter_project_status_listing on starter_project (status, updated_at desc, id desc);
create index starter_project_shared_listing on starter_project (updated_at desc, id desc)
    where visibility in ('NETWORK', 'PUBLIC');
create index starter_project_fields_of_action on starter_project using gin (fields_of_action);
create index starter_project_title_text on starter_project using gin (lower(title) gin_trgm_ops);
create index starter_project_summary_text on starter_project using gin (lower(summary) gin_trgm_ops);

-- Stakeholders, listed by (name, id).
create index stakeholder_listing on stakeholder (name, id);
create index stakeholder_sector_listing on stakeholder (sector, name, id);
create index stakeholder_shared_listing on stakeholder (name, id) where visibility in ('NETWORK', 'PUBLIC');
create index stakeholder_fields_of_action on stakeholder using gin (fields_of_action);
create index stakeholder_name_text on stakeholder using gin (lower(name) gin_trgm_ops);
create index stakeholder_description_text on stakeholder using gin (lower(description) gin_trgm_ops);

-- Workshops, listed by (starts_at, id).
create index workshop_strategy_listing on workshop (strategy_id, starts_at, id) where strategy_id is not null;
drop index workshop_strategy;
create index workshop_status_listing on workshop (status, starts_at, id);
create index workshop_shared_listing on workshop (starts_at, id) where visibility in ('NETWORK', 'PUBLIC');
create index workshop_title_text on workshop using gin (lower(title) gin_trgm_ops);
create index workshop_place_text on workshop using gin (lower(place) gin_trgm_ops);
create index workshop_minutes_text on workshop using gin (lower(minutes) gin_trgm_ops);

-- Strategies, listed by (updated_at desc, id desc).
create index strategy_status_listing on strategy (status, updated_at desc, id desc);
create index strategy_shared_listing on strategy (updated_at desc, id desc) where visibility in ('NETWORK', 'PUBLIC');
create index strategy_title_text on strategy using gin (lower(title) gin_trgm_ops);
create index strategy_summary_text on strategy using gin (lower(summary) gin_trgm_ops);

-- The change feed, read in position order (tx_id, seq): a reader's own organisations' changes along the index by
-- organisation, and what others shared (or stopped sharing) along a partial index, of all types or of one.
create index change_record_organization_position on change_record (organization_id, tx_id, seq);
create index change_record_shared_position on change_record (tx_id, seq)
    where visibility in ('NETWORK', 'PUBLIC') or previous_visibility is not null;
create index change_record_shared_type_position on change_record (resource_type, tx_id, seq)
    where visibility in ('NETWORK', 'PUBLIC') or previous_visibility is not null;
