-- Assessment and situation-page performance (issue 7): the events of a situation newest first by an index,
-- change marks that are versions (so a cache knows what it read, whenever the writer commits), and a stored
-- month-by-month level history.

-- One row per (situation, event): the situation page lists a situation's newest events by walking this
-- index and fetching only the rows it returns (the GIN index on events.situation_ids finds all of them, and
-- the date index walks the whole table's newest events). Kept by statement triggers, so bulk loads by COPY
-- pay one INSERT ... SELECT per statement.
CREATE TABLE event_situations (
  situation_id uuid NOT NULL,
  event_date date NOT NULL,
  event_id uuid NOT NULL,
  PRIMARY KEY (situation_id, event_date, event_id)
);

INSERT INTO event_situations (situation_id, event_date, event_id)
SELECT DISTINCT s, e.date_start, e.id FROM events e, unnest(e.situation_ids) s;

CREATE FUNCTION event_situations_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_situations (situation_id, event_date, event_id)
  SELECT DISTINCT s, n.date_start, n.id FROM new_rows n, unnest(n.situation_ids) s
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE FUNCTION event_situations_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_situations es
  USING old_rows o JOIN new_rows n ON n.id = o.id, unnest(o.situation_ids) s
  WHERE (o.situation_ids IS DISTINCT FROM n.situation_ids OR o.date_start IS DISTINCT FROM n.date_start)
    AND es.situation_id = s AND es.event_date = o.date_start AND es.event_id = o.id;
  INSERT INTO event_situations (situation_id, event_date, event_id)
  SELECT DISTINCT s, n.date_start, n.id
  FROM old_rows o JOIN new_rows n ON n.id = o.id, unnest(n.situation_ids) s
  WHERE o.situation_ids IS DISTINCT FROM n.situation_ids OR o.date_start IS DISTINCT FROM n.date_start
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE FUNCTION event_situations_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_situations es USING old_rows o, unnest(o.situation_ids) s
  WHERE es.situation_id = s AND es.event_date = o.date_start AND es.event_id = o.id;
  RETURN NULL;
END;
$$;

CREATE FUNCTION event_situations_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE event_situations;
  RETURN NULL;
END;
$$;

CREATE TRIGGER event_situations_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_situations_insert();
CREATE TRIGGER event_situations_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_situations_update();
CREATE TRIGGER event_situations_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_situations_delete();
CREATE TRIGGER event_situations_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION event_situations_truncate();

-- Change marks as versions. A mark is written inside the writer's transaction, before it commits; a reader
-- that compared times (mark before read: the cache is valid) could read the evidence between the mark and
-- the commit, miss the write, and keep a stale cache as valid. A version is compared for equality instead:
-- the reader notes the versions before it reads (it sees a version only once its write is committed), and
-- its cache is valid while the versions are unchanged.
ALTER TABLE assessment_dirty ADD COLUMN version bigint NOT NULL DEFAULT 1;

CREATE OR REPLACE FUNCTION assessment_mark(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO assessment_dirty (situation_id)
  SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL
  ON CONFLICT (situation_id) DO UPDATE
    SET marked_at = clock_timestamp(), version = assessment_dirty.version + 1;
$$;

-- The versions (the situation's own mark, and the mark of all situations; 0 when none) the evidence of a
-- cache row was read at. Rows without them (cached before this migration) are never valid.
ALTER TABLE assessment_tally_cache ADD COLUMN own_version bigint, ADD COLUMN all_version bigint;

-- A situation's computed level at month ends (and at the last day asked for), as the replay computes it,
-- per clearance, knowledge and rule file, with the change versions of the evidence it was computed from:
-- the level history is read from here while nothing changed, not recomputed month by month.
CREATE TABLE assessment_level_history (
  situation_id uuid NOT NULL REFERENCES situations (id) ON DELETE CASCADE,
  clearance text NOT NULL CHECK (clearance IN ('public', 'internal', 'confidential')),
  knowledge text NOT NULL CHECK (knowledge IN ('recorded', 'dated')),
  rules_sha256 char(64) NOT NULL,
  as_of date NOT NULL,
  level text NOT NULL CHECK (level IN ('none', 'watch', 'warning', 'emergency')),
  stages jsonb NOT NULL,
  fired jsonb NOT NULL,
  own_version bigint NOT NULL,
  all_version bigint NOT NULL,
  PRIMARY KEY (situation_id, clearance, knowledge, rules_sha256, as_of)
);
