-- Dataset imports: each run of `tocsin import` (the licence manifest and the resumption point), and
-- external keys so a re-import finds the dataset's source and actors again instead of duplicating them.

ALTER TABLE sources ADD COLUMN external_key text UNIQUE;
ALTER TABLE actors ADD COLUMN external_key text UNIQUE;

CREATE TABLE import_runs (
  id uuid PRIMARY KEY,
  format text NOT NULL,
  source_id uuid NOT NULL REFERENCES sources (id),
  file_name text NOT NULL,
  file_sha256 char(64) NOT NULL,
  file_size bigint NOT NULL,
  dataset_version text,
  accessed_at date NOT NULL,
  filters jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  rows_read bigint NOT NULL DEFAULT 0,
  rows_loaded bigint NOT NULL DEFAULT 0,
  rows_updated bigint NOT NULL DEFAULT 0,
  rows_rejected bigint NOT NULL DEFAULT 0,
  rows_duplicate bigint NOT NULL DEFAULT 0,
  rows_skipped bigint NOT NULL DEFAULT 0,
  error text,
  actor text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX import_runs_file ON import_runs (file_sha256);
CREATE INDEX import_runs_source ON import_runs (source_id);
