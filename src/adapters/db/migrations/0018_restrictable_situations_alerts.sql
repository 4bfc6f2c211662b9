-- Situations and alerts may be restricted like events, claims, sources and documents (issue 8): a situation
-- without a grant is absent for a caller without one (404, left out of lists and the overview), and its
-- alerts follow it; an alert may be restricted on its own too. The rule is src/domain/auth/policy.ts's.
ALTER TABLE record_restrictions DROP CONSTRAINT record_restrictions_record_kind_check;
ALTER TABLE record_restrictions ADD CONSTRAINT record_restrictions_record_kind_check
  CHECK (record_kind IN ('event', 'claim', 'source', 'document', 'situation', 'alert'));
