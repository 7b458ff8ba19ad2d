-- Per-key count of top-level jobs queued or running, kept by a trigger, so that the quota check at submission
-- reads one row instead of counting the key's backlog (count(*) grew linearly with it: 20 ms at 15k queued jobs,
-- which capped submissions at ~160/s). Children of composite jobs (parent_id set) are not counted, as before.
create table api_key_open_jobs (
    owner_key_id uuid   primary key references api_keys (id) on delete cascade,
    open_jobs    bigint not null default 0 check (open_jobs >= 0)
);

insert into api_key_open_jobs (owner_key_id, open_jobs)
select owner_key_id, count(*) from jobs
 where owner_key_id is not null and parent_id is null and status in ('queued', 'running')
 group by owner_key_id;

create function jobs_count_open() returns trigger language plpgsql as $$
declare
    before_open integer := 0;
    after_open  integer := 0;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.owner_key_id is not null and old.parent_id is null
            and old.status in ('queued', 'running') then
        before_open := 1;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.owner_key_id is not null and new.parent_id is null
            and new.status in ('queued', 'running') then
        after_open := 1;
    end if;
    if tg_op = 'UPDATE' and before_open = 1 and after_open = 1 and old.owner_key_id = new.owner_key_id then
        return null;
    end if;
    if before_open = 1 then
        update api_key_open_jobs set open_jobs = open_jobs - 1 where owner_key_id = old.owner_key_id;
    end if;
    if after_open = 1 then
        insert into api_key_open_jobs as c (owner_key_id, open_jobs) values (new.owner_key_id, 1)
            on conflict (owner_key_id) do update set open_jobs = c.open_jobs + 1;
    end if;
    return null;
end $$;

create trigger jobs_count_open_insert after insert on jobs
    for each row when (new.owner_key_id is not null and new.parent_id is null)
    execute function jobs_count_open();
create trigger jobs_count_open_update after update of status, owner_key_id, parent_id on jobs
    for each row when (old.status is distinct from new.status or old.owner_key_id is distinct from new.owner_key_id
                       or old.parent_id is distinct from new.parent_id)
    execute function jobs_count_open();
create trigger jobs_count_open_delete after delete on jobs
    for each row when (old.owner_key_id is not null and old.parent_id is null)
    execute function jobs_count_open();
