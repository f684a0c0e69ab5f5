-- Which identity server (Keycloak cluster) holds each council's realm.
alter table tenant add column identity_server varchar(40);
