-- A starter project converted from a workshop outcome keeps that outcome as its origin; should the outcome go with
-- its workshop, the project stays and forgets where it came from instead of pointing nowhere.
alter table starter_project
    add constraint starter_project_origin_outcome
        foreign key (origin_outcome_id) references workshop_outcome (id) on delete set null;
create index starter_project_origin_outcome on starter_project (origin_outcome_id);
