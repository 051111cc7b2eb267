-- ModelGate application schema, version 9: personal access tokens for API clients, and the sign-in
-- throttle's counts in the database so that the limit holds across nodes and restarts.

create sequence mg_api_token_seq;

-- Only the SHA-256 digest of a token's random value is stored; the value is shown once.
create table mg_api_token (
    id             bigint       primary key,
    user_id        bigint       not null references mg_user (id),
    name           varchar(100) not null,
    secret_digest  varchar(64)  not null,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    last_used_at   timestamp with time zone,
    last_used_from varchar(64),
    revoked_at     timestamp with time zone,
    revoked_by     varchar(64),
    constraint uq_api_token_digest unique (secret_digest)
);
create index ix_api_token_user on mg_api_token (user_id);

-- The addresses each token was used from: the first use from a new one is audited.
create table mg_api_token_address (
    token_id   bigint      not null references mg_api_token (id),
    address    varchar(64) not null,
    first_seen timestamp with time zone not null,
    primary key (token_id, address)
);

-- Failed sign-ins per account ('user:NAME') and per client address ('addr:ADDRESS'); rows whose
-- window has run out are deleted.
create table mg_sign_in_window (
    throttle_key varchar(200) primary key,
    window_start timestamp with time zone not null,
    failures     integer      not null
);
create index ix_sign_in_window_start on mg_sign_in_window (window_start);
