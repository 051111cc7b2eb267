-- ModelGate application schema, version 12: substitutes. A leader or staff member who will be away
-- names a substitute for a range of days (Asia/Shanghai, both ends included); while the absence
-- runs, the absent person's tasks are offered to the substitute as well, who acts in their own name
-- "for" the absent person. An administrator may set one for someone who is away.

create sequence mg_absence_seq;
create table mg_absence (
    id            bigint       primary key,
    absent_id     bigint       not null references mg_user (id),
    substitute_id bigint       not null references mg_user (id),
    starts_on     date         not null,
    ends_on       date         not null,
    reason        varchar(500),
    created_by    bigint       not null references mg_user (id),
    created_at    timestamp with time zone not null,
    check (ends_on >= starts_on),
    check (substitute_id <> absent_id)
);
create index ix_absence_absent on mg_absence (absent_id, starts_on);
create index ix_absence_substitute on mg_absence (substitute_id, starts_on);

-- Who an audited action was done for, when a substitute did it in an absent person's place; null
-- otherwise. The entry's hash covers it only when it is set, so the entries before stay valid.
alter table mg_audit_entry add column on_behalf_of varchar(64);
