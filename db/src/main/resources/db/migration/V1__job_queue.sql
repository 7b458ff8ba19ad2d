-- The one schema all services share: the job queue, results, artifacts and the job event log.

create table jobs (
    id                uuid primary key,
    type              text        not null check (length(type) between 1 and 64),
    worker            text        not null check (worker in ('solver', 'nn')),
    spec              jsonb       not null,
    status            text        not null default 'queued'
                                  check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    priority          integer     not null default 0 check (priority between -1000 and 1000),
    attempts          integer     not null default 0 check (attempts >= 0),
    max_attempts      integer     not null default 3 check (max_attempts between 1 and 20),
    lease_owner       text,
    lease_expires_at  timestamptz,
    progress_fraction double precision not null default 0 check (progress_fraction between 0 and 1),
    progress_message  text,
    cancel_requested  boolean     not null default false,
    idempotency_key   text check (length(idempotency_key) between 1 and 255),
    request_sha256    text,
    error             jsonb,
    parent_id         uuid references jobs (id) on delete cascade,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    updated_at        timestamptz not null default now(),
    check ((status = 'running') = (lease_owner is not null))
);

-- claim: the oldest of the highest priority among a worker's queued jobs
create index jobs_claim_idx on jobs (worker, priority desc, created_at) where status = 'queued';
-- reaper: running jobs whose lease ran out
create index jobs_lease_idx on jobs (lease_expires_at) where status = 'running';
-- listing, newest first, optionally by type and status
create index jobs_created_idx on jobs (created_at desc, id desc);
create index jobs_type_status_idx on jobs (type, status, created_at desc);
create index jobs_status_idx on jobs (status, created_at desc);
create index jobs_parent_idx on jobs (parent_id) where parent_id is not null;
create unique index jobs_idempotency_idx on jobs (idempotency_key) where idempotency_key is not null;

create table results (
    job_id     uuid primary key references jobs (id) on delete cascade,
    summary    jsonb       not null,
    created_at timestamptz not null default now()
);

create table artifacts (
    id         uuid primary key,
    job_id     uuid        not null references jobs (id) on delete cascade,
    name       text        not null check (name ~ '^[A-Za-z0-9._-]{1,128}$'),
    media_type text        not null,
    size_bytes bigint      not null check (size_bytes >= 0),
    sha256     text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content    bytea       not null,
    created_at timestamptz not null default now(),
    unique (job_id, name)
);

create table job_events (
    id      bigserial primary key,
    job_id  uuid        not null references jobs (id) on delete cascade,
    at      timestamptz not null default now(),
    kind    text        not null,
    message text,
    actor   text
);

create index job_events_job_idx on job_events (job_id, id);
