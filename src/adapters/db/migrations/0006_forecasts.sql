-- Statistical risk forecasts (issue 5): one row per forecast run (which model, on which data, trained on
-- which years) and one row per country and data year it scored. Forecasts are derived from public data;
-- they carry no sensitivity. A run is written whole or not at all.

CREATE TABLE forecast_runs (
  id uuid PRIMARY KEY,
  -- e.g. "ewp", "ewp2025", "ewp+rf"; demo runs say FICTIONAL in their id and set `fictional`.
  model_id text NOT NULL CHECK (length(model_id) BETWEEN 1 AND 100),
  -- Bumped when a model's method changes (src/app/forecast/models.ts), with the tocsin version that ran it.
  model_version text NOT NULL,
  model_description text NOT NULL,
  -- The years whose rows trained the model (null for a model applied with fixed, published coefficients).
  train_start integer,
  train_end integer,
  train_rows integer CHECK (train_rows >= 0),
  seed integer,
  -- Invented figures for the fictional training scenario: never mixed with real runs by default.
  fictional boolean NOT NULL DEFAULT false,
  notes jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  CHECK (train_start IS NULL OR train_end IS NULL OR train_start <= train_end)
);
CREATE INDEX forecast_runs_created ON forecast_runs (created_at DESC);

-- The files a run read: where the data came from, byte for byte.
CREATE TABLE forecast_run_inputs (
  run_id uuid NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('predictors', 'coefficients', 'other')),
  file_name text NOT NULL,
  sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bigint NOT NULL CHECK (bytes >= 0),
  PRIMARY KEY (run_id, role, file_name)
);
CREATE INDEX forecast_run_inputs_sha256 ON forecast_run_inputs (sha256);

-- One country's forecast from one year's data: the risk of an onset in window_start..window_end
-- (EWP: data year t forecasts t+1 and t+2), its rank among the countries scored that year in the run, the
-- risk and rank a year before (same model), the inputs that moved it most and EWP's categories.
CREATE TABLE forecasts (
  run_id uuid NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
  iso3 char(3) NOT NULL CHECK (iso3 ~ '^[A-Z]{3}$'),
  -- The name and code as the data gave them (EWP: Correlates of War ccode).
  country text NOT NULL,
  ccode integer,
  data_year integer NOT NULL,
  window_start integer NOT NULL,
  window_end integer NOT NULL,
  probability double precision NOT NULL CHECK (probability >= 0 AND probability <= 1),
  rank integer NOT NULL CHECK (rank >= 1),
  previous_probability double precision CHECK (previous_probability >= 0 AND previous_probability <= 1),
  previous_rank integer CHECK (previous_rank >= 1),
  -- [{variable, previous, current, contribution}]: contribution = change in log-odds since the previous year.
  drivers jsonb NOT NULL DEFAULT '[]'::jsonb,
  categories text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (run_id, data_year, iso3),
  CHECK (window_start > data_year AND window_end >= window_start)
);
CREATE INDEX forecasts_country ON forecasts (iso3, data_year);
CREATE UNIQUE INDEX forecasts_rank ON forecasts (run_id, data_year, rank);
