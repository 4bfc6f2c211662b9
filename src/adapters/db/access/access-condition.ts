import { type RawBuilder, sql } from "kysely";
import type { GrantAccess, RecordAccess } from "../../../domain/access/record-access.ts";
import { GUARDED_BY } from "../../../domain/auth/policy.ts";

/**
 * The policy's per-record rule (mayAccessRecord in src/domain/auth/policy.ts) as a SQL condition on a set of
 * records, for lists, searches and tallies: a record is readable when it is not restricted, or when the
 * user holds a grant on it (read or write), directly or through a group. `idColumn` names the record's id
 * column in the query (e.g. "id", "events.id"). Access `every` adds no condition. With `need` write, only a
 * write grant opens a restricted record.
 */
export function accessCondition(
  access: RecordAccess,
  idColumn: string,
  need: GrantAccess = "read",
): RawBuilder<boolean> {
  const id = sql.ref(idColumn);
  const kinds = need === "write" ? ["write"] : ["read", "write"];
  if (access === "every") return sql<boolean>`true`;
  if (access.userId === null)
    return sql<boolean>`NOT EXISTS (SELECT 1 FROM record_restrictions rr WHERE rr.record_id = ${id})`;
  return sql<boolean>`(NOT EXISTS (SELECT 1 FROM record_restrictions rr WHERE rr.record_id = ${id})
    OR EXISTS (SELECT 1 FROM record_grants rg WHERE rg.record_id = ${id} AND rg.access = ANY (${kinds}::text[])
      AND (rg.user_id = ${access.userId}::uuid OR rg.group_id IN
        (SELECT m.group_id FROM user_group_members m WHERE m.user_id = ${access.userId}::uuid))))`;
}

/** Restricted records count in no shared tally (assessments, the map, alerts): whoever asks. */
export function unrestricted(idColumn: string): RawBuilder<boolean> {
  return accessCondition({ userId: null }, idColumn);
}

/**
 * `accessCondition` for a record of `kind` and the records that guard it (GUARDED_BY in the policy: a
 * claim's event and situation, an alert's situation), read from the columns `<parent>_id` of the row
 * (`alias`.id, `alias`.event_id ...; unqualified without an alias). A parent column that is null guards
 * nothing. Parents are needed for read; `need` applies to the record itself.
 */
export function readableCondition(
  kind: string,
  access: RecordAccess,
  alias: string | null = null,
  need: GrantAccess = "read",
): RawBuilder<boolean> {
  if (access === "every") return sql<boolean>`true`;
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  const parts = [
    accessCondition(access, column("id"), need),
    ...(GUARDED_BY[kind] ?? []).map((parent) => accessCondition(access, column(`${parent}_id`))),
  ];
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}
