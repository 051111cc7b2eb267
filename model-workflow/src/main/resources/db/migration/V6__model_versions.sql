-- ModelGate application schema, version 6: a new version of a held model is linked to the old one.
alter table mg_supervision_model add column previous_version_id bigint references mg_supervision_model (id);
