import { type Kysely, sql } from "kysely";
import type { CustodyEvent } from "../../../domain/custody/custody-chain.ts";
import type { Reliability } from "../../../domain/evidence/grades.ts";
import { type Sensitivity, visibleLevels } from "../../../domain/evidence/sensitivity.ts";
import type { Assessment } from "../../../domain/stages/assessment.ts";
import type { EvidenceRefs } from "../../../domain/stages/explanation.ts";
import type { Override, OverrideStatus } from "../../../domain/stages/override.ts";
import type {
  AssessmentStore,
  CachedTallies,
  EvidenceQuery,
  LevelAt,
  LevelHistoryKey,
  MarkVersions,
  StoredAssessment,
} from "../../../ports/assessment-store.ts";
import { unrestricted } from "../access/access-condition.ts";
import { appendCustody } from "../custody.queries.ts";
import { json } from "../mappers/common.ts";
import type { DB } from "../schema.ts";
import { loadEvidence } from "./evidence.queries.ts";
import { markVersions, saveLevels, storedLevels } from "./level-history.queries.ts";

// biome-ignore lint/suspicious/noExplicitAny: the assessment tables are outside the shared DB type.
type AnyDb = Kysely<any>;
const ALL = "00000000-0000-0000-0000-000000000000";
/** ISO 8601 with microseconds, in UTC. */
const ISO_US = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;

/** The assessment store over Kysely: the same SQL on PGlite and PostgreSQL. */
export class KyselyAssessmentStore implements AssessmentStore {
  readonly #db: AnyDb;

  constructor(readonly kysely: Kysely<DB>) {
    this.#db = kysely as AnyDb;
  }

