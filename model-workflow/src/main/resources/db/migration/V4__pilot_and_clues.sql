-- ModelGate application schema, version 4: pilot plans with their units and baselines, and clues.

create sequence mg_pilot_plan_seq;
create table mg_pilot_plan (
    id                      bigint        primary key,
    model_id                bigint        not null references mg_supervision_model (id),
    start_date              date          not null,
    end_date                date          not null,
    min_valid_rate          numeric(5, 4) not null,
    min_cases_formed        integer       not null,
    min_clues_for_judgement integer       not null,
    created_by              bigint        not null references mg_user (id),
    created_at              timestamp with time zone not null
);
create index ix_pilot_plan_model on mg_pilot_plan (model_id);

-- The pilot units and their baseline: the same unit's results for this kind of case in the
-- previous period of equal length, so that the effect can be compared, not just counted.
create table mg_pilot_unit (
    plan_id            bigint         not null references mg_pilot_plan (id),
    unit_id            bigint         not null references mg_unit (id),
    baseline_clues     integer        not null,
    baseline_cases     integer        not null,
    baseline_recovered numeric(16, 2) not null,
    primary key (plan_id, unit_id)
);

-- Clues arrive by the ten thousand: ids are handed out fifty at a time (allocationSize 50).
create sequence mg_clue_seq start with 50 increment by 50;
create table mg_clue (
    id               bigint         primary key,
    model_id         bigint         not null references mg_supervision_model (id),
    unit_id          bigint         not null references mg_unit (id),
    external_ref     varchar(64)    not null,
    party            varchar(100)   not null,
    id_number        varchar(32),
    summary          varchar(2000)  not null,
    found_on         date           not null,
    amount           numeric(14, 2),
    status           varchar(24)    not null,
    invalid_reason   varchar(32),
    case_reference   varchar(64),
    document_type    varchar(32),
    recovered_amount numeric(14, 2),
    created_by       bigint         not null references mg_user (id),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    row_version      bigint         not null,
    constraint uq_clue_ref unique (model_id, external_ref)
);
-- The funnel groups clues of one model by unit and status; this index answers it without a scan.
create index ix_clue_funnel on mg_clue (model_id, unit_id, status);
