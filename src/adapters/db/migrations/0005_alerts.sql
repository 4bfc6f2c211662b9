-- Alerts (issue 7): a versioned document per situation. Version 1 is the first issue; each later version
-- corrects a published one and says what changed. draft -> in-review -> published (and back to draft from
-- review). A published version is immutable: a trigger refuses UPDATE and DELETE of it.

CREATE TABLE alerts (
  id uuid PRIMARY KEY,
  situation_id uuid NOT NULL REFERENCES situations (id) ON DELETE RESTRICT,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL
);
CREATE INDEX alerts_situation ON alerts (situation_id);

CREATE TABLE alert_versions (
  alert_id uuid NOT NULL REFERENCES alerts (id) ON DELETE RESTRICT,
  number integer NOT NULL CHECK (number >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'in-review', 'published')),
  content jsonb NOT NULL,
  -- Denormalised from content for lists and the feed.
  title text NOT NULL,
  level text NOT NULL CHECK (level IN ('none', 'watch', 'warning', 'emergency')),
  change_note text,
  correction_of integer,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  editors text[] NOT NULL,
  updated_at timestamptz NOT NULL,
  submitted_at timestamptz,
  submitted_by text,
  review_note text,
  published_at timestamptz,
  published_by text,
  content_sha256 char(64),
  PRIMARY KEY (alert_id, number),
  CHECK (correction_of IS NULL OR correction_of < number),
  -- A correction says what changed; a published version records who approved it, when, and its hash.
  CHECK (status <> 'published' OR correction_of IS NULL OR length(btrim(change_note)) >= 10),
  CHECK (status <> 'published' OR (published_at IS NOT NULL AND published_by IS NOT NULL AND content_sha256 IS NOT NULL))
);
-- At most one version of an alert is open (draft or in review) at a time.
CREATE UNIQUE INDEX alert_versions_one_open ON alert_versions (alert_id) WHERE status <> 'published';
CREATE INDEX alert_versions_published ON alert_versions (published_at DESC) WHERE status = 'published';

CREATE FUNCTION alert_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'alert % version % is published and cannot be changed: publish a correction instead',
      OLD.alert_id, OLD.number USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER alert_versions_immutable BEFORE UPDATE OR DELETE ON alert_versions
  FOR EACH ROW EXECUTE FUNCTION alert_versions_immutable();
