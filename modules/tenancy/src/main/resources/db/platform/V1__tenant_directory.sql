-- The tenant directory. Every other table of the platform lives in a tenant's own schema.

create table tenant (
    slug               varchar(40)  primary key,
    name               varchar(120) not null,
    kind               varchar(20)  not null check (kind in ('departement', 'commune', 'epci')),
    status             varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'FAILED', 'RETIRED')),
    template_name      varchar(40)  not null,
    template_version   varchar(20)  not null,
    parent_slug        varchar(40)  references tenant (slug),
    database_placement varchar(40)  not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);

create table tenant_domain (
    host        varchar(253) primary key,
    tenant_slug varchar(40)  not null references tenant (slug) on delete cascade
);
create index tenant_domain_tenant on tenant_domain (tenant_slug);

create table provisioning_job (
    tenant_slug         varchar(40)  primary key references tenant (slug) on delete cascade,
    status              varchar(20)  not null check (status in ('PENDING', 'RUNNING', 'FAILED', 'DONE')),
    last_completed_step varchar(20),
    failed_step         varchar(20),
    last_error          varchar(2000),
    attempts            integer      not null,
    started_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    lease_until         timestamptz,
    version             bigint       not null default 0
);
create index provisioning_job_unfinished on provisioning_job (status) where status in ('PENDING', 'RUNNING');

create table audit_log (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor       varchar(200) not null,
    tenant_slug varchar(40),
    action      varchar(80)  not null,
    detail      varchar(2000)
);
create index audit_log_tenant on audit_log (tenant_slug, occurred_at);
