-- ModelGate application schema, version 3: the hash-chained audit trail and stored responses of
-- requests carrying an Idempotency-Key.

-- Append-only: the application only inserts. Each entry's hash covers its content and the previous
-- entry's hash, so a changed, removed or reordered entry breaks the chain from there on.
create table mg_audit_entry (
    seq          bigint        primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)   not null,
    action       varchar(64)   not null,
    outcome      varchar(16)   not null,
    entity_type  varchar(64)   not null,
    entity_id    varchar(64),
    model_id     bigint,
    before_state varchar(4000),
    after_state  varchar(4000),
    detail       varchar(4000),
    prev_hash    varchar(64)   not null,
    hash         varchar(64)   not null
);
create index ix_audit_model on mg_audit_entry (model_id);

-- The end of the chain. Appending locks this one row, so entries are chained one after another
-- even when several nodes write at once.
create table mg_audit_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into mg_audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table mg_idempotency_record (
    username     varchar(64)  not null,
    idem_key     varchar(200) not null,
    fingerprint  varchar(64)  not null,
    status       integer      not null,
    content_type varchar(200),
    location     varchar(2000),
    etag         varchar(200),
    body         bytea,
    created_at   timestamp with time zone not null,
    primary key (username, idem_key)
);
create index ix_idempotency_created on mg_idempotency_record (created_at);
