-- Advisors in networks: a person of the coordinator or of an advisor organization assigned to a member municipality
-- for a period, with a log of check-ins. People are named as the token names them (username and display name);
-- the hub keeps no user directory of its own.
create table advisor_assignment (
    id                       uuid primary key,
    network_id               uuid          not null references network (id) on delete cascade,
    municipality_id          uuid          not null references organization (id) on delete cascade,
    advisor_organization_id  uuid          not null references organization (id) on delete cascade,
    advisor_username         varchar(200)  not null,
    advisor_name             varchar(200)  not null,
    starts_on                date          not null,
    ends_on                  date,
    note                     varchar(1000),
    -- Check-ins are read by the municipality and the network's coordinators only: in the change record the
    -- assignment and its log are the municipality's private records.
    visibility               varchar(10)   not null default 'PRIVATE' check (visibility = 'PRIVATE'),
    version                  bigint        not null default 0,
    created_at               timestamptz   not null,
    created_by               varchar(200)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(200)  not null,
    constraint advisor_assignment_period check (ends_on is null or ends_on >= starts_on)
);
create index advisor_assignment_network on advisor_assignment (network_id, municipality_id, starts_on);
create index advisor_assignment_advisor on advisor_assignment (advisor_username, starts_on);

create table advisor_check_in (
    id              uuid primary key,
    assignment_id   uuid           not null references advisor_assignment (id) on delete cascade,
    held_on         date           not null,
    format          varchar(10)    not null,
    topics          varchar(2000)  not null,
    agreements      varchar(4000),
    next_steps      varchar(4000),
    follow_up_on    date,
    version         bigint         not null default 0,
    created_at      timestamptz    not null,
    created_by      varchar(200)   not null,
    updated_at      timestamptz    not null,
    updated_by      varchar(200)   not null
);
create index advisor_check_in_log on advisor_check_in (assignment_id, held_on desc, id);

-- Political anchoring of a municipality's work: council and committee decisions, and a politicians' follow group
-- with its meetings. Tenant records like the others.
create table council_decision (
    id               uuid primary key,
    organization_id  uuid           not null references organization (id) on delete cascade,
    body             varchar(200)   not null,
    decided_on       date           not null,
    reference        varchar(200)   not null,
    subject          varchar(500)   not null,
    link             varchar(500),
    strategy_id      uuid           references strategy (id) on delete set null,
    project_id       uuid           references starter_project (id) on delete set null,
    visibility       varchar(10)    not null,
    external_id      varchar(200),
    version          bigint         not null default 0,
    created_at       timestamptz    not null,
    created_by       varchar(200)   not null,
    updated_at       timestamptz    not null,
    updated_by       varchar(200)   not null
);
create index council_decision_listing on council_decision (organization_id, decided_on desc, id);
create unique index council_decision_external_id on council_decision (organization_id, external_id)
    where external_id is not null;

create table follow_group (
    id               uuid primary key,
    organization_id  uuid           not null references organization (id) on delete cascade,
    name             varchar(200)   not null,
    description      varchar(4000),
    visibility       varchar(10)    not null,
    external_id      varchar(200),
    version          bigint         not null default 0,
    created_at       timestamptz    not null,
    created_by       varchar(200)   not null,
    updated_at       timestamptz    not null,
    updated_by       varchar(200)   not null
);
create index follow_group_listing on follow_group (organization_id, name, id);

create table follow_group_meeting (
    id               uuid primary key,
    follow_group_id  uuid           not null references follow_group (id) on delete cascade,
    held_on          date           not null,
    topics           varchar(2000)  not null,
    notes            varchar(8000),
    version          bigint         not null default 0,
    created_at       timestamptz    not null,
    created_by       varchar(200)   not null,
    updated_at       timestamptz    not null,
    updated_by       varchar(200)   not null
);
create index follow_group_meeting_log on follow_group_meeting (follow_group_id, held_on desc, id);

-- A strategy's adoption names the council decision that adopted it.
alter table strategy add column decision_id uuid references council_decision (id) on delete set null;

select cch_track_changes('advisor_assignment', 'advisor-assignment', options => '{"owner": "municipality_id"}');
select cch_track_changes('advisor_check_in', 'advisor-check-in',
    $q$select 'advisor-assignment', id, municipality_id, visibility from advisor_assignment where id = $1$q$,
    'assignment_id');
select cch_track_changes('council_decision', 'council-decision');
select cch_track_changes('follow_group', 'follow-group');
select cch_track_changes('follow_group_meeting', 'follow-group-meeting',
    $q$select 'follow-group', id, organization_id, visibility from follow_group where id = $1$q$, 'follow_group_id');
