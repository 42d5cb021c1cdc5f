-- Tenancy: organisations, and the networks whose members may read each other's NETWORK-visible records.
create table organization (
    id             uuid primary key,
    slug           varchar(100) not null unique,
    name           varchar(200) not null,
    kind           varchar(40)  not null,
    country        varchar(2)   not null,
    official_code  varchar(20),
    population     integer check (population is null or population >= 0),
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null
);

create table network (
    id                       uuid primary key,
    name                     varchar(200) not null,
    coordinator_organization uuid references organization (id),
    created_at               timestamptz  not null
);

create table network_member (
    network_id      uuid not null references network (id) on delete cascade,
    organization_id uuid not null references organization (id) on delete cascade,
    primary key (network_id, organization_id)
);
create index network_member_organization on network_member (organization_id);

create table strategy (
    id                uuid primary key,
    organization_id   uuid          not null references organization (id),
    title             varchar(200)  not null,
    summary           varchar(4000),
    period_from       integer,
    period_to         integer,
    status            varchar(20)   not null,
    decision_body     varchar(200),
    decided_on        date,
    decision_reference varchar(200),
    visibility        varchar(10)   not null,
    external_id       varchar(200),
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null,
    constraint strategy_period check (period_from is null or period_to is null or period_from <= period_to),
    constraint strategy_adoption check (status not in ('ADOPTED', 'SUPERSEDED')
        or (decision_body is not null and decided_on is not null and decision_reference is not null))
);
create unique index strategy_external_id on strategy (organization_id, external_id) where external_id is not null;
create index strategy_listing on strategy (updated_at desc, id desc);
create index strategy_organization on strategy (organization_id, updated_at desc, id desc);
