import { type RawBuilder, sql } from "kysely";
import type { VerificationFilter } from "../../../ports/evidence-store.ts";

/**
 * The listing filter on the verification workflow (`?verification=needs-help&assignee=me`) as a condition on
 * the events or claims table. A record without a workflow row is unverified and assigned to nobody.
 */
export function verificationCondition(
  kind: "event" | "claim",
  filter: VerificationFilter,
): RawBuilder<boolean> {
  const key = kind === "event" ? sql.ref("v.event_id") : sql.ref("v.claim_id");
  const table = kind === "event" ? sql.ref("events.id") : sql.ref("claims.id");
  const { status, assignee } = filter;
  if (assignee === undefined && status === "unverified") {
    return sql<boolean>`NOT EXISTS (SELECT 1 FROM verifications v WHERE ${key} = ${table} AND v.status <> 'unverified')`;
  }
  const byStatus = status === undefined ? sql`TRUE` : sql`v.status = ${status}`;
  const byAssignee = assignee === undefined ? sql`TRUE` : sql`v.assignee = ${assignee}`;
  return sql<boolean>`EXISTS (SELECT 1 FROM verifications v WHERE ${key} = ${table} AND ${byStatus} AND ${byAssignee})`;
}
