-- Starter projects: what workshops identify and municipalities carry out, with measures and their impact.
create table starter_project (
    id                  uuid primary key,
    organization_id     uuid           not null references organization (id),
    strategy_id         uuid           references strategy (id) on delete set null,
    title               varchar(200)   not null,
    summary             varchar(4000),
    fields_of_action    varchar(60)[]  not null default '{}',
    component_ids       uuid[]         not null default '{}',
    status              varchar(20)    not null,
    resume_status       varchar(20),
    status_reason       varchar(1000),
    start_date          date,
    planned_completion  date,
    actual_completion   date,
    budget_planned      numeric(14, 2),
    budget_actual       numeric(14, 2),
    funding_source      varchar(200),
    origin_outcome_id   uuid,
    origin_note         varchar(500),
    visibility          varchar(10)    not null,
    external_id         varchar(200),
    version             bigint         not null default 0,
    created_at          timestamptz    not null,
    created_by          varchar(200)   not null,
    updated_at          timestamptz    not null,
    updated_by          varchar(200)   not null
);
create unique index starter_project_external_id on starter_project (organization_id, external_id)
    where external_id is not null;
create index starter_project_listing on starter_project (updated_at desc, id desc);
create index starter_project_organization on starter_project (organization_id, status);

-- Who is responsible, accountable, consulted or informed (RACI).
create table project_party (
    id              uuid primary key,
    project_id      uuid         not null references starter_project (id) on delete cascade,
    stakeholder_id  uuid         not null references stakeholder (id) on delete cascade,
    role            varchar(20)  not null,
    constraint project_party_once unique (project_id, stakeholder_id, role)
);
create index project_party_stakeholder on project_party (stakeholder_id, role);

create table project_measure (
    id                        uuid primary key,
    project_id                uuid           not null references starter_project (id) on delete cascade,
    position                  integer        not null,
    title                     varchar(200)   not null,
    description               varchar(4000),
    responsible               varchar(200),
    involved                  varchar(500),
    planned_completion        date,
    status                    varchar(20)    not null,
    cost                      numeric(14, 2),
    co2e_tonnes_per_year      numeric(14, 3),
    co2e_method               varchar(500),
    co2e_confidence           varchar(10),
    renewable_mwh_per_year    numeric(14, 3),
    energy_carrier_from       varchar(100),
    energy_carrier_to         varchar(100),
    energy_replaced_mwh_per_year numeric(14, 3),
    material_avoided_t        numeric(14, 3),
    material_reused_t         numeric(14, 3),
    material_recycled_t       numeric(14, 3),
    steps                     jsonb          not null default '[]',
    version                   bigint         not null default 0,
    created_at                timestamptz    not null,
    created_by                varchar(200)   not null,
    updated_at                timestamptz    not null,
    updated_by                varchar(200)   not null
);
create index project_measure_project on project_measure (project_id, position);

create table project_status_update (
    id          uuid primary key,
    project_id  uuid           not null references starter_project (id) on delete cascade,
    reported_on date           not null,
    author      varchar(200)   not null,
    text        varchar(4000)  not null,
    progress    smallint       check (progress between 0 and 100),
    created_at  timestamptz    not null
);
create index project_status_update_project on project_status_update (project_id, reported_on desc);
