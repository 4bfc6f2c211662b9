-- Per-record access (issue 8): groups of users (teams), and records restricted to named users and groups.
-- An event, claim, source or document without a row in record_restrictions behaves as before (role and
-- clearance decide). A restricted record is seen only by callers holding a read or write grant on it,
-- directly or through a group; written only with a write grant. The rule is src/domain/auth/policy.ts's;
-- the SQL form of it for lists is src/adapters/db/access/access-condition.ts. Every change is in the
-- custody log (src/app/access/access.service.ts).

CREATE TABLE user_groups (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  created_at timestamptz NOT NULL
);

CREATE TABLE user_group_members (
  group_id uuid NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX user_group_members_user ON user_group_members (user_id);

-- A record is restricted while its row exists, whatever its grants: revoking the last grant leaves it seen
-- by nobody (over the API) rather than by everyone; lifting a restriction is its own, logged, act.
CREATE TABLE record_restrictions (
  record_id uuid PRIMARY KEY,
  record_kind text NOT NULL CHECK (record_kind IN ('event', 'claim', 'source', 'document')),
  restricted_by text NOT NULL,
  restricted_at timestamptz NOT NULL
);

CREATE TABLE record_grants (
  record_id uuid NOT NULL REFERENCES record_restrictions (record_id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  group_id uuid REFERENCES user_groups (id) ON DELETE CASCADE,
  -- write includes read.
  access text NOT NULL CHECK (access IN ('read', 'write')),
  granted_by text NOT NULL,
  granted_at timestamptz NOT NULL,
  CHECK ((user_id IS NULL) <> (group_id IS NULL))
);
CREATE UNIQUE INDEX record_grants_user ON record_grants (record_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX record_grants_group ON record_grants (record_id, group_id) WHERE group_id IS NOT NULL;
CREATE INDEX record_grants_by_user ON record_grants (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX record_grants_by_group ON record_grants (group_id) WHERE group_id IS NOT NULL;

-- Restricted records count in no shared tally (assessments, the map, alerts): restricting or lifting a
-- restriction marks every situation's cached tallies as changed (restrictions are rare).
CREATE FUNCTION record_restrictions_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM assessment_mark(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
  RETURN NULL;
END;
$$;
CREATE TRIGGER record_restrictions_changed AFTER INSERT OR DELETE ON record_restrictions
  FOR EACH STATEMENT EXECUTE FUNCTION record_restrictions_mark();
