import { type Kysely, sql } from "kysely";
import { isRestrictable, NO_GRANTS, type RecordAccess } from "../../domain/access/record-access.ts";
import type { Claim, Event } from "../../domain/evidence/entities.ts";
import { redact } from "../../domain/evidence/redact.ts";
import { type Sensitivity, visibleLevels } from "../../domain/evidence/sensitivity.ts";
import type {
  ClaimQuery,
  EntityKind,
  EntityMap,
  EventQuery,
  EvidenceReader,
  ListQuery,
  Page,
} from "../../ports/evidence-store.ts";
import { accessCondition, readableCondition } from "./access/access-condition.ts";
import { eventSelection, hideUnreadableSituations } from "./access/event-columns.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { custodyFor } from "./custody.queries.ts";
import { ENTITY_TABLES, selectRecord } from "./entity-tables.ts";
import { readEventWithClaims } from "./event-with-claims.ts";
import { claimFromRow } from "./mappers/claim.mapper.ts";
import { documentFromRow } from "./mappers/document.mapper.ts";
import { prepared } from "./prepared.ts";
import type { DB } from "./schema.ts";
import { verificationCondition } from "./verification/verification-filter.ts";

// biome-ignore lint/suspicious/noExplicitAny: tables are chosen at run time from ENTITY_TABLES.
type AnyDb = Kysely<any>;

/**
 * The cursor keeps created_at as PostgreSQL prints it, to the microsecond: the ISO strings the mappers
 * return stop at milliseconds, and a cursor rounded down would repeat rows created in the same millisecond.
 */
const EXACT_CREATED_AT = sql<string>`created_at::text`.as("cursor_created_at");

/** Reads over any Kysely handle (the pool or a transaction), filtered by the caller's clearance. */
export class KyselyEvidenceReader implements EvidenceReader {
  constructor(protected readonly db: Kysely<DB>) {}

  protected get any(): AnyDb {
    return this.db as AnyDb;
  }

