-- Moderated workshops: agenda, facilitators, participants from the stakeholder register, outcomes, follow-ups.
create table workshop (
    id               uuid primary key,
    organization_id  uuid           not null references organization (id),
    strategy_id      uuid           references strategy (id) on delete set null,
    title            varchar(200)   not null,
    purpose          varchar(30)    not null,
    format           varchar(20)    not null,
    starts_at        timestamptz    not null,
    ends_at          timestamptz    not null,
    place            varchar(300),
    online_link      varchar(500),
    capacity         integer        not null check (capacity between 1 and 1000),
    status           varchar(20)    not null,
    minutes          varchar(20000),
    visibility       varchar(10)    not null,
    external_id      varchar(200),
    version          bigint         not null default 0,
    created_at       timestamptz    not null,
    created_by       varchar(200)   not null,
    updated_at       timestamptz    not null,
    updated_by       varchar(200)   not null,
    constraint workshop_time check (ends_at > starts_at),
    constraint workshop_place check (format = 'ONLINE' or place is not null),
    constraint workshop_online_link check (format = 'IN_PERSON' or online_link is not null)
);
create unique index workshop_external_id on workshop (organization_id, external_id) where external_id is not null;
create index workshop_listing on workshop (starts_at, id);
create index workshop_organization on workshop (organization_id, starts_at, id);
create index workshop_strategy on workshop (strategy_id);

-- A facilitator is a stakeholder of the register or, for outsiders such as a research institute, a free-text name.
create table workshop_facilitator (
    id                 uuid primary key,
    workshop_id        uuid          not null references workshop (id) on delete cascade,
    position           integer       not null,
    stakeholder_id     uuid          references stakeholder (id) on delete cascade,
    organization_name  varchar(200),
    role               varchar(200),
    constraint workshop_facilitator_who check ((stakeholder_id is null) <> (organization_name is null)),
    constraint workshop_facilitator_position unique (workshop_id, position)
);
create index workshop_facilitator_stakeholder on workshop_facilitator (stakeholder_id);

-- Replaced as a whole; item times are derived from the workshop's start and the durations before them.
create table workshop_agenda_item (
    id                uuid primary key,
    workshop_id       uuid           not null references workshop (id) on delete cascade,
    position          integer        not null,
    title             varchar(200)   not null,
    duration_minutes  integer        not null check (duration_minutes between 1 and 600),
    method            varchar(200),
    responsible       varchar(200),
    expected_output   varchar(1000),
    constraint workshop_agenda_item_position unique (workshop_id, position)
);

create table workshop_participant (
    id              uuid primary key,
    workshop_id     uuid          not null references workshop (id) on delete cascade,
    stakeholder_id  uuid          not null references stakeholder (id) on delete cascade,
    status          varchar(20)   not null,
    waitlisted_at   timestamptz,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    constraint workshop_participant_once unique (workshop_id, stakeholder_id),
    constraint workshop_participant_waitlist check ((status = 'WAITLIST') = (waitlisted_at is not null))
);
create index workshop_participant_stakeholder on workshop_participant (stakeholder_id);

create table workshop_outcome (
    id                   uuid primary key,
    workshop_id          uuid           not null references workshop (id) on delete cascade,
    type                 varchar(30)    not null,
    text                 varchar(4000)  not null,
    votes                integer        not null default 0 check (votes >= 0),
    priority             smallint       check (priority between 1 and 5),
    converted_to_kind    varchar(30),
    converted_to_id      uuid,
    version              bigint         not null default 0,
    created_at           timestamptz    not null,
    created_by           varchar(200)   not null,
    updated_at           timestamptz    not null,
    updated_by           varchar(200)   not null,
    constraint workshop_outcome_conversion check ((converted_to_kind is null) = (converted_to_id is null))
);
create index workshop_outcome_workshop on workshop_outcome (workshop_id, created_at, id);

-- A starter project converted from a workshop outcome keeps that outcome as its origin; should the outcome go with
-- its workshop, the project stays and forgets where it came from instead of pointing nowhere.
alter table starter_project
    add constraint starter_project_origin_outcome
        foreign key (origin_outcome_id) references workshop_outcome (id) on delete set null;
create index starter_project_origin_outcome on starter_project (origin_outcome_id);

create table workshop_follow_up (
    id           uuid primary key,
    workshop_id  uuid           not null references workshop (id) on delete cascade,
    title        varchar(500)   not null,
    owner        varchar(200),
    due_date     date           not null,
    done         boolean        not null default false,
    version      bigint         not null default 0,
    created_at   timestamptz    not null,
    created_by   varchar(200)   not null,
    updated_at   timestamptz    not null,
    updated_by   varchar(200)   not null
);
create index workshop_follow_up_workshop on workshop_follow_up (workshop_id, due_date, id);
create index workshop_follow_up_open on workshop_follow_up (due_date, id) where not done;
