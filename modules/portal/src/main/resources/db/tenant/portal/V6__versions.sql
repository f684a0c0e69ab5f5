-- Optimistic locking: every change bumps the row's version, and an edit made from an older
-- version is refused instead of silently replacing what another editor saved meanwhile.
alter table page add column version bigint not null default 0;
alter table news add column version bigint not null default 0;
alter table demarche add column version bigint not null default 0;
alter table menu_item add column version bigint not null default 0;
alter table theme add column version bigint not null default 0;
