import { type Kysely, sql } from "kysely";
import type { RecordAccess } from "../../../domain/access/record-access.ts";
import { EVENT_COLUMNS } from "../mappers/event.mapper.ts";
import { accessCondition } from "./access-condition.ts";

/** The flag `eventSelection` adds: the row links at least one restricted situation. */
const RESTRICTED_LINK = "situation_ids_restricted";

/**
 * What `eventFromRow` reads of the events table aliased `table`, for a caller of `access`, plus (unless
 * access is `every`) whether the event links a restricted situation. Events are not guarded by their
 * situations, but the id of a situation hidden from the caller is not theirs to see: rows so flagged go
 * through `hideUnreadableSituations` after the read. Why not cut the ids in the statement itself: the
 * caller's grants in that expression made PostgreSQL re-plan the prepared read on every run (its generic
 * plan looked dearer than a custom one), +0.85 ms of server CPU per read with a token (load bench,
 * 875 -> 577 req/s); the flag needs no parameter, and links to restricted situations are rare.
 * Writes never start from this list: an update reads the event with access `every` (evidence.service.ts).
 */
export function eventSelection(access: RecordAccess, table: string) {
  const columns = EVENT_COLUMNS.map((c) => `${table}.${c}`);
  if (access === "every") return columns;
  // Per linked id, one probe of record_restrictions' primary key (`record_id = ANY (ids)` was planned as a scan
  // of the whole table for every row read).
  const flag = sql<boolean>`EXISTS (SELECT 1 FROM unnest(${sql.ref(`${table}.situation_ids`)}) AS linked(id)
    WHERE EXISTS (SELECT 1 FROM record_restrictions rr WHERE rr.record_id = linked.id))`.as(RESTRICTED_LINK);
  return [...columns, flag];
}

/**
 * Cuts the `situation_ids` of rows read with `eventSelection` to the situations `access` may read (the
 * policy's rule, accessCondition), in their stored order: one statement, only when a row links a
 * restricted situation.
 */
export async function hideUnreadableSituations(
  // biome-ignore lint/suspicious/noExplicitAny: plain SQL over the pool or a transaction.
  db: Kysely<any>,
  rows: Record<string, unknown>[],
  access: RecordAccess,
): Promise<void> {
  if (access === "every") return;
  const flagged = rows.filter((r) => r[RESTRICTED_LINK] === true);
  if (flagged.length === 0) return;
  const ids = [...new Set(flagged.flatMap((r) => r.situation_ids as string[]))];
  const unreadable = await sql<{ id: string }>`SELECT x.id FROM unnest(${ids}::uuid[]) AS x(id)
    WHERE NOT ${accessCondition(access, "x.id")}`.execute(db);
  const hidden = new Set(unreadable.rows.map((r) => r.id));
  for (const row of flagged)
    row.situation_ids = (row.situation_ids as string[]).filter((id) => !hidden.has(id));
}
