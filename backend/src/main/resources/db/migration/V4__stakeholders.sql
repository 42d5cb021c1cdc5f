-- The municipality's stakeholder register, its contacts (personal data), and analyses that rate stakeholders.
create table stakeholder (
    id                uuid primary key,
    organization_id   uuid          not null references organization (id),
    name              varchar(200)  not null,
    sector            varchar(40)   not null,
    fields_of_action  varchar(60)[] not null default '{}',
    website           varchar(500),
    description       varchar(4000),
    visibility        varchar(10)   not null,
    external_id       varchar(200),
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null
);
create unique index stakeholder_external_id on stakeholder (organization_id, external_id) where external_id is not null;
create index stakeholder_by_name on stakeholder (organization_id, name, id);

-- Personal data: erased completely on request (no soft delete, no copy in audit columns elsewhere).
create table stakeholder_contact (
    id              uuid primary key,
    stakeholder_id  uuid          not null references stakeholder (id) on delete cascade,
    name            varchar(200)  not null,
    role            varchar(200),
    email           varchar(320),
    phone           varchar(50),
    consent_given   boolean       not null default false,
    consent_date    date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    constraint contact_consent check (not consent_given or consent_date is not null)
);
create index stakeholder_contact_stakeholder on stakeholder_contact (stakeholder_id);

create table stakeholder_analysis (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    strategy_id      uuid          not null references strategy (id) on delete cascade,
    title            varchar(200)  not null,
    method           varchar(30)   not null,
    conducted_on     date,
    status           varchar(20)   not null,
    facilitator      varchar(200),
    visibility       varchar(10)   not null,
    external_id      varchar(200),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null
);
create unique index stakeholder_analysis_external_id on stakeholder_analysis (organization_id, external_id)
    where external_id is not null;
create index stakeholder_analysis_strategy on stakeholder_analysis (strategy_id, conducted_on);
create index stakeholder_analysis_listing on stakeholder_analysis (updated_at desc, id desc);

create table stakeholder_rating (
    id                  uuid primary key,
    analysis_id         uuid          not null references stakeholder_analysis (id) on delete cascade,
    stakeholder_id      uuid          not null references stakeholder (id) on delete cascade,
    power               smallint      not null check (power between 1 and 5),
    interest            smallint      not null check (interest between 1 and 5),
    attitude            smallint      not null check (attitude between -2 and 2),
    engagement_current  varchar(20)   not null,
    engagement_desired  varchar(20)   not null,
    rationale           varchar(2000),
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    created_by          varchar(200)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(200)  not null,
    constraint stakeholder_rating_once unique (analysis_id, stakeholder_id)
);
create index stakeholder_rating_stakeholder on stakeholder_rating (stakeholder_id);
