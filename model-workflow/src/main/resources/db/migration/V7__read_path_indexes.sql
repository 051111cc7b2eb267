-- Indexes found by the benchmark (docs/PERFORMANCE.md).

-- The inbox finds the models of up to 500 open tasks by process instance id; without this index
-- every inbox answer scanned all model rows (FIGURE).
create index ix_model_process_instance on mg_supervision_model (process_instance_id);
