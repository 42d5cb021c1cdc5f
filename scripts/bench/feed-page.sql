-- One change feed page as ChangeRepository.after runs it for a member of one organization (no type or organization
-- filter, page size 1000, one more row to know whether more follow). For pgbench (-D member=<organization id>
-- -D peer=<organization id or the nil uuid> -D tx=<tx_id> -D seq=<seq>: the cursor's position; with -M simple, pass
-- the uuids and the tx_id quoted).
select c.tx_id::text, c.seq, c.changed_at, c.operation, c.resource_type, c.record_id, c.root_type, c.root_id,
       c.organization_id, c.visibility, c.previous_visibility, c.external_id, c.changes::text, c.actor, c.request_id,
       (c.organization_id in (cast(:member as uuid)) or c.visibility = 'PUBLIC'
        or (c.visibility = 'NETWORK' and c.organization_id in (cast(:peer as uuid))))
from change_record c
where (c.tx_id, c.seq) > (cast(:tx as xid8), cast(:seq as bigint))
  and c.tx_id < pg_snapshot_xmin(pg_current_snapshot())
  and ((c.organization_id in (cast(:member as uuid)) or c.visibility = 'PUBLIC'
        or (c.visibility = 'NETWORK' and c.organization_id in (cast(:peer as uuid))))
       or (c.previous_visibility is not null and
           (c.organization_id in (cast(:member as uuid)) or c.previous_visibility = 'PUBLIC'
            or (c.previous_visibility = 'NETWORK' and c.organization_id in (cast(:peer as uuid))))))
order by c.tx_id, c.seq limit 1001;
