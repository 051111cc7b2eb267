-- Indexes found by the benchmark (docs/PERFORMANCE.md).

-- The inbox finds the models of up to 500 open tasks by process instance id; without this index
-- every inbox answer scanned all model rows (docs/PERFORMANCE.md: staff inbox p50 70 ms without,
-- 40 ms with it, 10,000 open tasks over 9,341 models).
create index ix_model_process_instance on mg_supervision_model (process_instance_id);
