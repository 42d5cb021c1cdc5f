-- What a workshop outcome became is a real reference now, one column per kind of target, instead of a kind and an id
-- without a foreign key. When the starter project or the goal goes (deleted itself, or a goal with its strategy), the
-- outcome forgets it: it no longer points at nothing, and it can be deleted or converted again.
-- The set null of these foreign keys happens in the database and does not raise the outcome's version, so its ETag
-- stays the same although convertedTo disappears. That is accepted: the version guards writes against overwriting
-- a concurrent change, none of the outcome's own fields changed, and a write based on the older read is one the
-- outcome now allows (deleting or converting it); the API has no conditional reads that could serve a stale copy.
alter table workshop_outcome
    add column converted_to_project_id uuid
        constraint workshop_outcome_converted_to_project references starter_project (id) on delete set null,
    add column converted_to_component_id uuid
        constraint workshop_outcome_converted_to_component references strategy_component (id) on delete set null,
    add constraint workshop_outcome_converted_once
        check (converted_to_project_id is null or converted_to_component_id is null);
create index workshop_outcome_converted_to_project on workshop_outcome (converted_to_project_id);
create index workshop_outcome_converted_to_component on workshop_outcome (converted_to_component_id);

-- Links whose target is already gone are dropped rather than carried over.
update workshop_outcome o
   set converted_to_project_id = o.converted_to_id
 where o.converted_to_kind = 'STARTER_PROJECT'
   and exists (select 1 from starter_project p where p.id = o.converted_to_id);
update workshop_outcome o
   set converted_to_component_id = o.converted_to_id
 where o.converted_to_kind = 'GOAL'
   and exists (select 1 from strategy_component c where c.id = o.converted_to_id);

alter table workshop_outcome
    drop constraint workshop_outcome_conversion,
    drop column converted_to_kind,
    drop column converted_to_id;
