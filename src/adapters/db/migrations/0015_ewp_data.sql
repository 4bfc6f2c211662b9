-- Early Warning Project data in the store (`tocsin import ewp FILE`, `tocsin pull ewp --import`): the
-- country-year files the forecaster reads, and the mass-killing episode sheet. One row in ewp_datasets per
-- kind of file and dataset version (EWP publishes one set a year), so several versions live side by side
-- and a forecast names the one it read. The file's rows are kept as published; nothing is derived here.

CREATE TABLE ewp_datasets (
  id uuid PRIMARY KEY,
  -- predictors: the prepared country-year predictors and outcomes the model fits on;
  -- base-data: the country-year mass-killing base panel; episodes: the mass-killing events sheet.
  kind text NOT NULL CHECK (kind IN ('predictors', 'base-data', 'episodes')),
  version text NOT NULL CHECK (length(version) BETWEEN 1 AND 100),
  -- The dataset's Source (licence, attribution, access date): every value here is that source's claim.
  source_id uuid NOT NULL REFERENCES sources (id),
  -- The columns of the file, in file order (the panel is rebuilt in this order, so a forecast from the
  -- store equals one from the file).
  columns text[] NOT NULL,
  -- The last file imported into this version, byte for byte.
  file_name text NOT NULL,
  file_sha256 char(64) NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_size bigint NOT NULL CHECK (file_size >= 0),
  row_count integer NOT NULL DEFAULT 0 CHECK (row_count >= 0),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (kind, version)
);

-- One country-year of a predictors or base-data file: keyed by Correlates of War code and year, its cells
-- as a JSON object by column name (numbers, text for the few text columns, null where the file says NA).
-- `ordinal` keeps the file's row order: the cross-validation folds are assigned in that order.
CREATE TABLE ewp_country_years (
  dataset_id uuid NOT NULL REFERENCES ewp_datasets (id) ON DELETE CASCADE,
  ccode integer NOT NULL,
  year integer NOT NULL,
  country text NOT NULL,
  ordinal integer NOT NULL CHECK (ordinal >= 1),
  cells jsonb NOT NULL,
  PRIMARY KEY (dataset_id, ccode, year)
);
CREATE INDEX ewp_country_years_order ON ewp_country_years (dataset_id, ordinal);

-- One mass-killing episode as EWP's sheet codes it: a claim of that source (its Source is the dataset's),
-- never a fact of tocsin's. Fields as the sheet has them: the perpetrator type is its "State-Led or
-- Non-State-Led" text; Correlates of War codes of the location and the responsible state with their
-- inheritor states; an empty end year is an episode the sheet shows as ongoing.
CREATE TABLE ewp_episodes (
  dataset_id uuid NOT NULL REFERENCES ewp_datasets (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 100),
  ordinal integer NOT NULL CHECK (ordinal >= 1),
  country text NOT NULL,
  name text NOT NULL,
  summary text,
  start_year integer NOT NULL,
  end_year integer,
  perpetrator_type text,
  ethnic_groups integer,
  location_ccode integer,
  location_inheritors integer[] NOT NULL DEFAULT '{}',
  responsible_ccode integer,
  responsible_inheritors integer[] NOT NULL DEFAULT '{}',
  -- The sheet's remaining columns (date notes, notes, the old name and summary) by their own names.
  notes jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (dataset_id, code),
  CHECK (end_year IS NULL OR end_year >= start_year)
);
CREATE INDEX ewp_episodes_location ON ewp_episodes (location_ccode, start_year);
