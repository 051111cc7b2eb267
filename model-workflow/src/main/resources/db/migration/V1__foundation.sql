-- ModelGate application schema, version 1: organisation, accounts, taxonomy, supervision models.
-- Portable SQL for H2 2.x and PostgreSQL; Camunda's ACT_* tables are created by the engine.
-- Ids come from sequences (EclipseLink's identity support still calls H2 1.x's IDENTITY()).

create sequence mg_unit_seq;
create sequence mg_user_seq;
create sequence mg_supervision_point_seq;
create sequence mg_supervision_model_seq;

create table mg_unit (
    id          bigint primary key,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    name_en     varchar(100) not null,
    kind        varchar(16)  not null,
    parent_id   bigint references mg_unit (id),
    city_wide   boolean      not null default false
);

create table mg_user (
    id            bigint primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(100) not null,
    password_hash varchar(255) not null,
    unit_id       bigint       not null references mg_unit (id),
    enabled       boolean      not null default true,
    expires_at    timestamp with time zone,
    created_at    timestamp with time zone not null
);
create index ix_user_unit on mg_user (unit_id);

create table mg_user_role (
    user_id bigint      not null references mg_user (id),
    role    varchar(16) not null,
    primary key (user_id, role)
);

create table mg_supervision_point (
    id            bigint primary key,
    code          varchar(32)  not null unique,
    name          varchar(200) not null,
    business_line varchar(32)  not null,
    active        boolean      not null default true
);

create table mg_supervision_model (
    id                   bigint primary key,
    title                varchar(200)  not null,
    business_line        varchar(32)   not null,
    supervision_point_id bigint        not null references mg_supervision_point (id),
    owning_unit_id       bigint        not null references mg_unit (id),
    created_by           bigint        not null references mg_user (id),
    problem_statement    varchar(4000) not null,
    data_sources         varchar(4000) not null,
    rule_description     varchar(8000) not null,
    expected_effect      varchar(4000) not null,
    difficulties         varchar(4000),
    model_version        integer       not null,
    stage                varchar(32)   not null,
    process_instance_id  varchar(64),
    row_version          bigint        not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    submitted_at         timestamp with time zone
);
-- Lists and dashboards filter by these; the stage is kept here so that they need no engine query.
create index ix_model_stage on mg_supervision_model (stage);
create index ix_model_unit on mg_supervision_model (owning_unit_id);
create index ix_model_point on mg_supervision_model (supervision_point_id);
create index ix_model_creator on mg_supervision_model (created_by);
