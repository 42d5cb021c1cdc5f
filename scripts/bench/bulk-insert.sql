-- One starter project row per transaction, as partial bulk mode commits each item; the table's triggers write its
-- change record as they do for the API's inserts. For pgbench (-D member=<organization id>).
insert into starter_project (id, organization_id, title, status, visibility, external_id, version,
                             created_at, created_by, updated_at, updated_by)
values (gen_random_uuid(), cast(:member as uuid), 'Projekt aus pgbench', 'IDEA', 'PRIVATE', 'pgbench-' || gen_random_uuid(), 0,
        now(), 'pgbench', now(), 'pgbench');
