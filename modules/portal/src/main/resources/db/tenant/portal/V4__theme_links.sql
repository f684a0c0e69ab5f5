-- Links a council admin adds to the header and the footer of the portal, one per line:
-- "Libellé | destination" (the destinations of the main menu).
alter table theme add column header_links text not null default '';
alter table theme add column footer_links text not null default '';
