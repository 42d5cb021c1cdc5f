-- What a measure is estimated to contribute to indicators of the project's strategy, per year in the indicator's unit.
alter table project_measure add column indicator_contributions jsonb not null default '[]';
