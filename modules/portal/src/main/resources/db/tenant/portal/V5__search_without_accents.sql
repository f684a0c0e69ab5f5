-- Citizens type "ecole" for "école" and "demarche" for "démarche": the council's search ignores
-- accents, on both sides, with a French configuration of its own schema that unaccents words
-- before stemming them. The unaccent extension is one per database and councils migrate in
-- parallel, hence the lock; an extension a DBA installed elsewhere is found where it is.
create text search configuration civitas_french (copy = pg_catalog.french);

do $$
declare
    dictionary_schema text;
begin
    perform pg_advisory_xact_lock(hashtext('civitas.extension.unaccent'));
    create extension if not exists unaccent with schema public;
    select n.nspname into dictionary_schema
      from pg_ts_dict d join pg_namespace n on n.oid = d.dictnamespace
     where d.dictname = 'unaccent';
    execute format('alter text search configuration civitas_french '
                   'alter mapping for hword, hword_part, word with %I.unaccent, french_stem', dictionary_schema);
end
$$;

alter table page drop column search;
alter table page add column search tsvector generated always as (
    setweight(to_tsvector('civitas_french', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('civitas_french', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('civitas_french', regexp_replace(coalesce(body, ''), '<[^>]+>', ' ', 'g')), 'C')) stored;
create index page_search on page using gin (search);

alter table news drop column search;
alter table news add column search tsvector generated always as (
    setweight(to_tsvector('civitas_french', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('civitas_french', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('civitas_french', regexp_replace(coalesce(body, ''), '<[^>]+>', ' ', 'g')), 'C')) stored;
create index news_search on news using gin (search);

alter table demarche drop column search;
alter table demarche add column search tsvector generated always as (
    setweight(to_tsvector('civitas_french', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('civitas_french', coalesce(summary, '') || ' ' || coalesce(audience, '')), 'B') ||
    setweight(to_tsvector('civitas_french', regexp_replace(coalesce(steps, ''), '<[^>]+>', ' ', 'g') || ' ' || documents), 'C')) stored;
create index demarche_search on demarche using gin (search);
