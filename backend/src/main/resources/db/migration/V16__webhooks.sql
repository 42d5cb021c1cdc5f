-- Webhook subscriptions of organisations. The outbox is the change record itself (V12): each subscription keeps the
-- position up to which it has delivered, so an acknowledged change is never without its event and a rolled-back
-- one never has one.
create table webhook_subscription (
    id                    uuid          primary key,
    organization_id       uuid          not null references organization (id) on delete cascade,
    url                   varchar(2000) not null,
    description           varchar(500),
    event_types           varchar(40)[] not null default '{}',
    -- Standard Webhooks secrets (whsec_ + base64). During a rotation the previous one signs too, until it expires.
    secret                varchar(100)  not null,
    previous_secret       varchar(100),
    previous_secret_until timestamptz,
    status                varchar(20)   not null,
    disabled_reason       varchar(500),
    -- Delivered up to this change record position.
    delivered_tx          xid8          not null default '0',
    delivered_seq         bigint        not null default 0,
    -- Failures of the change at the head of the queue: retried with backoff until the endpoint recovers or gives up.
    failing_since         timestamptz,
    failed_attempts       integer       not null default 0,
    next_attempt_at       timestamptz,
    -- A replica claims a subscription for a short lease (claimed with FOR UPDATE SKIP LOCKED), so two replicas never
    -- deliver the same subscription's events at once, and no lock is held while an endpoint answers.
    lease_until           timestamptz,
    leased_by             varchar(100),
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    constraint webhook_subscription_status check (status in ('ACTIVE', 'DISABLED'))
);
create index webhook_subscription_organization on webhook_subscription (organization_id, created_at);
create index webhook_subscription_due on webhook_subscription (next_attempt_at) where status = 'ACTIVE';

create table webhook_delivery (
    id               uuid         primary key,
    subscription_id  uuid         not null references webhook_subscription (id) on delete cascade,
    message_id       varchar(100) not null,
    event_type       varchar(60)  not null,
    payload          text         not null,
    attempt          integer      not null,
    attempted_at     timestamptz  not null,
    duration_ms      integer      not null,
    status_code      integer,
    error            varchar(500),
    succeeded        boolean      not null,
    manual           boolean      not null default false
);
create index webhook_delivery_subscription on webhook_delivery (subscription_id, attempted_at desc, id desc);

