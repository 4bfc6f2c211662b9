-- The job queue (imports, pulls; later screening): one table, claimed with a lease. A worker that stops
-- answering loses its lease and the job is claimed again. A table on both engines (rather than pg-boss on
-- PostgreSQL) keeps one code path for PGlite and PostgreSQL; FOR UPDATE SKIP LOCKED lets any number of
-- `tocsin worker` processes on PostgreSQL claim different jobs without waiting on one another.

CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  -- Jobs that must not run twice at once (an import of the same file): one active job per key.
  dedupe_key text,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
  run_after timestamptz NOT NULL,
  lease_owner text,
  lease_until timestamptz,
  progress jsonb NOT NULL DEFAULT '{}',
  result jsonb,
  error text,
  -- Every failed attempt: {attempt, at, reason}, oldest first.
  failures jsonb NOT NULL DEFAULT '[]',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz
);
CREATE UNIQUE INDEX jobs_active_key ON jobs (dedupe_key) WHERE status IN ('queued', 'running');
CREATE INDEX jobs_ready ON jobs (run_after, created_at) WHERE status = 'queued';
CREATE INDEX jobs_leases ON jobs (lease_until) WHERE status = 'running';
CREATE INDEX jobs_listing ON jobs (created_at DESC, id DESC);
