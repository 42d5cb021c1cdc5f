-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first answer to a POST, kept per caller and key for
-- 24 hours, so that a retry after a timeout gets that answer instead of a second record.
create table idempotency_key (
    caller         varchar(200)  not null,
    idempotency_key varchar(200) not null,
    request_hash   varchar(64)   not null,
    state          varchar(10)   not null,
    -- While IN_FLIGHT: until when the first request counts as running (a crashed one stops blocking retries).
    locked_until   timestamptz,
    status         integer,
    content_type   varchar(100),
    body           text,
    location       varchar(2000),
    etag           varchar(100),
    created_at     timestamptz   not null,
    primary key (caller, idempotency_key),
    constraint idempotency_key_state check (state in ('IN_FLIGHT', 'DONE'))
);
create index idempotency_key_age on idempotency_key (created_at);
