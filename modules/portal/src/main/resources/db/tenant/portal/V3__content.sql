-- The portal's content: pages with kinds and drafts, news, the démarches catalogue, the menu,
-- media, and French full-text search over everything published.

alter table page add column kind varchar(20) not null default 'STANDARD'
    check (kind in ('STANDARD', 'CONTACT', 'LEGAL'));
alter table page add column status varchar(20) not null default 'PUBLISHED'
    check (status in ('DRAFT', 'PUBLISHED'));
update page set status = case when published then 'PUBLISHED' else 'DRAFT' end;
alter table page drop column published;
alter table page add column updated_by varchar(255) not null default 'modèle';
alter table page add column search tsvector generated always as (
    setweight(to_tsvector('french', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('french', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('french', regexp_replace(coalesce(body, ''), '<[^>]+>', ' ', 'g')), 'C')) stored;
create index page_search on page using gin (search);

create table news (
    id           uuid         primary key,
    slug         varchar(80)  not null unique,
    title        varchar(200) not null,
    summary      varchar(500),
    body         text         not null,
    status       varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED')),
    published_on date         not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(255) not null,
    search       tsvector generated always as (
        setweight(to_tsvector('french', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('french', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('french', regexp_replace(coalesce(body, ''), '<[^>]+>', ' ', 'g')), 'C')) stored
);
create index news_published on news (published_on desc) where status = 'PUBLISHED';
create index news_search on news using gin (search);

create table demarche_category (
    slug        varchar(80)  primary key,
    label       varchar(120) not null,
    description varchar(500),
    position    integer      not null default 0
);

create table demarche (
    id          uuid         primary key,
    slug        varchar(80)  not null unique,
    title       varchar(200) not null,
    category    varchar(80)  not null references demarche_category (slug),
    summary     varchar(500),
    audience    varchar(1000),
    steps       text         not null,
    documents   text         not null default '',
    cost        varchar(200),
    delay       varchar(200),
    online_url  varchar(500),
    authority   varchar(40)  not null default 'commune',
    popular     boolean      not null default false,
    position    integer      not null default 0,
    status      varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED')),
    updated_at  timestamptz  not null,
    updated_by  varchar(255) not null,
    search      tsvector generated always as (
        setweight(to_tsvector('french', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('french', coalesce(summary, '') || ' ' || coalesce(audience, '')), 'B') ||
        setweight(to_tsvector('french', regexp_replace(coalesce(steps, ''), '<[^>]+>', ' ', 'g') || ' ' || documents), 'C')) stored
);
create index demarche_category_idx on demarche (category);
create index demarche_search on demarche using gin (search);

create table menu_item (
    id        uuid         primary key,
    parent_id uuid         references menu_item (id) on delete cascade,
    label     varchar(120) not null,
    target    varchar(500) not null,
    position  integer      not null default 0
);

create table media (
    id           uuid         primary key,
    filename     varchar(200) not null,
    content_type varchar(40)  not null,
    size_bytes   integer      not null,
    content      bytea        not null,
    alt          varchar(300) not null,
    created_at   timestamptz  not null,
    created_by   varchar(255) not null
);

alter table theme add column logo_media_id uuid references media (id) on delete set null;
alter table theme drop column logo_url;