  async situationIds(clearance: Sensitivity): Promise<string[]> {
    const r = await sql<{ id: string }>`SELECT id FROM situations
      WHERE sensitivity = ANY (${visibleLevels(clearance)}::text[]) ORDER BY id`.execute(this.#db);
    return r.rows.map((x) => x.id);
  }

  async situationVisible(id: string, clearance: Sensitivity): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
    const r = await sql`SELECT 1 FROM situations WHERE id = ${id}::uuid
      AND sensitivity = ANY (${visibleLevels(clearance)}::text[])`.execute(this.#db);
    return r.rows.length > 0;
  }

  loadEvidence(situationId: string, query: EvidenceQuery) {
    return loadEvidence(this.#db, situationId, query);
  }

  async cachedTallies(situationId: string, clearance: Sensitivity): Promise<CachedTallies | null> {
    const rows = await this.#cache(clearance, situationId);
    return rows.get(situationId) ?? null;
  }

  allCachedTallies(clearance: Sensitivity): Promise<Map<string, CachedTallies>> {
    return this.#cache(clearance, null);
  }

  /**
   * Cache rows whose evidence was read at the current versions of their situation's change mark and of the
   * mark of all situations (a version, not a time: a mark is stamped before its writer commits).
   */
  async #cache(clearance: Sensitivity, situationId: string | null): Promise<Map<string, CachedTallies>> {
    const r = await sql<Record<string, unknown>>`
      SELECT c.situation_id, c.ref_date, c.valid_until, c.built_at, c.tallies, c.own_version::text AS own,
        c.all_version::text AS all_v
      FROM assessment_tally_cache c
      WHERE c.clearance = ${clearance} AND (${situationId}::uuid IS NULL OR c.situation_id = ${situationId}::uuid)
        AND c.own_version = coalesce((SELECT d.version FROM assessment_dirty d WHERE d.situation_id = c.situation_id), 0)
        AND c.all_version = coalesce((SELECT d.version FROM assessment_dirty d WHERE d.situation_id = ${ALL}::uuid), 0)`.execute(
      this.#db,
    );
    return new Map(
      r.rows.map((x) => [
        x.situation_id as string,
        {
          refDate: x.ref_date as string,
          validUntil: x.valid_until as string,
          builtAt: x.built_at as string,
          versions: { own: Number(x.own), all: Number(x.all_v) },
          ...json<Pick<CachedTallies, "tallies" | "unknown">>(x.tallies),
        },
      ]),
    );
  }

  async changeMarks() {
    const r = await sql<{ situation_id: string | null; version: string; marked_at: string; at: string }>`
      SELECT d.situation_id, d.version::text AS version,
        to_char(d.marked_at AT TIME ZONE 'UTC', ${ISO_US}) AS marked_at,
        to_char(now.at AT TIME ZONE 'UTC', ${ISO_US}) AS at
      FROM (SELECT clock_timestamp() AS at) now LEFT JOIN assessment_dirty d ON TRUE
      ORDER BY d.marked_at`.execute(this.#db);
    return {
      at: r.rows[0]?.at as string,
      marks: r.rows
        .filter((x) => x.situation_id !== null)
        .map((x) => ({
          situationId: x.situation_id as string,
          version: Number(x.version),
          markedAt: x.marked_at,
        })),
    };
  }

  markVersions(situationId: string): Promise<MarkVersions> {
    return markVersions(this.#db, situationId);
  }

  storedLevels(key: LevelHistoryKey, dates: readonly string[], versions: MarkVersions): Promise<LevelAt[]> {
    return storedLevels(this.#db, key, dates, versions);
  }

  saveLevels(key: LevelHistoryKey, versions: MarkVersions, levels: readonly LevelAt[]): Promise<void> {
    return saveLevels(this.#db, key, versions, levels);
  }

  async saveTallies(situationId: string, clearance: Sensitivity, c: CachedTallies): Promise<void> {
    await sql`INSERT INTO assessment_tally_cache (situation_id, clearance, ref_date, valid_until, tallies, built_at,
        own_version, all_version)
      VALUES (${situationId}, ${clearance}, ${c.refDate}, ${c.validUntil}, ${JSON.stringify({ tallies: c.tallies, unknown: c.unknown })}, ${c.builtAt},
        ${c.versions.own}, ${c.versions.all})
      ON CONFLICT (situation_id, clearance) DO UPDATE SET ref_date = excluded.ref_date,
        valid_until = excluded.valid_until, tallies = excluded.tallies, built_at = excluded.built_at,
        own_version = excluded.own_version, all_version = excluded.all_version`.execute(this.#db);
  }

  async saveAssessments(records: { record: StoredAssessment; result: Assessment }[]): Promise<void> {
    if (records.length === 0) return;
    await this.#db.transaction().execute(async (tx) => {
      for (let i = 0; i < records.length; i += 500) {
        await tx
          .insertInto("assessments")
          .values(records.slice(i, i + 500).map(({ record: r, result }) => toRow(r, result)))
          .execute();
      }
    });
  }

  async latestAssessment(situationId: string, clearance: Sensitivity, asOf?: string) {
    let q = this.#db
      .selectFrom("assessments")
      .selectAll()
      .where("situation_id", "=", situationId)
      .where("clearance", "=", clearance)
      .orderBy("as_of", "desc")
      .orderBy("computed_at", "desc")
      .limit(1);
    if (asOf) q = q.where("as_of", "<=", asOf);
    const row = await q.executeTakeFirst();
    return row ? { record: fromRow(row), result: json<Assessment>(row.result) } : null;
  }

  async getAssessment(id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.#db.selectFrom("assessments").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? { record: fromRow(row), result: json<Assessment>(row.result) } : null;
  }

  async listAssessments(situationId: string, clearance: Sensitivity, limit: number) {
    const rows = await this.#db
      .selectFrom("assessments")
      .select([
        "id",
        "situation_id",
        "as_of",
        "knowledge",
        "clearance",
        "evidence_cutoff",
        "rule_version",
        "level",
        "computed_level",
        "computed_at",
        "computed_by",
      ])
      .where("situation_id", "=", situationId)
      .where("clearance", "=", clearance)
      .orderBy("as_of", "desc")
      .orderBy("computed_at", "desc")
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }

  async overrides(situationId: string): Promise<Override[]> {
    const rows = await this.#db
      .selectFrom("assessment_overrides")
      .selectAll()
      .where("situation_id", "=", situationId)
      .orderBy("at")
      .execute();
    return rows.map(overrideFromRow);
  }

  async allOverrides(): Promise<Map<string, Override[]>> {
    const rows = await this.#db.selectFrom("assessment_overrides").selectAll().orderBy("at").execute();
    const out = new Map<string, Override[]>();
    for (const r of rows.map(overrideFromRow)) out.set(r.situationId, [...(out.get(r.situationId) ?? []), r]);
    return out;
  }

  async addOverride(o: Override, custody: CustodyEvent, at: Date): Promise<void> {
    await this.kysely.transaction().execute(async (tx) => {
      await (tx as AnyDb)
        .insertInto("assessment_overrides")
        .values({
          id: o.id,
          situation_id: o.situationId,
          target: o.target,
          value: o.value,
          reason: o.reason,
          actor: o.actor,
          at: o.at,
          status: o.status,
          decided_at: o.decidedAt,
          decided_by: o.decidedBy,
          decision_reason: o.decisionReason,
        })
        .execute();
      await appendCustody(tx, custody, at);
    });
  }

  async getOverride(id: string): Promise<Override | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.#db
      .selectFrom("assessment_overrides")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? overrideFromRow(row) : null;
  }

  async decideOverride(
    id: string,
    decision: { status: "approved" | "rejected"; by: string; reason: string | null },
    at: Date,
    custody: CustodyEvent,
  ): Promise<Override | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return this.kysely.transaction().execute(async (tx) => {
      // Only a pending proposal is decided, once: a second reviewer racing the first changes nothing.
      const row = await (tx as AnyDb)
        .updateTable("assessment_overrides")
        .set({
          status: decision.status,
          decided_at: at.toISOString(),
          decided_by: decision.by,
          decision_reason: decision.reason,
        })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .returningAll()
        .executeTakeFirst();
      if (!row) return null;
      await appendCustody(tx, custody, at);
      return overrideFromRow(row);
    });
  }

  async revokeOverride(id: string, by: string, reason: string, at: Date, custody: CustodyEvent) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return this.kysely.transaction().execute(async (tx) => {
      const row = await (tx as AnyDb)
        .updateTable("assessment_overrides")
        .set({ revoked_at: at.toISOString(), revoked_by: by, revoke_reason: reason })
        .where("id", "=", id)
        .where("status", "=", "approved")
        .where("revoked_at", "is", null)
        .returningAll()
        .executeTakeFirst();
      if (!row) return null;
      await appendCustody(tx, custody, at);
      return overrideFromRow(row);
    });
  }

  async refs(ids: { events: string[]; claims: string[] }, clearance: Sensitivity): Promise<EvidenceRefs> {
    const levels = visibleLevels(clearance);
    const refs: EvidenceRefs = {
      events: new Map(),
      claims: new Map(),
      sources: new Map(),
      documents: new Map(),
    };
    if (ids.events.length) {
      const r = await sql<Record<string, unknown>>`SELECT id, title, date_start, contested FROM events
        WHERE id = ANY (${ids.events}::uuid[]) AND sensitivity = ANY (${levels}::text[])
          AND ${unrestricted("events.id")}`.execute(this.#db);
      for (const x of r.rows)
        refs.events.set(x.id as string, {
          title: x.title as string,
          dateStart: x.date_start as string,
          contested: x.contested as boolean,
        });
    }
    if (ids.claims.length) {
      const r = await sql<
        Record<string, unknown>
      >`SELECT c.id, c.statement, c.credibility, c.source_id, c.document_id,
          c.locator, s.name, s.reliability, s.sensitivity AS source_sensitivity, d.title AS doc_title, d.sha256,
          d.sensitivity AS doc_sensitivity, ${unrestricted("s.id")} AS source_open, ${unrestricted("d.id")} AS doc_open
        FROM claims c JOIN sources s ON s.id = c.source_id LEFT JOIN documents d ON d.id = c.document_id
        WHERE c.id = ANY (${ids.claims}::uuid[]) AND c.sensitivity = ANY (${levels}::text[])
          AND ${unrestricted("c.id")} AND ${unrestricted("c.event_id")}`.execute(this.#db);
      for (const x of r.rows) {
        // A restricted source or document (migration 0013) is not named, as one above the clearance is not.
        const docVisible =
          x.document_id && x.doc_open === true && levels.includes(x.doc_sensitivity as Sensitivity);
        refs.claims.set(x.id as string, {
          statement: x.statement as string,
          credibility: Number(x.credibility),
          sourceId: x.source_id as string,
          documentId: docVisible ? (x.document_id as string) : null,
          locator: x.locator as string | null,
        });
        if (x.source_open === true && levels.includes(x.source_sensitivity as Sensitivity))
          refs.sources.set(x.source_id as string, {
            name: x.name as string,
            reliability: x.reliability as Reliability,
          });
        if (docVisible)
          refs.documents.set(x.document_id as string, {
            title: x.doc_title as string,
            sha256: x.sha256 as string,
          });
      }
    }
    return refs;
  }
}

function toRow(r: StoredAssessment, result: Assessment) {
  return {
    id: r.id,
    situation_id: r.situationId,
    as_of: r.asOf,
    knowledge: r.knowledge,
    clearance: r.clearance,
    evidence_cutoff: r.evidenceCutoff,
    rule_version: r.ruleVersion,
    rules_sha256: result.method.rulesSha256,
    catalogue_version: result.method.catalogue,
    level: r.level,
    computed_level: r.computedLevel,
    result: JSON.stringify(result),
    computed_at: r.computedAt,
    computed_by: r.computedBy,
  };
}

function fromRow(r: Record<string, unknown>): StoredAssessment {
  return {
    id: r.id as string,
    situationId: r.situation_id as string,
    asOf: r.as_of as string,
    knowledge: r.knowledge as StoredAssessment["knowledge"],
    clearance: r.clearance as Sensitivity,
    evidenceCutoff: r.evidence_cutoff as string,
    ruleVersion: r.rule_version as string,
    level: r.level as string,
    computedLevel: r.computed_level as string,
    computedAt: r.computed_at as string,
    computedBy: r.computed_by as string,
  };
}

function overrideFromRow(r: Record<string, unknown>): Override {
  return {
    id: r.id as string,
    situationId: r.situation_id as string,
    target: r.target as string,
    value: r.value as string,
    reason: r.reason as string,
    actor: r.actor as string,
    at: r.at as string,
    status: ((r.status as string | undefined) ?? "approved") as OverrideStatus,
    decidedAt: (r.decided_at as string | null) ?? null,
    decidedBy: (r.decided_by as string | null) ?? null,
    decisionReason: (r.decision_reason as string | null) ?? null,
    revokedAt: (r.revoked_at as string | null) ?? null,
  };
}
