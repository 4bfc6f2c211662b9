import { type Kysely, sql } from "kysely";
import type { LevelAt, LevelHistoryKey, MarkVersions } from "../../../ports/assessment-store.ts";
import { json } from "../mappers/common.ts";

// biome-ignore lint/suspicious/noExplicitAny: the assessment tables are outside the shared DB type.
type AnyDb = Kysely<any>;
const ALL = "00000000-0000-0000-0000-000000000000";

/** The current versions of a situation's change mark and of the mark of all situations (0 when none). */
export async function markVersions(db: AnyDb, situationId: string): Promise<MarkVersions> {
  const r = await sql<{ own: string; all_v: string }>`SELECT
      coalesce((SELECT version FROM assessment_dirty WHERE situation_id = ${situationId}::uuid), 0)::text AS own,
      coalesce((SELECT version FROM assessment_dirty WHERE situation_id = ${ALL}::uuid), 0)::text AS all_v`.execute(
    db,
  );
  return { own: Number(r.rows[0]?.own ?? 0), all: Number(r.rows[0]?.all_v ?? 0) };
}

/**
 * Whether a stored level (alias h) is valid for evidence at versions `v`: computed at exactly them, or at
 * earlier ones when every change since (the situation's own marks and the marks of all situations, each
 * version with the date from which it can move levels: migration 0016) is dated after the level's date. A
 * change without a date, or a version missing from the log (marked before 0016), invalidates every date.
 */
function validAt(v: MarkVersions) {
  return sql`((h.own_version = ${v.own} AND h.all_version = ${v.all})
    OR (h.own_version <= ${v.own} AND h.all_version <= ${v.all} AND h.as_of < (
      SELECT CASE WHEN count(*) = (${v.own} - h.own_version) + (${v.all} - h.all_version)
                   AND bool_and(d.since IS NOT NULL) THEN min(d.since) END
      FROM assessment_change_dates d
      WHERE (d.situation_id = h.situation_id AND d.version > h.own_version AND d.version <= ${v.own})
         OR (d.situation_id = ${ALL}::uuid AND d.version > h.all_version AND d.version <= ${v.all}))))`;
}

/**
 * Stored levels (migration 0011) at these dates that are valid for evidence at these versions: computed at
 * them, or before a change that cannot reach their date (see validAt).
 */
export async function storedLevels(
  db: AnyDb,
  k: LevelHistoryKey,
  dates: readonly string[],
  v: MarkVersions,
): Promise<LevelAt[]> {
  if (dates.length === 0) return [];
  const r = await sql<
    Record<string, unknown>
  >`SELECT as_of, level, stages, fired FROM assessment_level_history h
    WHERE situation_id = ${k.situationId}::uuid AND clearance = ${k.clearance} AND knowledge = ${k.knowledge}
      AND rules_sha256 = ${k.rulesSha256} AND as_of = ANY (${[...dates]}::date[])
      AND ${validAt(v)}
    ORDER BY as_of`.execute(db);
  return r.rows.map((x) => ({
    asOf: x.as_of as string,
    level: x.level as LevelAt["level"],
    stages: json<LevelAt["stages"]>(x.stages),
    fired: json<string[]>(x.fired),
  }));
}

/**
 * Stores levels computed from evidence at `v`, in one transaction: first carries the key's levels still valid
 * at `v` (computed before changes dated after them) over to `v`, drops those computed at other versions
 * (stale) and the last days of earlier replays that are not month ends (each replay ends at its own last
 * day), then writes these.
 */
export async function saveLevels(
  db: AnyDb,
  k: LevelHistoryKey,
  v: MarkVersions,
  levels: readonly LevelAt[],
): Promise<void> {
  const dates = levels.map((l) => l.asOf);
  await db.transaction().execute(async (tx) => {
    await sql`UPDATE assessment_level_history h SET own_version = ${v.own}, all_version = ${v.all}
      WHERE situation_id = ${k.situationId}::uuid AND clearance = ${k.clearance} AND knowledge = ${k.knowledge}
        AND rules_sha256 = ${k.rulesSha256} AND NOT (own_version = ${v.own} AND all_version = ${v.all})
        AND ${validAt(v)}`.execute(tx);
    await sql`DELETE FROM assessment_level_history
      WHERE situation_id = ${k.situationId}::uuid AND clearance = ${k.clearance} AND knowledge = ${k.knowledge}
        AND (own_version <> ${v.own} OR all_version <> ${v.all} OR rules_sha256 <> ${k.rulesSha256}
          OR (as_of <> (date_trunc('month', as_of) + interval '1 month' - interval '1 day')::date
            AND NOT as_of = ANY (${dates}::date[])))`.execute(tx);
    for (let i = 0; i < levels.length; i += 500) {
      await tx
        .insertInto("assessment_level_history")
        .values(
          levels.slice(i, i + 500).map((l) => ({
            situation_id: k.situationId,
            clearance: k.clearance,
            knowledge: k.knowledge,
            rules_sha256: k.rulesSha256,
            as_of: l.asOf,
            level: l.level,
            stages: JSON.stringify(l.stages),
            fired: JSON.stringify(l.fired),
            own_version: v.own,
            all_version: v.all,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(["situation_id", "clearance", "knowledge", "rules_sha256", "as_of"])
            .doUpdateSet((eb) => ({
              level: eb.ref("excluded.level"),
              stages: eb.ref("excluded.stages"),
              fired: eb.ref("excluded.fired"),
              own_version: eb.ref("excluded.own_version"),
              all_version: eb.ref("excluded.all_version"),
            })),
        )
        .execute();
    }
    await pruneChangeDates(tx, k.rulesSha256);
  });
}

/**
 * Drops the change dates (migration 0016) no stored level needs any more: a level computed at versions
 * (own, all) reads only the dates of later versions (validAt), so a situation's dates up to the lowest
 * version its stored levels were computed at are spent, and so are the dates of the mark of all situations
 * up to the lowest such version of any level. Levels under another rule file do not hold dates back (they
 * are stale here). Pruning never makes a level wrongly valid: a missing version makes validAt refuse it, and
 * the replay computes that level again.
 */
async function pruneChangeDates(db: AnyDb, rulesSha256: string): Promise<void> {
  const NONE = "9223372036854775807";
  await sql`DELETE FROM assessment_change_dates d
    WHERE d.situation_id <> ${ALL}::uuid AND d.version <= coalesce((SELECT min(h.own_version)
      FROM assessment_level_history h WHERE h.situation_id = d.situation_id AND h.rules_sha256 = ${rulesSha256}),
      ${NONE}::bigint)`.execute(db);
  await sql`DELETE FROM assessment_change_dates d
    WHERE d.situation_id = ${ALL}::uuid AND d.version <= coalesce((SELECT min(h.all_version)
      FROM assessment_level_history h WHERE h.rules_sha256 = ${rulesSha256}), ${NONE}::bigint)`.execute(db);
}
