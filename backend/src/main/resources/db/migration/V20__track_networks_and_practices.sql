-- The change record (V12) covers the networks' and the practice library's tables too. Two things those tables need:
-- an owner column other than organization_id (a network belongs to its coordinator), columns to leave out (a
-- practice's generated search vector), and drafts that only their owner reads whatever their visibility (practices).
-- Options come as a fifth trigger argument, JSON: {"owner": column, "ignore": [columns], "draftsPrivate": true}.
create or replace function cch_record_change() returns trigger language plpgsql as $$
declare
    new_row   jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    old_row   jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    row_data  jsonb := coalesce(new_row, old_row);
    options   jsonb := case when tg_nargs >= 5 and tg_argv[4] <> '' then tg_argv[4]::jsonb else '{}'::jsonb end;
    owner_col text  := coalesce(options ->> 'owner', 'organization_id');
    root_type text;
    root_id   uuid;
    owner     uuid;
    vis       text;
    prev_vis  text;
    diff      jsonb;
    ignored   text[] := array['version', 'updated_at', 'updated_by', 'created_at', 'created_by']
                        || coalesce(array(select jsonb_array_elements_text(options -> 'ignore')), '{}');
begin
    if tg_argv[1] is null or tg_argv[1] = '' then
        root_type := tg_argv[0];
        root_id := (row_data ->> 'id')::uuid;
        owner := (row_data ->> owner_col)::uuid;
        vis := cch_effective_visibility(row_data, options);
        if tg_op = 'UPDATE' and cch_effective_visibility(old_row, options)
                is distinct from cch_effective_visibility(new_row, options) then
            prev_vis := cch_effective_visibility(old_row, options);
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
    if tg_argv[3] = 'personal' then
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

-- Who may read a root record in the change feed: its visibility, PRIVATE while a draft where drafts are private;
-- reference data without a visibility of its own is shared with network peers.
create function cch_effective_visibility(row_data jsonb, options jsonb) returns text language sql immutable as $$
    select case
        when coalesce((options ->> 'draftsPrivate')::boolean, false) and row_data ->> 'status' = 'DRAFT' then 'PRIVATE'
        else coalesce(row_data ->> 'visibility', 'NETWORK')
    end
$$;

drop function cch_track_changes(regclass, text, text, text, boolean);
create function cch_track_changes(tbl regclass, resource text, root_query text default null,
                                  parent_column text default null, personal boolean default false,
                                  options jsonb default null)
returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert or update or delete on %s for each row '
                       || 'execute function cch_record_change(%L, %L, %L, %L, %L)',
                   tbl::text || '_changes', tbl, resource, coalesce(root_query, ''), coalesce(parent_column, ''),
                   case when personal then 'personal' else '' end, coalesce(options::text, ''));
end
$$;

select cch_track_changes('network', 'network', options => '{"owner": "coordinator_organization"}');
select cch_track_changes(t.tbl, t.resource,
    $q$select 'network', id, coordinator_organization, visibility from network where id = $1$q$, 'network_id')
from (values ('network_member'::regclass, 'network-member'), ('network_event', 'network-event')) as t (tbl, resource);
select cch_track_changes(t.tbl, t.resource,
    $q$select 'network', n.id, n.coordinator_organization, n.visibility
       from network_event e join network n on n.id = e.network_id where e.id = $1$q$, 'event_id')
from (values ('network_event_attendance'::regclass, 'network-event-attendance'),
             ('network_status_report', 'network-status-report')) as t (tbl, resource);

select cch_track_changes('practice', 'practice', options => '{"ignore": ["search_vector"], "draftsPrivate": true}');
select cch_track_changes('practice_adoption', 'practice-adoption');
select cch_track_changes('practice_comment', 'practice-comment',
    $q$select 'practice', id, organization_id,
              case when status = 'DRAFT' then 'PRIVATE' else visibility end
       from practice where id = $1$q$, 'practice_id');
