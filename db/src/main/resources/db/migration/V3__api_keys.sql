-- API keys: only a SHA-256 of each key is stored (keys carry 256 random bits, so a fast hash is safe);
-- the prefix finds the row and is shown to people to tell keys apart.
create table api_keys (
    id              uuid primary key,
    name            text        not null check (length(name) between 1 and 100),
    prefix          text        not null unique check (prefix ~ '^[0-9a-f]{8}$'),
    key_sha256      text        not null check (key_sha256 ~ '^[0-9a-f]{64}$'),
    roles           text[]      not null check (roles <@ array['read', 'submit', 'admin']::text[]
                                                and cardinality(roles) >= 1),
    max_queued_jobs integer     not null default 100 check (max_queued_jobs between 0 and 1000000),
    max_cells       bigint      not null default 16777216 check (max_cells between 0 and 1099511627776),
    created_at      timestamptz not null default now(),
    revoked_at      timestamptz
);

create index api_keys_active_idx on api_keys (name) where revoked_at is null;

-- who submitted a job: quotas count it, and only its owner (or an admin) may cancel it
alter table jobs add column owner_key_id uuid references api_keys (id);
create index jobs_owner_open_idx on jobs (owner_key_id) where status in ('queued', 'running');

-- an Idempotency-Key belongs to the key that sent it: two clients cannot collide
drop index jobs_idempotency_idx;
create unique index jobs_idempotency_idx on jobs (owner_key_id, idempotency_key) nulls not distinct
    where idempotency_key is not null;
