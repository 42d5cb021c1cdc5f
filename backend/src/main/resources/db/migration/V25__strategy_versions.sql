-- Adopted strategies keep their version: each adoption freezes a snapshot of the strategy's outline (the strategy,
-- its components and their indicators, as the API showed them then), written in the adoption's transaction.
-- Versions are numbered 1, 2, ... per strategy and never change; they go when the strategy goes.
create table strategy_version (
    id                 uuid primary key,
    strategy_id        uuid         not null references strategy (id) on delete cascade,
    organization_id    uuid         not null references organization (id),
    number             integer      not null,
    adopted_at         timestamptz  not null,
    adopted_by         varchar(200) not null,
    decision_body      varchar(200) not null,
    decided_on         date         not null,
    decision_reference varchar(200) not null,
    outline            jsonb        not null,
    constraint strategy_version_number unique (strategy_id, number),
    constraint strategy_version_positive check (number > 0)
);
