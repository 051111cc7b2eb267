-- ModelGate application schema, version 14: what the hourly notice sweep needs. A notice raised by
-- the sweep (review due, task overdue, condition due) names its subject, so that each is raised
-- once; e-mail tries are counted, so that retries outlive a restart; a daily digest is sent once
-- per reader and day.

alter table mg_notice add column subject varchar(128);
alter table mg_notice add column mail_attempts integer default 0 not null;
create index ix_notice_subject on mg_notice (subject);
create index ix_notice_mail_state on mg_notice (mail_state, created_at);

create table mg_notice_digest (
    username varchar(64) not null,
    sent_on  date        not null,
    primary key (username, sent_on)
);
