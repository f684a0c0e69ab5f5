-- Pages of the council's portal. Runs in the tenant's own schema.
create table page (
    id         uuid         primary key,
    slug       varchar(80)  not null unique,
    title      varchar(200) not null,
    summary    varchar(500),
    body       text         not null,
    home       boolean      not null default false,
    position   integer      not null default 0,
    published  boolean      not null default true,
    updated_at timestamptz  not null
);
create unique index page_single_home on page (home) where home;
