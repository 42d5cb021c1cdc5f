-- 100 starter project rows per transaction, as partial bulk mode stores a chunk of 100 items; the table's triggers
-- write their change records. For pgbench (-D member=<organization id>); rows/s = tps x 100.
insert into starter_project (id, organization_id, title, status, visibility, external_id, version,
                             created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), cast(:member as uuid), 'Projekt aus pgbench', 'IDEA', 'PRIVATE',
       'pgbench-' || gen_random_uuid(), 0, now(), 'pgbench', now(), 'pgbench'
from generate_series(1, 100);
