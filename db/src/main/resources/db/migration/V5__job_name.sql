-- the spec's name, for listings without reading every spec
alter table jobs add column name text generated always as (left(spec ->> 'name', 200)) stored;
