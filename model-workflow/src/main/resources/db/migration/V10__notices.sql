-- ModelGate application schema, version 10: notices. A notice is addressed to one user or to a
-- group (a role, optionally within one unit, optionally only in a city-wide unit such as the
-- digital office); it is stored as a code and its arguments and rendered in the reader's language.
-- Who has read a notice is kept per reader, so that a group notice is unread for each member until
-- that member reads it. Users may have an e-mail address for the optional e-mail channel.

create sequence mg_notice_seq;
create table mg_notice (
    id                  bigint       primary key,
    code                varchar(48)  not null,
    arguments           varchar(4000) not null,
    model_id            bigint       references mg_supervision_model (id),
    recipient_user      varchar(64),
    recipient_role      varchar(16),
    recipient_unit_id   bigint       references mg_unit (id),
    -- 1: only staff of a city-wide unit (the digital office); a number, so that queries compare it
    -- the same way whether their values are bound or inlined
    recipient_city_wide smallint     not null check (recipient_city_wide in (0, 1)),
    created_at          timestamp with time zone not null,
    mail_state          varchar(12)  not null,
    check (recipient_user is not null or recipient_role is not null)
);
create index ix_notice_user on mg_notice (recipient_user, created_at);
create index ix_notice_role on mg_notice (recipient_role, created_at);

create table mg_notice_read (
    notice_id bigint      not null references mg_notice (id),
    username  varchar(64) not null,
    read_at   timestamp with time zone not null,
    primary key (notice_id, username)
);
create index ix_notice_read_user on mg_notice_read (username);

alter table mg_user add column email varchar(254);
