-- ModelGate application schema, version 2: drafts with co-creators, attachments and comments;
-- forums, agendas, reviews and conflict-of-interest exclusions; gate decisions with conditions.

alter table mg_supervision_model add column innovation_statement varchar(4000);

create table mg_model_creator (
    model_id bigint not null references mg_supervision_model (id),
    user_id  bigint not null references mg_user (id),
    primary key (model_id, user_id)
);
create index ix_model_creator_user on mg_model_creator (user_id);

create sequence mg_attachment_seq;
create table mg_attachment (
    id           bigint       primary key,
    model_id     bigint       not null references mg_supervision_model (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_by  bigint       not null references mg_user (id),
    uploaded_at  timestamp with time zone not null
);
create index ix_attachment_model on mg_attachment (model_id);
-- The bytes apart from the metadata, so that listing attachments never loads them.
create table mg_attachment_content (
    attachment_id bigint primary key references mg_attachment (id),
    content       bytea  not null
);

create sequence mg_comment_seq;
create table mg_comment (
    id         bigint        primary key,
    model_id   bigint        not null references mg_supervision_model (id),
    author_id  bigint        not null references mg_user (id),
    body       varchar(4000) not null,
    created_at timestamp with time zone not null
);
create index ix_comment_model on mg_comment (model_id);

create sequence mg_forum_seq;
create table mg_forum (
    id                  bigint       primary key,
    title               varchar(200) not null,
    scheduled_at        timestamp with time zone not null,
    place               varchar(200) not null,
    presiding_leader_id bigint       not null references mg_user (id),
    created_by          bigint       not null references mg_user (id),
    created_at          timestamp with time zone not null
);
create index ix_forum_scheduled on mg_forum (scheduled_at);

create table mg_forum_reviewer (
    forum_id bigint not null references mg_forum (id),
    user_id  bigint not null references mg_user (id),
    primary key (forum_id, user_id)
);
create index ix_forum_reviewer_user on mg_forum_reviewer (user_id);

create sequence mg_agenda_item_seq;
create table mg_agenda_item (
    id       bigint primary key,
    forum_id bigint not null references mg_forum (id),
    model_id bigint not null references mg_supervision_model (id),
    added_at timestamp with time zone not null,
    constraint uq_agenda_model unique (forum_id, model_id)
);
create index ix_agenda_model on mg_agenda_item (model_id);

-- Reviewers who do not review a model on an agenda: excluded automatically (same unit as a
-- creator, co-creator) or abstaining with a reason. All of them are minuted.
create table mg_review_exclusion (
    forum_id    bigint        not null references mg_forum (id),
    model_id    bigint        not null references mg_supervision_model (id),
    reviewer_id bigint        not null references mg_user (id),
    kind        varchar(16)   not null,
    reason      varchar(1000) not null,
    recorded_at timestamp with time zone not null,
    primary key (forum_id, model_id, reviewer_id)
);

create sequence mg_review_seq;
create table mg_review (
    id                  bigint        primary key,
    forum_id            bigint        not null references mg_forum (id),
    model_id            bigint        not null references mg_supervision_model (id),
    reviewer_id         bigint        not null references mg_user (id),
    necessity           smallint      not null,
    feasibility         smallint      not null,
    clue_accuracy       smallint      not null,
    promotion_value     smallint      not null,
    practical_significance varchar(4000) not null,
    expected_effect     varchar(4000) not null,
    difficulties        varchar(4000) not null,
    attention_points    varchar(4000) not null,
    submitted_at        timestamp with time zone not null,
    constraint uq_review unique (forum_id, model_id, reviewer_id)
);
create index ix_review_model on mg_review (model_id);

-- Gate decisions are immutable records: the application never updates or deletes them.
create sequence mg_decision_seq;
create table mg_decision (
    id            bigint          primary key,
    model_id      bigint          not null references mg_supervision_model (id),
    forum_id      bigint          references mg_forum (id),
    gate          varchar(32)     not null,
    outcome       varchar(32)     not null,
    reason        varchar(4000),
    decided_by    bigint          not null references mg_user (id),
    decided_at    timestamp with time zone not null,
    model_version integer         not null,
    evidence      varchar(1000000) not null
);
create index ix_decision_model on mg_decision (model_id);

create sequence mg_decision_condition_seq;
create table mg_decision_condition (
    id          bigint        primary key,
    decision_id bigint        not null references mg_decision (id),
    model_id    bigint        not null references mg_supervision_model (id),
    text        varchar(2000) not null,
    owner_id    bigint        not null references mg_user (id),
    due_date    date          not null,
    closed_at   timestamp with time zone,
    closed_by   bigint        references mg_user (id)
);
create index ix_condition_model on mg_decision_condition (model_id);
