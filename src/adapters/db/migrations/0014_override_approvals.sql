-- Two people for a change of level (issue 8). An override of a situation's level or of a stage is now a
-- proposal: `pending` until a reviewer other than its author approves it (`approved`, in force from
-- decided_at) or someone rejects it with a reason (`rejected`). The engine, the level history, the map and
-- the alerts read approved overrides only (src/domain/stages/override.ts). Overrides made before this
-- migration took effect alone: they stay in force, as `approved` with no second name (decided_by NULL).
ALTER TABLE assessment_overrides
  ADD COLUMN status text NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved', 'rejected'));
ALTER TABLE assessment_overrides ALTER COLUMN status SET DEFAULT 'pending';
ALTER TABLE assessment_overrides ADD COLUMN decided_at timestamptz;
ALTER TABLE assessment_overrides ADD COLUMN decided_by text;
ALTER TABLE assessment_overrides ADD COLUMN decision_reason text;
UPDATE assessment_overrides SET decided_at = at;
ALTER TABLE assessment_overrides ADD CONSTRAINT assessment_overrides_decided
  CHECK ((status = 'pending') = (decided_at IS NULL));
CREATE INDEX assessment_overrides_pending ON assessment_overrides (situation_id) WHERE status = 'pending';

-- TOTP replay (issue 8): the time step (unix seconds / 30) of the last code accepted for the account. A code
-- is accepted only for a later step, so a code seen once (over a shoulder, in a proxy's log) cannot log in
-- again within its window.
ALTER TABLE users ADD COLUMN totp_last_step bigint;
