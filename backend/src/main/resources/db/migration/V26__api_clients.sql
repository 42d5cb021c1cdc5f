-- Machine clients that organisation admins create for their sync scripts. Each row stands for a Keycloak
-- client-credentials client; its secret is kept only by Keycloak.
create table api_client (
    id              uuid         primary key,
    organization_id uuid         not null references organization (id) on delete cascade,
    keycloak_id     varchar(36)  not null unique,
    client_id       varchar(100) not null unique,
    name            varchar(100) not null,
    description     varchar(500),
    role            varchar(10)  not null check (role in ('VIEWER', 'EDITOR')),
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null
);

create index api_client_organization on api_client (organization_id, created_at);
