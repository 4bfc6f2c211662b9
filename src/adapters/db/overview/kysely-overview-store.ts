import { type Kysely, sql } from "kysely";
import type { RecordAccess } from "../../../domain/access/record-access.ts";
import { type Sensitivity, visibleLevels } from "../../../domain/evidence/sensitivity.ts";
import type { LatLon } from "../../../domain/geo/approximate-outline.ts";
import type { OverviewStore, SituationSummary } from "../../../ports/overview-store.ts";
import { accessCondition, unrestricted } from "../access/access-condition.ts";
import type { DB } from "../schema.ts";

/** The overview's reads over Kysely: the same SQL on PGlite and PostgreSQL. */
export class KyselyOverviewStore implements OverviewStore {
  constructor(readonly db: Kysely<DB>) {}

  async situations(clearance: Sensitivity): Promise<SituationSummary[]> {
    const rows = await this.db
      .selectFrom("situations")
      .select(["id", "name", "country", "region", "sensitivity"])
      .where("sensitivity", "in", visibleLevels(clearance))
      .orderBy("country")
      .orderBy("name")
      .orderBy("id")
      .execute();
    return rows.map((r) => ({ ...r, sensitivity: r.sensitivity as Sensitivity }));
  }

  async eventLocations(countries: readonly string[], clearance: Sensitivity): Promise<Map<string, LatLon[]>> {
    const out = new Map<string, LatLon[]>();
    if (countries.length === 0) return out;
    // Rounded and grouped in SQL: a country with a million events still sends back a few thousand places.
    const r = await sql<{ country: string; latitude: number; longitude: number }>`
      SELECT country, round(latitude::numeric, 2)::float8 AS latitude, round(longitude::numeric, 2)::float8 AS longitude
      FROM events
      WHERE country = ANY (${[...countries]}::text[]) AND latitude IS NOT NULL AND longitude IS NOT NULL
        AND location_precision IN ('exact', 'near', 'admin2', 'admin1')
        AND sensitivity = ANY (${visibleLevels(clearance)}::text[]) AND ${unrestricted("events.id")}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`.execute(this.db);
    for (const row of r.rows) {
      const list = out.get(row.country) ?? [];
      list.push({ latitude: Number(row.latitude), longitude: Number(row.longitude) });
      out.set(row.country, list);
    }
    return out;
  }

  async closedSituations(access: RecordAccess): Promise<Set<string>> {
    if (access === "every") return new Set();
    const r = await sql<{ id: string }>`SELECT rr.record_id AS id FROM record_restrictions rr
      WHERE rr.record_kind = 'situation' AND NOT ${accessCondition(access, "rr.record_id")}`.execute(this.db);
    return new Set(r.rows.map((x) => x.id));
  }

  async changeKey(): Promise<string> {
    // Small tables only (a row per situation, override, forecast run): cheap enough for every request.
    const r = await sql<{ key: string }>`SELECT concat_ws('|',
        (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM assessment_dirty),
        (SELECT count(*) || ':' || coalesce(max(at)::text, '') || ':' || coalesce(max(revoked_at)::text, '')
           || ':' || count(revoked_at) || ':' || coalesce(max(decided_at)::text, '') || ':' || count(decided_at)
           FROM assessment_overrides),
        (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '')
           FROM situations),
        (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM forecast_runs)) AS key`.execute(
      this.db,
    );
    return String(r.rows[0]?.key);
  }
}
