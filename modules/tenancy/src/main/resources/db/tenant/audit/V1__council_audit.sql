-- The council's own audit log: written in the same transaction as the change it records, in
-- the council's schema, so that no transaction spans the platform schema and a council's.
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz   not null,
    actor       varchar(200)  not null,
    action      varchar(80)   not null,
    detail      varchar(2000)
);
create index audit_entry_occurred on audit_entry (occurred_at);
