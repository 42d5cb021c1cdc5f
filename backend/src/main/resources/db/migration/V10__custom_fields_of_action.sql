-- Fields of action an organization adds to the built-in ones. Records store the code, so the code never changes;
-- renaming changes only the name.
create table field_of_action (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    code             varchar(40)   not null,
    name             varchar(200)  not null,
    description      varchar(2000),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null,
    constraint field_of_action_code unique (organization_id, code),
    constraint field_of_action_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);
