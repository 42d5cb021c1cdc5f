-- One change record for every create, update and delete of every tenant record, written by triggers in the same
-- transaction as the change. It serves three readers: the audit history (who, when, field-level before/after,
-- request id), the partner change feed (ordered by commit-safe position) and the webhook outbox (deliveries read
-- the same rows). A rolled-back change leaves no record; a committed one always has one.
--
-- Position: (tx_id, seq). A reader only takes rows whose transaction is older than the oldest transaction still
-- running (pg_snapshot_xmin), so a long transaction that commits late can never land behind a position a reader
-- has already passed.
create table change_record (
    seq                 bigint       generated always as identity primary key,
    tx_id               xid8         not null default pg_current_xact_id(),
    changed_at          timestamptz  not null default clock_timestamp(),
    operation           varchar(10)  not null,
    resource_type       varchar(40)  not null,
    record_id           uuid         not null,
    -- The tenant record the change belongs to (itself, or the parent of a child record such as a measure).
    root_type           varchar(40)  not null,
    root_id             uuid         not null,
    organization_id     uuid         not null,
    -- The root's visibility after the change, and before it where the change altered it.
    visibility          varchar(10)  not null,
    previous_visibility varchar(10),
    external_id         varchar(200),
    -- Field-level {"field": {"before": ..., "after": ...}}; null for personal data, which is never copied here.
    changes             jsonb,
    actor               varchar(200) not null,
    request_id          varchar(100),
    constraint change_record_operation check (operation in ('CREATE', 'UPDATE', 'DELETE'))
);
create index change_record_position on change_record (tx_id, seq);
create index change_record_root on change_record (root_id, seq);
create index change_record_organization on change_record (organization_id, seq);

-- Where purged history ends: a feed cursor before it is gone (410).
create table change_horizon (
    singleton  boolean primary key default true check (singleton),
    tx_id      xid8    not null,
    seq        bigint  not null
);

-- Trigger arguments: resource type; for child records a query that returns the root (type, id,
-- organization_id, visibility) for $1, and the column of the row that $1 is taken from; 'personal' to keep values out.
create function cch_record_change() returns trigger language plpgsql as $$
declare
    new_row   jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    old_row   jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    row_data  jsonb := coalesce(new_row, old_row);
    root_type text;
    root_id   uuid;
    owner     uuid;
    vis       text;
    prev_vis  text;
    diff      jsonb;
    ignored   text[] := array['version', 'updated_at', 'updated_by', 'created_at', 'created_by'];
begin
    if tg_nargs < 2 or tg_argv[1] is null or tg_argv[1] = '' then
        root_type := tg_argv[0];
        root_id := (row_data ->> 'id')::uuid;
        owner := (row_data ->> 'organization_id')::uuid;
        -- Reference data without a visibility of its own is shared with network peers.
        vis := coalesce(row_data ->> 'visibility', 'NETWORK');
        if tg_op = 'UPDATE' and old_row ->> 'visibility' is distinct from new_row ->> 'visibility' then
            prev_vis := old_row ->> 'visibility';
        end if;
    else
        execute tg_argv[1] into root_type, root_id, owner, vis using (row_data ->> tg_argv[2])::uuid;
        if root_id is null then
            -- The parent went in the same statement (cascade): its own tombstone stands for its children.
            return null;
        end if;
    end if;

    if tg_op = 'UPDATE' then
        select jsonb_object_agg(n.key, jsonb_build_object('before', old_row -> n.key, 'after', n.value))
        into diff
        from jsonb_each(new_row) n
        where n.key <> all (ignored) and n.value is distinct from old_row -> n.key;
        if diff is null then
            return null;
        end if;
    elsif tg_op = 'INSERT' then
        select jsonb_object_agg(n.key, jsonb_build_object('after', n.value)) into diff
        from jsonb_each(new_row) n
        where n.key <> all (ignored) and n.value <> 'null'::jsonb;
    else
        select jsonb_object_agg(n.key, jsonb_build_object('before', n.value)) into diff
        from jsonb_each(old_row) n
        where n.key <> all (ignored) and n.value <> 'null'::jsonb;
    end if;
    if tg_nargs >= 4 and tg_argv[3] = 'personal' then
        diff := null;
    end if;

    insert into change_record (operation, resource_type, record_id, root_type, root_id, organization_id,
                               visibility, previous_visibility, external_id, changes, actor, request_id)
    values (case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
            tg_argv[0], (row_data ->> 'id')::uuid, root_type, root_id, owner, vis, prev_vis,
            row_data ->> 'external_id', diff,
            coalesce(nullif(current_setting('cch.actor', true), ''), new_row ->> 'updated_by',
                     new_row ->> 'created_by', 'system'),
            nullif(current_setting('cch.request_id', true), ''));
    return null;
end
$$;

-- Records its table's changes into change_record (see cch_record_change for the arguments).
create function cch_track_changes(tbl regclass, resource text, root_query text default null,
                                  parent_column text default null, personal boolean default false)
returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert or update or delete on %s for each row '
                       || 'execute function cch_record_change(%L, %L, %L, %L)',
                   tbl::text || '_changes', tbl, resource, coalesce(root_query, ''), coalesce(parent_column, ''),
                   case when personal then 'personal' else '' end);
end
$$;

select cch_track_changes('strategy', 'strategy');
select cch_track_changes('stakeholder', 'stakeholder');
select cch_track_changes('stakeholder_analysis', 'stakeholder-analysis');
select cch_track_changes('starter_project', 'starter-project');
select cch_track_changes('workshop', 'workshop');
select cch_track_changes('field_of_action', 'field-of-action');

select cch_track_changes('strategy_component', 'strategy-component',
    $q$select 'strategy', id, organization_id, visibility from strategy where id = $1$q$, 'strategy_id');
select cch_track_changes('indicator', 'indicator',
    $q$select 'strategy', id, organization_id, visibility from strategy where id = $1$q$, 'strategy_id');
select cch_track_changes('indicator_value', 'indicator-value',
    $q$select 'strategy', s.id, s.organization_id, s.visibility
       from indicator i join strategy s on s.id = i.strategy_id where i.id = $1$q$, 'indicator_id');
select cch_track_changes('stakeholder_contact', 'stakeholder-contact',
    $q$select 'stakeholder', id, organization_id, visibility from stakeholder where id = $1$q$, 'stakeholder_id', true);
select cch_track_changes('stakeholder_rating', 'stakeholder-rating',
    $q$select 'stakeholder-analysis', id, organization_id, visibility from stakeholder_analysis where id = $1$q$,
    'analysis_id');

select cch_track_changes(t.tbl, t.resource,
    $q$select 'starter-project', id, organization_id, visibility from starter_project where id = $1$q$, 'project_id')
from (values ('project_party'::regclass, 'project-party'), ('project_measure', 'measure'),
             ('project_status_update', 'project-status-update')) as t (tbl, resource);

select cch_track_changes(t.tbl, t.resource,
    $q$select 'workshop', id, organization_id, visibility from workshop where id = $1$q$, 'workshop_id')
from (values ('workshop_facilitator'::regclass, 'workshop-facilitator'),
             ('workshop_agenda_item', 'workshop-agenda-item'), ('workshop_participant', 'workshop-participant'),
             ('workshop_outcome', 'workshop-outcome'), ('workshop_follow_up', 'workshop-follow-up')) as t (tbl, resource);
