-- The chain of custody: append-only and hash-chained. Each entry's hash covers the previous entry's hash
-- and the entry's own fields (see src/domain/custody). It never expires.
CREATE TABLE custody_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  reason text,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash char(64) NOT NULL,
  hash char(64) NOT NULL UNIQUE
);
CREATE INDEX custody_log_target ON custody_log (target_type, target_id);

-- Refuse updates and deletes from the application. (A superuser can still disable this: that is what
-- `tocsin verify` is for.)
CREATE FUNCTION custody_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'custody_log is append-only';
END;
$$;
CREATE TRIGGER custody_log_append_only BEFORE UPDATE OR DELETE ON custody_log
  FOR EACH ROW EXECUTE FUNCTION custody_log_is_append_only();
CREATE TRIGGER custody_log_no_truncate BEFORE TRUNCATE ON custody_log
  FOR EACH STATEMENT EXECUTE FUNCTION custody_log_is_append_only();
