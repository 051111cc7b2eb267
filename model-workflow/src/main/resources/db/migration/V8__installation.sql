-- ModelGate application schema, version 8: installation without demo data.
-- A pending password change (one-time passwords, changes an administrator asks for), the hashes of
-- earlier passwords (not reused), supervision points with an English name and an own cap, and the
-- default pilot thresholds that new pilot plans start from.

alter table mg_user add column password_change_required boolean default false not null;

create sequence mg_password_history_seq;
create table mg_password_history (
    id            bigint primary key,
    user_id       bigint       not null references mg_user (id),
    password_hash varchar(255) not null,
    replaced_at   timestamp with time zone not null
);
create index ix_password_history_user on mg_password_history (user_id, id);

alter table mg_supervision_point add column name_en varchar(200);
update mg_supervision_point set name_en = name where name_en is null;
alter table mg_supervision_point alter column name_en set not null;
-- Null: the configured default (MODELGATE_HOMOGENEITY_CAP) applies.
alter table mg_supervision_point add column homogeneity_cap integer;

-- One row: what the pilot plan page pre-fills.
create table mg_pilot_defaults (
    id                      integer primary key,
    min_valid_rate          numeric(5, 4) not null,
    min_cases_formed        integer       not null,
    min_clues_for_judgement integer       not null,
    updated_at              timestamp with time zone,
    updated_by              varchar(64)
);
insert into mg_pilot_defaults (id, min_valid_rate, min_cases_formed, min_clues_for_judgement)
values (1, 0.6000, 1, 20);
