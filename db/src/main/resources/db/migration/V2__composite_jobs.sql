-- Composite jobs (sweeps, regression suites): a child's label says which grid point or test case it is.
alter table jobs add column label text check (length(label) <= 1000);
-- insertion order: children of one composite share created_at (one transaction), so they are ordered by seq
alter table jobs add column seq bigint generated always as identity;
create index jobs_parent_seq_idx on jobs (parent_id, seq) where parent_id is not null;
drop index jobs_parent_idx;
