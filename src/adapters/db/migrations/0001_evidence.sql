-- The evidence store: sources, documents, actors, groups, situations, events and their acts, claims.
-- Target: PostgreSQL 15 (PGlite runs a newer PostgreSQL; keep to the 15 subset).
-- Ids are UUIDs made by the application, so imports and restores can keep them.

CREATE TABLE sources (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('organisation', 'person', 'publication', 'dataset')),
  name text NOT NULL,
  reliability char(1) NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  reliability_reason text,
  url text,
  contact text,
  licence text,
  attribution text,
  dataset_version text,
  accessed_at date,
  filters jsonb,
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE documents (
  id uuid PRIMARY KEY,
  sha256 char(64) NOT NULL,
  size bigint NOT NULL CHECK (size >= 0),
  title text NOT NULL,
  source_id uuid REFERENCES sources (id),
  origin_url text,
  collected_at timestamptz,
  collected_by text,
  method text,
  media_type text NOT NULL,
  language text,
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_sha256 ON documents (sha256);

-- Working copies (extracted text, translations), kept apart from the untouched original.
CREATE TABLE document_copies (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('text', 'translation')),
  language text,
  content text NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_copies_document ON document_copies (document_id);
CREATE INDEX document_copies_search ON document_copies USING gin (search);

CREATE TABLE actors (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  country char(3),
  description text,
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE groups (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  description text,
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE situations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  country char(3) NOT NULL,
  region text,
  description text,
  targeted_group_ids uuid[] NOT NULL DEFAULT '{}',
  perpetrator_ids uuid[] NOT NULL DEFAULT '{}',
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Events keep their acts, perpetrators, groups and situations as arrays and JSON: an event is written and
-- read whole, and one wide row is what makes bulk loading by COPY fast.
CREATE TABLE events (
  id uuid PRIMARY KEY,
  title text NOT NULL,
  description text,
  date_start date NOT NULL,
  date_end date,
  date_precision text NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown-day')),
  country char(3),
  admin1 text,
  admin2 text,
  place_name text,
  latitude double precision,
  longitude double precision,
  location_precision text NOT NULL,
  acts jsonb NOT NULL DEFAULT '[]',
  act_types text[] NOT NULL DEFAULT '{}',
  perpetrators jsonb NOT NULL DEFAULT '[]',
  perpetrator_ids uuid[] NOT NULL DEFAULT '{}',
  targeted_group_ids uuid[] NOT NULL DEFAULT '{}',
  situation_ids uuid[] NOT NULL DEFAULT '{}',
  fatalities_low integer,
  fatalities_best integer,
  fatalities_high integer,
  contested boolean NOT NULL DEFAULT false,
  external_dataset text,
  external_id text,
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  search tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(place_name, ''))
  ) STORED,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (date_end IS NULL OR date_end >= date_start),
  CHECK (fatalities_low IS NULL OR fatalities_best IS NULL OR fatalities_low <= fatalities_best),
  CHECK (fatalities_best IS NULL OR fatalities_high IS NULL OR fatalities_best <= fatalities_high),
  UNIQUE (external_dataset, external_id)
);
CREATE INDEX events_country_date ON events (country, date_start);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_search ON events USING gin (search);
CREATE INDEX events_situations ON events USING gin (situation_ids);

CREATE TABLE claims (
  id uuid PRIMARY KEY,
  source_id uuid NOT NULL REFERENCES sources (id),
  document_id uuid REFERENCES documents (id),
  locator text,
  event_id uuid REFERENCES events (id),
  situation_id uuid REFERENCES situations (id),
  indicator text,
  statement text NOT NULL,
  assertion jsonb NOT NULL DEFAULT '{}',
  credibility smallint NOT NULL CHECK (credibility BETWEEN 1 AND 6),
  credibility_reason text,
  how_known text,
  witness text,
  stated_at date,
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (event_id IS NOT NULL OR situation_id IS NOT NULL OR indicator IS NOT NULL)
);
CREATE INDEX claims_event ON claims (event_id);
CREATE INDEX claims_situation ON claims (situation_id);
CREATE INDEX claims_source ON claims (source_id);
