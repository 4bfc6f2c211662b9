-- Cancelling imports and pulls (issue 4). A queued job is cancelled at once; a running one is marked
-- (cancel_requested_at) and its worker stops at the next batch boundary, then records it as cancelled. The
-- batches an import committed before it stopped stay (each is whole, with its claims and custody entry);
-- the import run says 'cancelled' with the counts of what it loaded.

ALTER TABLE jobs DROP CONSTRAINT jobs_status_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_status_check
  CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled'));
ALTER TABLE jobs ADD COLUMN cancel_requested_at timestamptz;
ALTER TABLE jobs ADD COLUMN cancelled_by text;

ALTER TABLE import_runs DROP CONSTRAINT import_runs_status_check;
ALTER TABLE import_runs ADD CONSTRAINT import_runs_status_check
  CHECK (status IN ('running', 'completed', 'failed', 'cancelled'));
