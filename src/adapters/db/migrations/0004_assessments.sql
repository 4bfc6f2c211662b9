-- The assessment engine (issue 3): stored assessments (snapshots with date, rule version and evidence
-- cut-off), analysts' overrides, and a cache of per-situation evidence tallies kept valid by triggers.

CREATE TABLE assessments (
  id uuid PRIMARY KEY,
  situation_id uuid NOT NULL REFERENCES situations (id) ON DELETE CASCADE,
  as_of date NOT NULL,
  knowledge text NOT NULL CHECK (knowledge IN ('recorded', 'dated')),
  clearance text NOT NULL CHECK (clearance IN ('public', 'internal', 'confidential')),
  -- Evidence recorded before this instant and dated up to as_of was considered (no look-ahead).
  evidence_cutoff timestamptz NOT NULL,
  rule_version text NOT NULL,
  rules_sha256 char(64) NOT NULL,
  catalogue_version text NOT NULL,
  level text NOT NULL CHECK (level IN ('none', 'watch', 'warning', 'emergency')),
  computed_level text NOT NULL CHECK (computed_level IN ('none', 'watch', 'warning', 'emergency')),
  result jsonb NOT NULL,
  computed_at timestamptz NOT NULL,
  computed_by text NOT NULL
);
CREATE INDEX assessments_situation ON assessments (situation_id, clearance, as_of DESC, computed_at DESC);

CREATE TABLE assessment_overrides (
  id uuid PRIMARY KEY,
  situation_id uuid NOT NULL REFERENCES situations (id) ON DELETE CASCADE,
  target text NOT NULL CHECK (target ~ '^(level|stage:(10|[1-9]))$'),
  value text NOT NULL,
  reason text NOT NULL CHECK (length(reason) >= 10),
  actor text NOT NULL,
  at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_by text,
  revoke_reason text
);
CREATE INDEX assessment_overrides_situation ON assessment_overrides (situation_id, at);

-- Evidence tallies of one situation at a reference date, for one clearance: the masses decay exactly
-- from there (one half-life per indicator), so a recomputation at a later date needs no evidence read.
CREATE TABLE assessment_tally_cache (
  situation_id uuid NOT NULL REFERENCES situations (id) ON DELETE CASCADE,
  clearance text NOT NULL,
  ref_date date NOT NULL,
  -- The first date at which evidence already recorded but dated later becomes countable.
  valid_until date NOT NULL,
  tallies jsonb NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (situation_id, clearance)
);

-- Situations whose evidence changed since their tallies were cached. The nil UUID means "all".
CREATE TABLE assessment_dirty (
  situation_id uuid PRIMARY KEY,
  marked_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Statement-level triggers: cheap for bulk loads (a statement of more than 5,000 rows marks everything
-- dirty instead of looking at each row).
CREATE FUNCTION assessment_mark(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO assessment_dirty (situation_id)
  SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL
  ON CONFLICT (situation_id) DO UPDATE SET marked_at = clock_timestamp();
$$;

CREATE FUNCTION assessment_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM new_rows LIMIT 5001) n) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
    ELSE
      PERFORM assessment_mark(ARRAY(SELECT unnest(situation_ids) FROM new_rows));
    END IF;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM old_rows LIMIT 5001) o) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
    ELSE
      PERFORM assessment_mark(ARRAY(SELECT unnest(situation_ids) FROM old_rows));
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION assessment_mark_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM new_rows LIMIT 5001) n) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
    ELSE
      PERFORM assessment_mark(ARRAY(
        SELECT situation_id FROM new_rows
        UNION SELECT unnest(e.situation_ids) FROM new_rows c JOIN events e ON e.id = c.event_id));
    END IF;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM old_rows LIMIT 5001) o) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
    ELSE
      PERFORM assessment_mark(ARRAY(
        SELECT situation_id FROM old_rows
        UNION SELECT unnest(e.situation_ids) FROM old_rows c JOIN events e ON e.id = c.event_id));
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

-- A source regraded (or its sensitivity changed) moves every situation it speaks to: mark all.
CREATE FUNCTION assessment_mark_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER assessment_events_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assessment_mark_events();
CREATE TRIGGER assessment_events_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assessment_mark_events();
CREATE TRIGGER assessment_events_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION assessment_mark_events();
CREATE TRIGGER assessment_claims_insert AFTER INSERT ON claims
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assessment_mark_claims();
CREATE TRIGGER assessment_claims_update AFTER UPDATE ON claims
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assessment_mark_claims();
CREATE TRIGGER assessment_claims_delete AFTER DELETE ON claims
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION assessment_mark_claims();
CREATE TRIGGER assessment_sources_update AFTER UPDATE OR DELETE ON sources
  FOR EACH STATEMENT EXECUTE FUNCTION assessment_mark_all();
