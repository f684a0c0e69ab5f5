#!/bin/sh
# Runs once, when PostgreSQL's data folder is new (the postgres image runs the scripts of
# /docker-entrypoint-initdb.d as its superuser): a role and a database of its own for the
# platform and for Keycloak, neither role a superuser nor able to create roles or databases, and
# neither able to connect to the other's database. The platform creates its schemas in its own
# database (it owns it); the unaccent extension its search needs is created here, once.
set -eu

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v civitas_password="$CIVITAS_DB_PASSWORD" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role civitas login nosuperuser nocreatedb nocreaterole password :'civitas_password';
create database civitas owner civitas;
revoke all on database civitas from public;
create role keycloak login nosuperuser nocreatedb nocreaterole password :'keycloak_password';
create database keycloak owner keycloak;
revoke all on database keycloak from public;
\connect civitas
create extension if not exists unaccent with schema public;
SQL
