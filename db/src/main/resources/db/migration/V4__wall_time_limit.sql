-- the longest a job may run on its worker before it is stopped and failed
alter table jobs add column max_wall_time_s integer not null default 3600 check (max_wall_time_s between 1 and 604800);
