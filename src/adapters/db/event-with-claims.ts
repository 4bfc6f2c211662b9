import { type Kysely, sql } from "kysely";
import type { RecordAccess } from "../../domain/access/record-access.ts";
import type { Claim, Event } from "../../domain/evidence/entities.ts";
import { redact } from "../../domain/evidence/redact.ts";
import type { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { readableCondition } from "./access/access-condition.ts";
import { eventSelection, hideUnreadableSituations } from "./access/event-columns.ts";
import { claimFromJson } from "./mappers/claim.mapper.ts";
import { eventFromRow } from "./mappers/event.mapper.ts";
import { preparedSql } from "./prepared.ts";

/**
 * An event and the claims about it that `access` may read, in ONE statement (issue 8 load: it was three
 * round trips, the event, its claims, then the restrictions of those claims). The same rules as the
 * separate reads: the event by `readableCondition("event")`, as `get` does; each claim by
 * `readableCondition("claim")` (its own restriction, its event's and its situation's: GUARDED_BY in the
 * policy), as the list of claims does. The claims come as one JSON array, oldest first; their timestamps
 * as PostgreSQL's text, which the mapper reads as the row reader does. Both are redacted to `clearance`
 * (an event above it is absent, as from `get`). Prepared on PostgreSQL.
 */
export async function readEventWithClaims(
  // biome-ignore lint/suspicious/noExplicitAny: plain SQL over the pool or a transaction.
  db: Kysely<any>,
  id: string,
  clearance: Sensitivity,
  access: RecordAccess,
): Promise<{ event: Event; claims: Claim[] } | null> {
  // Its situation ids cut to those `access` may read (eventSelection, hideUnreadableSituations), as `get` does.
  const columns = sql.join(eventSelection(access, "e").map((c) => (typeof c === "string" ? sql.ref(c) : c)));
  const query = sql<Record<string, unknown>>`SELECT ${columns},
      (SELECT coalesce(json_agg(to_jsonb(c) || jsonb_build_object('created_at', c.created_at::text,
          'updated_at', c.updated_at::text) ORDER BY c.created_at, c.id), '[]')
        FROM claims c WHERE c.event_id = e.id AND ${readableCondition("claim", access, "c")}) AS claims_json
    FROM events e WHERE e.id = ${id}::uuid AND ${readableCondition("event", access, "e")}`;
  const row = (await preparedSql(db, query)).rows[0];
  if (!row) return null;
  await hideUnreadableSituations(db, [row], access);
  const event = redact("event", eventFromRow(row), clearance);
  if (!event) return null;
  const claims = (row.claims_json as Record<string, unknown>[])
    .map((c) => redact("claim", claimFromJson(c), clearance))
    .filter((c): c is Claim => c !== null);
  return { event, claims };
}
