-- ModelGate application schema, version 15: the system's line of an audit entry as a code with
-- named arguments (JSON), worded in the reader's language when the history is shown, instead of a
-- Chinese sentence in detail. detail keeps only what people wrote. Older entries keep their text:
-- their hashes cover it, and the hash of an entry covers the two new columns only when it has a
-- code, so the chain stays intact.
alter table mg_audit_entry add column detail_code varchar(64);
alter table mg_audit_entry add column detail_args varchar(4000);

-- What a comment was written with (a withdrawal, a screening and its outcome), so that its heading
-- is worded by the reader's language instead of being a Chinese prefix of the body.
alter table mg_comment add column kind varchar(32);

-- An automatic exclusion (same unit, co-creator) is named by its kind alone; only a reviewer who
-- abstains writes a reason. Older automatic exclusions keep the kind's Chinese label, which is no
-- longer shown.
alter table mg_review_exclusion alter column reason drop not null;
