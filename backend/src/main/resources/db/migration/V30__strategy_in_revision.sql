-- A strategy in revision keeps the adoption in force until it is adopted again, so its decision stays required.
alter table strategy drop constraint strategy_adoption;
alter table strategy add constraint strategy_adoption check (status not in ('ADOPTED', 'IN_REVISION', 'SUPERSEDED')
    or (decision_body is not null and decided_on is not null and decision_reference is not null));
