-- Browser sessions and pending logins of the council's portal. Runs in the tenant's schema.
create table web_session (
    id_hash           varchar(64)  primary key,
    subject           varchar(100) not null,
    username          varchar(255) not null,
    display_name      varchar(255),
    email             varchar(255),
    roles             varchar(500) not null,
    access_token      text         not null,
    access_expires_at timestamptz  not null,
    refresh_token     text,
    id_token          text,
    created_at        timestamptz  not null,
    last_seen_at      timestamptz  not null
);
create index web_session_subject on web_session (subject);

create table login_attempt (
    state         varchar(64)  primary key,
    nonce         varchar(64)  not null,
    code_verifier varchar(128) not null,
    return_path   varchar(500) not null,
    created_at    timestamptz  not null
);