  async get<K extends EntityKind>(
    kind: K,
    id: string,
    clearance: Sensitivity,
    access: RecordAccess = NO_GRANTS,
  ): Promise<EntityMap[K] | null> {
    if (!isUuid(id)) return null;
    const t = ENTITY_TABLES[kind];
    // An event's situation ids are cut to those `access` may read (eventSelection, hideUnreadableSituations).
    let q = (
      kind === "event"
        ? this.any.selectFrom(t.table).select(eventSelection(access, t.table))
        : selectRecord(this.any.selectFrom(t.table), t)
    ).where("id", "=", id);
    if (isRestrictable(kind)) q = q.where(readableCondition(kind, access));
    // Prepared only with a named column list: a prepared `SELECT *` fails once a migration adds a column.
    const row = (t.columns ? (await prepared(this.db, q)).rows[0] : await q.executeTakeFirst()) as
      | Record<string, unknown>
      | undefined;
    if (!row) return null;
    if (kind === "event") await hideUnreadableSituations(this.db, [row], access);
    let record = t.fromRow(row) as EntityMap[K];
    if (kind === "document")
      record = (await this.#withCopies(record as EntityMap["document"])) as EntityMap[K];
    return redact(kind, record, clearance);
  }

  async list<K extends EntityKind>(kind: K, query: ListQuery): Promise<Page<EntityMap[K]>> {
    if (kind === "event") return this.listEvents(query) as Promise<Page<EntityMap[K]>>;
    if (kind === "claim") return this.listClaims(query) as Promise<Page<EntityMap[K]>>;
    const t = ENTITY_TABLES[kind];
    let q = selectRecord(this.any.selectFrom(t.table), t)
      .select(EXACT_CREATED_AT)
      .where("sensitivity", "in", visibleLevels(query.clearance))
      .orderBy("created_at")
      .orderBy("id")
      .limit(query.limit + 1);
    if (isRestrictable(kind)) q = q.where(readableCondition(kind, query.access ?? NO_GRANTS));
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor);
      q = q.where(sql<boolean>`(created_at, id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    if (kind === "document" && query.q) {
      q = q.where(
        sql<boolean>`(title ILIKE ${`%${query.q}%`} OR id IN (SELECT document_id FROM document_copies
          WHERE search @@ websearch_to_tsquery('simple', ${query.q})))`,
      );
    }
    const rows = await q.execute();
    return this.#page(kind, rows, query, (r) => [r.cursor_created_at as string, r.id as string]);
  }

  async listEvents(query: EventQuery): Promise<Page<Event>> {
    // A situation's events come newest first from the index on event_situations (migration 0011): the page
    // reads only the events it returns, not every event of the situation nor the newest of all situations.
    const bySituation = query.situationId;
    const [dateKey, idKey] = bySituation ? ["es.event_date", "es.event_id"] : ["date_start", "id"];
    const access = query.access ?? NO_GRANTS;
    let q = (
      bySituation
        ? this.any
            .selectFrom("event_situations as es")
            .innerJoin("events", "events.id", "es.event_id")
            .where("es.situation_id", "=", bySituation)
            // A situation the caller may not read lists no events: its id is not theirs to probe.
            .where(accessCondition(access, "es.situation_id"))
        : this.any.selectFrom("events")
    )
      .select(eventSelection(access, "events"))
      .where("sensitivity", "in", visibleLevels(query.clearance))
      .orderBy(dateKey, "desc")
      .orderBy(idKey, "desc")
      .limit(query.limit + 1);
    q = q.where(accessCondition(access, "events.id"));
    if (query.country) q = q.where("country", "=", query.country);
    if (query.from) q = q.where(dateKey, ">=", query.from);
    if (query.to) q = q.where(dateKey, "<=", query.to);
    if (query.groupId) q = q.where(sql<boolean>`targeted_group_ids @> ARRAY[${query.groupId}]::uuid[]`);
    if (query.perpetratorId)
      q = q.where(sql<boolean>`perpetrator_ids @> ARRAY[${query.perpetratorId}]::uuid[]`);
    if (query.act) q = q.where(sql<boolean>`act_types @> ARRAY[${query.act}]::text[]`);
    if (query.contested !== undefined) q = q.where("contested", "=", query.contested);
    if (query.sensitivity) q = q.where("sensitivity", "=", query.sensitivity);
    if (query.verification) q = q.where(verificationCondition("event", query.verification));
    if (query.q) q = q.where(sql<boolean>`search @@ websearch_to_tsquery('english', ${query.q})`);
    if (query.cursor) {
      const [date, id] = decodeCursor(query.cursor);
      q = q.where(sql<boolean>`(${sql.ref(dateKey)}, ${sql.ref(idKey)}) < (${date}::date, ${id}::uuid)`);
    }
    const rows = (await prepared(this.db, q)).rows as Record<string, unknown>[];
    await hideUnreadableSituations(this.db, rows, access);
    return this.#page("event", rows, query, (r) => [r.date_start as string, r.id as string]);
  }

  async listClaims(query: ClaimQuery): Promise<Page<Claim>> {
    let q = this.any
      .selectFrom("claims")
      .selectAll()
      .select(EXACT_CREATED_AT)
      .where("sensitivity", "in", visibleLevels(query.clearance))
      .orderBy("created_at")
      .orderBy("id")
      .limit(query.limit + 1);
    // A claim of a restricted event (or situation) is closed with it (GUARDED_BY in the policy).
    q = q.where(readableCondition("claim", query.access ?? NO_GRANTS, "claims"));
    if (query.eventId) q = q.where("event_id", "=", query.eventId);
    if (query.situationId) q = q.where("situation_id", "=", query.situationId);
    if (query.sourceId) q = q.where("source_id", "=", query.sourceId);
    if (query.verification) q = q.where(verificationCondition("claim", query.verification));
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor);
      q = q.where(sql<boolean>`(created_at, id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    const rows = await q.execute();
    return this.#page("claim", rows, query, (r) => [r.cursor_created_at as string, r.id as string]);
  }

  async allClaimsForEvent(eventId: string): Promise<Claim[]> {
    const rows = await this.db
      .selectFrom("claims")
      .selectAll()
      .where("event_id", "=", eventId)
      .orderBy("created_at")
      .execute();
    return rows.map((r) => claimFromRow(r as never));
  }

  eventWithClaims(id: string, clearance: Sensitivity, access: RecordAccess) {
    return isUuid(id) ? readEventWithClaims(this.any, id, clearance, access) : Promise.resolve(null);
  }

  async unreadableAmong(ids: readonly string[], access: RecordAccess): Promise<Set<string>> {
    const wanted = ids.filter(isUuid);
    if (access === "every" || wanted.length === 0) return new Set();
    const rows = await sql<{ id: string }>`SELECT x.id FROM unnest(${wanted}::uuid[]) AS x(id)
      WHERE NOT ${accessCondition(access, "x.id")}`.execute(this.db);
    return new Set(rows.rows.map((r) => r.id));
  }

  async documentText(id: string) {
    return this.db
      .selectFrom("document_copies")
      .select(["kind", "language", "content"])
      .where("document_id", "=", id)
      .orderBy("created_at")
      .execute();
  }

  custodyFor(targetType: string, targetId: string) {
    return custodyFor(this.db, targetType, targetId);
  }

  async arrayReferrer(kind: EntityKind, id: string): Promise<{ kind: EntityKind; id: string } | null> {
    if (!isUuid(id)) return null;
    for (const [referrer, table, column] of ARRAY_REFERENCES[kind] ?? []) {
      const row = await this.any
        .selectFrom(table)
        .select("id")
        .where(sql<boolean>`${sql.ref(column)} @> ARRAY[${id}]::uuid[]`)
        .limit(1)
        .executeTakeFirst();
      if (row) return { kind: referrer, id: row.id as string };
    }
    return null;
  }

  async #withCopies(doc: EntityMap["document"]): Promise<EntityMap["document"]> {
    const copies = await this.db
      .selectFrom("document_copies")
      .select(["kind", "language", sql<number>`length(content)`.as("length")])
      .where("document_id", "=", doc.id)
      .orderBy("created_at")
      .execute();
    return { ...doc, copies };
  }

  #page<K extends EntityKind>(
    kind: K,
    rows: Record<string, unknown>[],
    query: ListQuery,
    key: (row: Record<string, unknown>) => [string, string],
  ): Page<EntityMap[K]> {
    const more = rows.length > query.limit;
    const pageRows = more ? rows.slice(0, query.limit) : rows;
    const last = pageRows.at(-1);
    const fromRow =
      kind === "document" ? (r: Record<string, unknown>) => documentFromRow(r) : ENTITY_TABLES[kind].fromRow;
    const items = pageRows
      .map((r) => redact(kind, fromRow(r) as EntityMap[K], query.clearance))
      .filter((r): r is EntityMap[K] => r !== null);
    return { items, nextCursor: more && last ? encodeCursor(...key(last)) : null };
  }
}

/** Which array columns may hold the id of a record of each kind. */
const ARRAY_REFERENCES: Partial<Record<EntityKind, [EntityKind, string, string][]>> = {
  actor: [
    ["event", "events", "perpetrator_ids"],
    ["situation", "situations", "perpetrator_ids"],
  ],
  group: [
    ["event", "events", "targeted_group_ids"],
    ["situation", "situations", "targeted_group_ids"],
  ],
  situation: [["event", "events", "situation_ids"]],
};

export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
