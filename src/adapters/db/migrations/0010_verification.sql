-- The verification workflow (issue 8): where the checking of an event or a claim stands, who is on it, who
-- holds its soft edit lock until when, and the comments on it. A record without a row here is unverified,
-- with nobody assigned. Every change is also in the custody log (target: the event or claim).

CREATE TABLE verifications (
  target_type text NOT NULL CHECK (target_type IN ('event', 'claim')),
  target_id uuid NOT NULL,
  -- The same id again, in the column of its kind, so that deleting the record deletes its workflow.
  event_id uuid REFERENCES events (id) ON DELETE CASCADE,
  claim_id uuid REFERENCES claims (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'unverified' CHECK (status IN
    ('unverified', 'in-progress', 'needs-help', 'ready-for-review', 'verified', 'rejected')),
  assignee text,
  -- Counts changes of status and assignee (the ETag); lock changes do not count.
  version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  reason text,
  review_requested_by text,
  updated_at timestamptz,
  updated_by text,
  lock_holder text,
  lock_taken_at timestamptz,
  lock_expires_at timestamptz,
  PRIMARY KEY (target_type, target_id),
  CHECK ((target_type = 'event' AND event_id = target_id AND claim_id IS NULL)
      OR (target_type = 'claim' AND claim_id = target_id AND event_id IS NULL)),
  CHECK ((lock_holder IS NULL) = (lock_expires_at IS NULL) AND (lock_holder IS NULL) = (lock_taken_at IS NULL)),
  CHECK (status <> 'rejected' OR length(reason) > 0)
);
CREATE UNIQUE INDEX verifications_event ON verifications (event_id) WHERE event_id IS NOT NULL;
CREATE UNIQUE INDEX verifications_claim ON verifications (claim_id) WHERE claim_id IS NOT NULL;
-- The listing filters (?verification=needs-help&assignee=me).
CREATE INDEX verifications_queue ON verifications (target_type, status, assignee);

CREATE TABLE verification_comments (
  id uuid PRIMARY KEY,
  target_type text NOT NULL CHECK (target_type IN ('event', 'claim')),
  target_id uuid NOT NULL,
  event_id uuid REFERENCES events (id) ON DELETE CASCADE,
  claim_id uuid REFERENCES claims (id) ON DELETE CASCADE,
  author text NOT NULL,
  created_at timestamptz NOT NULL,
  body text NOT NULL CHECK (length(body) > 0),
  CHECK ((target_type = 'event' AND event_id = target_id AND claim_id IS NULL)
      OR (target_type = 'claim' AND claim_id = target_id AND event_id IS NULL))
);
CREATE INDEX verification_comments_target ON verification_comments (target_type, target_id, created_at, id);

-- A comment is never edited (its hash is in the custody log); it goes only with its record.
CREATE FUNCTION verification_comment_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'verification comments cannot be changed';
END;
$$;
CREATE TRIGGER verification_comments_final BEFORE UPDATE ON verification_comments
  FOR EACH ROW EXECUTE FUNCTION verification_comment_is_final();
