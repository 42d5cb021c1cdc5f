-- The outline of a strategy: typed components (vision, goals, strategy lines, processes, structures, instruments,
-- products), nested up to five levels and ordered among their siblings. Tenancy is the strategy's.
create table strategy_component (
    id               uuid          primary key,
    strategy_id      uuid          not null references strategy (id) on delete cascade,
    parent_id        uuid,
    type             varchar(20)   not null,
    position         integer       not null,
    title            varchar(200)  not null,
    description      varchar(4000),
    responsible_unit varchar(200),
    status           varchar(20)   not null,
    sdg_targets      jsonb         not null default '[]',
    local_goals      jsonb         not null default '[]',
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null,
    constraint strategy_component_type check (type in
        ('VISION', 'GOAL', 'STRATEGY', 'PROCESS', 'STRUCTURE', 'INSTRUMENT', 'PRODUCT')),
    constraint strategy_component_status check (status in ('DRAFT', 'AGREED', 'IN_PROGRESS', 'DONE')),
    constraint strategy_component_position check (position >= 0),
    constraint strategy_component_sdg_only_on_goals check (type = 'GOAL' or sdg_targets = '[]'::jsonb),
    -- Lets children and indicators reference (strategy, component), so that a part never crosses strategies.
    constraint strategy_component_in_strategy unique (strategy_id, id),
    -- Renumbering moves siblings through each other's positions; the check waits for the end of the transaction.
    constraint strategy_component_sibling_position unique nulls not distinct (strategy_id, parent_id, position)
        deferrable initially deferred,
    constraint strategy_component_parent foreign key (strategy_id, parent_id)
        references strategy_component (strategy_id, id) on delete cascade
);
create index strategy_component_children on strategy_component (parent_id);

-- What a goal is measured by, and the values measured over time.
create table indicator (
    id             uuid          primary key,
    strategy_id    uuid          not null references strategy (id) on delete cascade,
    component_id   uuid          not null,
    name           varchar(200)  not null,
    unit           varchar(50)   not null,
    kind           varchar(20)   not null,
    direction      varchar(20)   not null,
    baseline_value numeric,
    baseline_date  date,
    targets        jsonb         not null default '[]',
    source         varchar(500),
    external_id    varchar(200),
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    constraint indicator_kind check (kind in ('OUTPUT', 'OUTCOME', 'IMPACT')),
    constraint indicator_direction check (direction in ('INCREASE', 'DECREASE')),
    constraint indicator_baseline check ((baseline_value is null) = (baseline_date is null)),
    constraint indicator_component foreign key (strategy_id, component_id)
        references strategy_component (strategy_id, id) on delete cascade
);
create index indicator_strategy on indicator (strategy_id, component_id);
create index indicator_measured_component on indicator (component_id);
create unique index indicator_external_id on indicator (strategy_id, external_id) where external_id is not null;

create table indicator_value (
    id           uuid           primary key,
    indicator_id uuid           not null references indicator (id) on delete cascade,
    observed_on  date           not null,
    value        numeric        not null,
    kind         varchar(20)    not null,
    source       varchar(500),
    comment      varchar(1000),
    created_at   timestamptz    not null,
    created_by   varchar(200)   not null,
    constraint indicator_value_kind check (kind in ('ACTUAL', 'ESTIMATE'))
);
create index indicator_value_series on indicator_value (indicator_id, observed_on);
