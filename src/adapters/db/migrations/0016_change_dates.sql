-- Web performance (issue 7): each change mark's version also says from which date the change can move a
-- situation's levels, so that the stored level history (0011) stays valid before that date and a replay after
-- a change computes only the months from it, instead of every month again.
--
-- A level at date D is computed from the evidence dated up to D only (an event counts from the end of its
-- date's precision period, never before date_start; a claim from its statement date, or through its event),
-- so a write that touches evidence dated d or later cannot move any level before d. `since` is that d: the
-- earliest date_start of the events written (old and new rows), or the earliest statement date, recording
-- date and event date of the claims written; NULL when unknown (a source regraded, a restriction): every date.

CREATE TABLE assessment_change_dates (
  situation_id uuid NOT NULL,
  version bigint NOT NULL,
  since date,
  PRIMARY KEY (situation_id, version)
);

CREATE FUNCTION assessment_mark(ids uuid[], since date) RETURNS void LANGUAGE sql AS $$
  WITH marked AS (
    INSERT INTO assessment_dirty (situation_id)
    SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL
    ON CONFLICT (situation_id) DO UPDATE
      SET marked_at = clock_timestamp(), version = assessment_dirty.version + 1
    RETURNING situation_id, version
  )
  INSERT INTO assessment_change_dates (situation_id, version, since)
  SELECT situation_id, version, since FROM marked
  ON CONFLICT (situation_id, version) DO UPDATE SET since = NULL;
$$;

-- Callers that do not know the dates (sources, restrictions): every date.
CREATE OR REPLACE FUNCTION assessment_mark(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT assessment_mark(ids, NULL::date);
$$;

CREATE OR REPLACE FUNCTION assessment_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  since date;
BEGIN
  IF TG_OP <> 'DELETE' THEN
    since := (SELECT min(date_start) FROM new_rows);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    since := least(since, (SELECT min(date_start) FROM old_rows));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM new_rows LIMIT 5001) n) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid], since);
    ELSE
      PERFORM assessment_mark(ARRAY(SELECT unnest(situation_ids) FROM new_rows), since);
    END IF;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM old_rows LIMIT 5001) o) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid], since);
    ELSE
      PERFORM assessment_mark(ARRAY(SELECT unnest(situation_ids) FROM old_rows), since);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION assessment_mark_claims() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  since date;
BEGIN
  IF TG_OP <> 'DELETE' THEN
    since := (SELECT least(min(c.stated_at), min((c.created_at AT TIME ZONE 'UTC')::date), min(e.date_start))
              FROM new_rows c LEFT JOIN events e ON e.id = c.event_id);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    since := least(since, (SELECT least(min(c.stated_at), min((c.created_at AT TIME ZONE 'UTC')::date), min(e.date_start))
                           FROM old_rows c LEFT JOIN events e ON e.id = c.event_id));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM new_rows LIMIT 5001) n) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid], since);
    ELSE
      PERFORM assessment_mark(ARRAY(
        SELECT situation_id FROM new_rows
        UNION SELECT unnest(e.situation_ids) FROM new_rows c JOIN events e ON e.id = c.event_id), since);
    END IF;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    IF (SELECT count(*) FROM (SELECT 1 FROM old_rows LIMIT 5001) o) > 5000 THEN
      PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid], since);
    ELSE
      PERFORM assessment_mark(ARRAY(
        SELECT situation_id FROM old_rows
        UNION SELECT unnest(e.situation_ids) FROM old_rows c JOIN events e ON e.id = c.event_id), since);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
