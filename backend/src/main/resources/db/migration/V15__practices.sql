-- The good-practice library: what a municipality (or network) learned, written up for other cities to adopt.
-- Personal data never enters a practice: it names organizations only, never contact persons.
create table practice (
    id                      uuid primary key,
    organization_id         uuid           not null references organization (id),
    title                   varchar(200)   not null,
    summary                 varchar(4000),
    municipality            varchar(200),
    country                 varchar(2),
    population_band         varchar(20),
    region_type             varchar(20),
    problem                 varchar(8000),
    approach                varchar(8000),
    results                 varchar(8000),
    co2e_tonnes_per_year    numeric(14, 3),
    renewable_mwh_per_year  numeric(14, 3),
    material_tonnes_per_year numeric(14, 3),
    figures_basis           varchar(10),
    success_factors         varchar(4000),
    barriers                varchar(4000),
    cost_and_effort         varchar(2000),
    duration                varchar(200),
    transfer_conditions     varchar(4000),
    lessons_learned         varchar(4000),
    contact_organization_id uuid           references organization (id) on delete set null,
    fields_of_action        varchar(60)[]  not null default '{}',
    sdg_targets             varchar(10)[]  not null default '{}',
    maturity                varchar(20)    not null,
    language                varchar(2)     not null check (language in ('de', 'da', 'en')),
    licence                 varchar(40)    not null,
    attachments             jsonb          not null default '[]',
    status                  varchar(20)    not null,
    published_at            timestamptz,
    source_project_id       uuid           references starter_project (id) on delete set null,
    visibility              varchar(10)    not null,
    external_id             varchar(200),
    version                 bigint         not null default 0,
    created_at              timestamptz    not null,
    created_by              varchar(200)   not null,
    updated_at              timestamptz    not null,
    updated_by              varchar(200)   not null,
    constraint practice_published_shared check (status <> 'PUBLISHED' or visibility in ('NETWORK', 'PUBLIC')),
    -- Every text field, in the text-search configuration of the practice's language; the title weighs most,
    -- then the summary. (concat_ws is not immutable, so the fields are joined with ||.)
    search_vector tsvector generated always as (
        case language
            when 'de' then
                setweight(to_tsvector('german', coalesce(title, '')), 'A')
                || setweight(to_tsvector('german', coalesce(summary, '')), 'B')
                || setweight(to_tsvector('german', coalesce(municipality, '') || ' '
                       || coalesce(problem, '') || ' '
                       || coalesce(approach, '') || ' '
                       || coalesce(results, '') || ' '
                       || coalesce(success_factors, '') || ' '
                       || coalesce(barriers, '') || ' '
                       || coalesce(cost_and_effort, '') || ' '
                       || coalesce(duration, '') || ' '
                       || coalesce(transfer_conditions, '') || ' '
                       || coalesce(lessons_learned, '')), 'C')
            when 'da' then
                setweight(to_tsvector('danish', coalesce(title, '')), 'A')
                || setweight(to_tsvector('danish', coalesce(summary, '')), 'B')
                || setweight(to_tsvector('danish', coalesce(municipality, '') || ' '
                       || coalesce(problem, '') || ' '
                       || coalesce(approach, '') || ' '
                       || coalesce(results, '') || ' '
                       || coalesce(success_factors, '') || ' '
                       || coalesce(barriers, '') || ' '
                       || coalesce(cost_and_effort, '') || ' '
                       || coalesce(duration, '') || ' '
                       || coalesce(transfer_conditions, '') || ' '
                       || coalesce(lessons_learned, '')), 'C')
            else
                setweight(to_tsvector('english', coalesce(title, '')), 'A')
                || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
                || setweight(to_tsvector('english', coalesce(municipality, '') || ' '
                       || coalesce(problem, '') || ' '
                       || coalesce(approach, '') || ' '
                       || coalesce(results, '') || ' '
                       || coalesce(success_factors, '') || ' '
                       || coalesce(barriers, '') || ' '
                       || coalesce(cost_and_effort, '') || ' '
                       || coalesce(duration, '') || ' '
                       || coalesce(transfer_conditions, '') || ' '
                       || coalesce(lessons_learned, '')), 'C')
        end) stored
);
create unique index practice_external_id on practice (organization_id, external_id) where external_id is not null;
create index practice_search on practice using gin (search_vector);
create index practice_listing on practice (updated_at desc, id desc);
create index practice_organization on practice (organization_id, updated_at desc, id desc);
create index practice_fields_of_action on practice using gin (fields_of_action);

-- Another municipality took the practice into a starter project of its own. The title and version adopted stay with
-- the adoption (and the project) when the practice changes later.
create table practice_adoption (
    id                uuid primary key,
    practice_id       uuid          not null references practice (id) on delete cascade,
    organization_id   uuid          not null references organization (id),
    project_id        uuid          references starter_project (id) on delete set null,
    practice_version  bigint        not null,
    practice_title    varchar(200)  not null,
    adapted           varchar(4000),
    results           varchar(4000),
    would_recommend   boolean,
    feedback_at       timestamptz,
    visibility        varchar(10)   not null,
    external_id       varchar(200),
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null
);
create index practice_adoption_practice on practice_adoption (practice_id, created_at desc, id desc);
create index practice_adoption_organization on practice_adoption (organization_id);
create unique index practice_adoption_external_id on practice_adoption (organization_id, external_id)
    where external_id is not null;

-- Questions and comments of peers on a practice, each answered (once, editable) by the practice's owner.
create table practice_comment (
    id                uuid primary key,
    practice_id       uuid           not null references practice (id) on delete cascade,
    organization_id   uuid           not null references organization (id),
    kind              varchar(10)    not null,
    text              varchar(4000)  not null,
    answer            varchar(4000),
    answered_at       timestamptz,
    version           bigint         not null default 0,
    created_at        timestamptz    not null,
    created_by        varchar(200)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(200)   not null
);
create index practice_comment_practice on practice_comment (practice_id, created_at, id);

-- A starter project adopted from a practice keeps what it adopted, even when the practice is edited or deleted.
alter table starter_project
    add column origin_practice_id      uuid references practice (id) on delete set null,
    add column origin_practice_version bigint,
    add column origin_practice_title   varchar(200);
create index starter_project_origin_practice on starter_project (origin_practice_id);
