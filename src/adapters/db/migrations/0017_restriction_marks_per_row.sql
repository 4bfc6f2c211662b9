-- A restriction marks every situation's tallies as changed (0013), but its trigger was per statement, so an
-- INSERT ... ON CONFLICT DO NOTHING that restricted nothing (a grant on a record already restricted) still
-- threw every cached tally and level history away. Per row, only a restriction actually added or lifted does.
DROP TRIGGER record_restrictions_changed ON record_restrictions;
CREATE TRIGGER record_restrictions_changed AFTER INSERT OR DELETE ON record_restrictions
  FOR EACH ROW EXECUTE FUNCTION record_restrictions_mark();
