-- ModelGate application schema, version 5: the adoption matrix (model x unit) and unit feedback.

create table mg_adoption (
    model_id   bigint        not null references mg_supervision_model (id),
    unit_id    bigint        not null references mg_unit (id),
    status     varchar(24)   not null,
    reason     varchar(1000),
    updated_by bigint        references mg_user (id),
    updated_at timestamp with time zone not null,
    primary key (model_id, unit_id)
);
create index ix_adoption_unit on mg_adoption (unit_id, status);

create sequence mg_adoption_feedback_seq;
create table mg_adoption_feedback (
    id         bigint        primary key,
    model_id   bigint        not null references mg_supervision_model (id),
    unit_id    bigint        not null references mg_unit (id),
    author_id  bigint        not null references mg_user (id),
    body       varchar(4000) not null,
    created_at timestamp with time zone not null
);
create index ix_adoption_feedback_model on mg_adoption_feedback (model_id);
