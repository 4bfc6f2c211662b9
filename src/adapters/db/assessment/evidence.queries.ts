import { type Kysely, sql } from "kysely";
import type { Reliability } from "../../../domain/evidence/grades.ts";
import { visibleLevels } from "../../../domain/evidence/sensitivity.ts";
import type { EvidenceQuery, RawClaim, RawEvent, RawEvidence } from "../../../ports/assessment-store.ts";
import { unrestricted } from "../access/access-condition.ts";
import { json } from "../mappers/common.ts";

// biome-ignore lint/suspicious/noExplicitAny: the assessment tables are outside the shared DB type.
type AnyDb = Kysely<any>;
const ALL = "00000000-0000-0000-0000-000000000000";

/**
 * One situation's evidence in two indexed queries: its events (by the GIN index on situation_ids) with the
 * claims about each (by the index on claims.event_id) and their sources' grades; then the claims that name
 * an indicator, about the situation or one of its events. Only what the clearance may see, and no restricted
 * record (migration 0013): they count in no shared tally, whoever asks.
 */
export async function loadEvidence(db: AnyDb, situationId: string, q: EvidenceQuery): Promise<RawEvidence> {
  const levels = visibleLevels(q.clearance);
  const before = q.recordedBefore;
  // The change marks' versions first: a write committed after this reading may or may not be in the
  // evidence read below, and its new version makes the cache built from it invalid either way.
  const readAt = await sql<{ t: string; own: string; all_v: string }>`SELECT clock_timestamp() AS t,
      coalesce((SELECT version FROM assessment_dirty WHERE situation_id = ${situationId}::uuid), 0)::text AS own,
      coalesce((SELECT version FROM assessment_dirty WHERE situation_id = ${ALL}::uuid), 0)::text AS all_v`.execute(
    db,
  );
  const events = await sql<Record<string, unknown>>`
    SELECT e.id, e.date_start, e.date_precision, e.act_types, e.contested, e.created_at,
      e.fatalities_low, e.fatalities_best, e.fatalities_high,
      (SELECT coalesce(json_agg(json_build_array(c.id, c.source_id, s.reliability, c.credibility, c.stated_at,
                 c.created_at, c.indicator, c.assertion -> 'fatalities') ORDER BY c.id), '[]')
         FROM claims c JOIN sources s ON s.id = c.source_id
        WHERE c.event_id = e.id AND c.sensitivity = ANY (${levels}::text[]) AND s.sensitivity = ANY (${levels}::text[])
          AND ${openClaim(situationId)} AND ${unrestricted("s.id")}
          AND (${before}::timestamptz IS NULL OR c.created_at < ${before}::timestamptz)) AS claims
    FROM events e
    WHERE e.situation_ids @> ARRAY[${situationId}]::uuid[]
      AND e.sensitivity = ANY (${levels}::text[]) AND ${unrestricted("e.id")}
      AND e.date_start <= ${q.maxDate}::date
      AND (${before}::timestamptz IS NULL OR e.created_at < ${before}::timestamptz)
    ORDER BY e.id`.execute(db);
  // Claims naming an indicator about one of these events came with their event; the others are found by
  // the index on claims.situation_id.
  const claims = await sql<Record<string, unknown>>`
    SELECT c.id, c.source_id, s.reliability, c.credibility, c.stated_at, c.created_at, c.indicator, c.event_id,
      c.assertion -> 'fatalities' AS fatalities
    FROM claims c JOIN sources s ON s.id = c.source_id
    WHERE c.situation_id = ${situationId}::uuid AND c.indicator IS NOT NULL
      AND c.sensitivity = ANY (${levels}::text[]) AND s.sensitivity = ANY (${levels}::text[])
      AND ${openClaim(situationId)} AND ${unrestricted("s.id")}
      AND (${before}::timestamptz IS NULL OR c.created_at < ${before}::timestamptz)
    ORDER BY c.id`.execute(db);
  const rawEvents = events.rows.map(eventRow);
  const seen = new Set<string>();
  const indicatorClaims: RawClaim[] = [];
  for (const c of [...rawEvents.flatMap((e) => e.claims), ...claims.rows.map(claimRow)]) {
    if (c.indicator === null || seen.has(c.id)) continue;
    seen.add(c.id);
    indicatorClaims.push(c);
  }
  indicatorClaims.sort((a, b) => a.id.localeCompare(b.id));
  return {
    events: rawEvents,
    indicatorClaims,
    readAt: String(readAt.rows[0]?.t),
    versions: { own: Number(readAt.rows[0]?.own ?? 0), all: Number(readAt.rows[0]?.all_v ?? 0) },
  };
}

/**
 * A claim counts when neither it nor its event is restricted, nor the situation it names, unless that is the
 * situation assessed (a restricted situation's assessment is seen only by its grantees: GUARDED_BY in the
 * policy; its own claims count in it).
 */
function openClaim(situationId: string) {
  return sql<boolean>`(${unrestricted("c.id")} AND ${unrestricted("c.event_id")}
    AND (c.situation_id = ${situationId}::uuid OR ${unrestricted("c.situation_id")}))`;
}

function eventRow(r: Record<string, unknown>): RawEvent {
  const claims = json<unknown[][]>(r.claims).map(
    ([id, sourceId, reliability, credibility, statedAt, createdAt, indicator, fatalities]): RawClaim => ({
      id: id as string,
      sourceId: sourceId as string,
      reliability: reliability as Reliability,
      credibility: Number(credibility),
      statedAt: (statedAt as string | null) ?? null,
      createdAt: String(createdAt),
      indicator: (indicator as string | null) ?? null,
      eventId: r.id as string,
      fatalities: (fatalities as RawClaim["fatalities"]) ?? null,
    }),
  );
  return {
    id: r.id as string,
    dateStart: r.date_start as string,
    datePrecision: r.date_precision as RawEvent["datePrecision"],
    actTypes: r.act_types as string[],
    contested: r.contested as boolean,
    createdAt: r.created_at as string,
    fatalities: {
      low: r.fatalities_low as number | null,
      best: r.fatalities_best as number | null,
      high: r.fatalities_high as number | null,
    },
    claims,
  };
}

function claimRow(r: Record<string, unknown>): RawClaim {
  return {
    id: r.id as string,
    sourceId: r.source_id as string,
    reliability: r.reliability as Reliability,
    credibility: Number(r.credibility),
    statedAt: r.stated_at as string | null,
    createdAt: r.created_at as string,
    indicator: r.indicator as string | null,
    eventId: r.event_id as string | null,
    fatalities: r.fatalities ? json<RawClaim["fatalities"]>(r.fatalities) : null,
  };
}
