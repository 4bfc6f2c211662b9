-- Suggestions (issue 6): what the reader and the screener found in documents, waiting for a person to accept
-- (it becomes an event and a claim, through the evidence use cases), accept with edits, or reject with a
-- reason. Nothing here is evidence; the records an acceptance created are listed in created_records.

CREATE TABLE suggestions (
  id uuid PRIMARY KEY,
  -- event: an event read from a report; claim: the report's own statement (stage, alert level,
  -- recommendation); screening: a finding of the screener (dehumanisation, fear speech, denial).
  kind text NOT NULL CHECK (kind IN ('event', 'claim', 'screening')),
  origin text NOT NULL CHECK (origin IN ('reading', 'screening')),
  document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- The passage in the document's text working copy (UTF-16 offsets, end exclusive) and its words.
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset integer NOT NULL CHECK (end_offset >= start_offset),
  passage text NOT NULL,
  payload jsonb NOT NULL,
  confidence double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  -- The screener's score of the passage (0-1), null for reading suggestions.
  score double precision CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
  stage smallint CHECK (stage IS NULL OR stage BETWEEN 1 AND 10),
  -- The triage order: the screening score when there is one, else the confidence.
  rank double precision GENERATED ALWAYS AS (coalesce(score, confidence)) STORED,
  -- Same document, origin, kind and passage: the same suggestion (reading and screening twice add nothing).
  fingerprint text NOT NULL UNIQUE,
  reader_version text NOT NULL,
  sensitivity text NOT NULL CHECK (sensitivity IN ('public', 'internal', 'confidential')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'edited')),
  decided_by text,
  decided_at timestamptz,
  reason text,
  edits jsonb,
  created_records jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK ((status = 'pending') = (decided_by IS NULL)),
  CHECK (status <> 'rejected' OR length(reason) > 0)
);
CREATE INDEX suggestions_queue ON suggestions (status, rank DESC, id);
CREATE INDEX suggestions_document ON suggestions (document_id, start_offset, id);
