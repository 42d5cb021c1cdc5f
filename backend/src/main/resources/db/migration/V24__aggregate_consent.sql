-- A member's consent to let its network count all of its records, PRIVATE ones too, in the network's dashboard as
-- aggregate figures only (never records). Set and withdrawn by the member organization's admin; the last decision's
-- author and time are kept here, every decision in the change record: network_member is tracked since V20, and its
-- row trigger records the new columns as it does the others.
alter table network_member
    add column shares_aggregates     boolean      not null default false,
    add column aggregates_decided_at timestamptz,
    add column aggregates_decided_by varchar(200);
