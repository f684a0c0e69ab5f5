-- The council's theme: one row, its colours and logo.
create table theme (
    id             integer     primary key check (id = 1),
    primary_colour varchar(7)  not null check (primary_colour ~ '^#[0-9a-f]{6}$'),
    logo_url       varchar(500),
    updated_at     timestamptz not null
);
