-- A goal converted from a workshop outcome keeps that outcome as its origin, as a starter project does. A converted
-- outcome cannot be deleted on its own, but it goes with its workshop: the goal then stays and forgets where it came
-- from instead of pointing nowhere.
alter table strategy_component
    add column origin_outcome_id uuid
        constraint strategy_component_origin_outcome references workshop_outcome (id) on delete set null;
create index strategy_component_origin_outcome on strategy_component (origin_outcome_id);
