import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { NO_GRANTS, type RecordAccess } from "../../../domain/access/record-access.ts";
import { ConflictError, NotFoundError } from "../../../domain/errors.ts";
import type { LocationPrecision } from "../../../domain/evidence/places.ts";
import { type Sensitivity, visibleLevels } from "../../../domain/evidence/sensitivity.ts";
import type { KnownNames } from "../../../domain/reading/known-names.ts";
import type { Decision, NewSuggestion, Suggestion } from "../../../domain/suggestions/suggestion.ts";
import type { EvidenceTx, Page } from "../../../ports/evidence-store.ts";
import type { SuggestionQuery, SuggestionStore } from "../../../ports/suggestion-store.ts";
import { accessCondition, unrestricted } from "../access/access-condition.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { mapDbError } from "../db-errors.ts";
import { isUuid } from "../evidence-reader.ts";
import { KyselyEvidenceTx } from "../kysely-evidence-store.ts";
import type { DB } from "../schema.ts";
import { type SuggestionRow, suggestionFromRow, suggestionToRow } from "./suggestion.mapper.ts";

// biome-ignore lint/suspicious/noExplicitAny: the suggestions table is not in the shared DB interface.
type AnyDb = Kysely<any>;

/** Most suggestions inserted per statement (parameters stay far under PostgreSQL's 65,535). */
const INSERT_BATCH = 500;
/** At most this many distinct event places go into the gazetteer. */
const MAX_PLACES = 50_000;

export class KyselySuggestionStore implements SuggestionStore {
  constructor(private readonly kysely: Kysely<DB>) {}

  private get db(): AnyDb {
    return this.kysely as AnyDb;
  }

  async add(items: readonly NewSuggestion[]) {
    let added = 0;
    for (let i = 0; i < items.length; i += INSERT_BATCH) {
      const rows = items.slice(i, i + INSERT_BATCH).map((s) => suggestionToRow(randomUUID(), s));
      const inserted = await this.db
        .insertInto("suggestions")
        .values(rows)
        .onConflict((oc) => oc.column("fingerprint").doNothing())
        .returning("id")
        .execute();
      added += inserted.length;
    }
    return { added, existing: items.length - added };
  }

  async get(
    id: string,
    clearance: Sensitivity,
    access: RecordAccess = NO_GRANTS,
  ): Promise<Suggestion | null> {
    if (!isUuid(id)) return null;
    const row = await this.db
      .selectFrom("suggestions")
      .selectAll()
      .where("id", "=", id)
      .where("sensitivity", "in", visibleLevels(clearance))
      .where(accessCondition(access, "document_id"))
      .executeTakeFirst();
    return row ? suggestionFromRow(row as SuggestionRow) : null;
  }

  async list(query: SuggestionQuery): Promise<Page<Suggestion>> {
    let q = this.db
      .selectFrom("suggestions")
      .selectAll()
      .where("sensitivity", "in", visibleLevels(query.clearance))
      .where(accessCondition(query.access ?? NO_GRANTS, "document_id"))
      .limit(query.limit + 1);
    if (query.status) q = q.where("status", "=", query.status);
    if (query.kind) q = q.where("kind", "=", query.kind);
    const byDocument = query.documentId !== undefined;
    if (byDocument) {
      if (!isUuid(query.documentId ?? "")) return { items: [], nextCursor: null };
      q = q.where("document_id", "=", query.documentId).orderBy("start_offset").orderBy("id");
      if (query.cursor) {
        const [offset, id] = decodeCursor(query.cursor);
        const at = Number(offset);
        q = q.where((eb) =>
          eb.or([eb("start_offset", ">", at), eb.and([eb("start_offset", "=", at), eb("id", ">", id)])]),
        );
      }
    } else {
      q = q.orderBy("rank", "desc").orderBy("id");
      if (query.cursor) {
        const [rank, id] = decodeCursor(query.cursor);
        const at = Number(rank);
        q = q.where((eb) => eb.or([eb("rank", "<", at), eb.and([eb("rank", "=", at), eb("id", ">", id)])]));
      }
    }
    const rows = (await q.execute()) as SuggestionRow[];
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const key = (r: SuggestionRow) => (byDocument ? String(r.start_offset) : String(r.rank));
    return {
      items: page.map(suggestionFromRow),
      nextCursor: more && last ? encodeCursor(key(last), last.id) : null,
    };
  }

  async decide<T>(
    id: string,
    clearance: Sensitivity,
    write: (current: Suggestion, tx: EvidenceTx) => Promise<{ decision: Decision; result: T }>,
  ): Promise<T> {
    try {
      return await this.kysely.transaction().execute(async (tx) => {
        const any = tx as unknown as AnyDb;
        const row = isUuid(id)
          ? await any
              .selectFrom("suggestions")
              .selectAll()
              .where("id", "=", id)
              .forUpdate()
              .executeTakeFirst()
          : undefined;
        if (!row || !visibleLevels(clearance).includes(row.sensitivity))
          throw new NotFoundError("suggestion", id);
        const current = suggestionFromRow(row as SuggestionRow);
        if (current.status !== "pending") {
          throw new ConflictError(
            `suggestion ${id} was ${current.status} by ${current.decidedBy} at ${current.decidedAt}`,
            { status: current.status },
          );
        }
        const { decision, result } = await write(current, new KyselyEvidenceTx(tx));
        await any
          .updateTable("suggestions")
          .set({
            status: decision.status,
            decided_by: decision.decidedBy,
            decided_at: decision.decidedAt.toISOString(),
            reason: decision.reason,
            edits: decision.edits === null ? null : JSON.stringify(decision.edits),
            created_records: JSON.stringify(decision.createdRecords),
          })
          .where("id", "=", id)
          .where("status", "=", "pending")
          .execute();
        return result;
      });
    } catch (error) {
      throw mapDbError(error);
    }
  }

  async knownNames(clearance: Sensitivity): Promise<KnownNames> {
    const levels = visibleLevels(clearance);
    const actors = await this.db
      .selectFrom("actors")
      .select(["id", "name", "aliases", "country"])
      .where("sensitivity", "in", levels)
      .execute();
    const groups = await this.db
      .selectFrom("groups")
      .select(["id", "name", "aliases"])
      .where("sensitivity", "in", levels)
      .execute();
    // Restricted situations and events name nothing here: suggestions are stored and shown to whoever may
    // read their document, so a name or place learnt from a restricted record would carry it to them.
    const situations = await this.db
      .selectFrom("situations")
      .select(["id", "name", "country", "region"])
      .where("sensitivity", "in", levels)
      .where(unrestricted("id"))
      .execute();
    // The most common stored form of each place name (its country and precision), and a coordinate.
    const places = await sql<{
      name: string;
      country: string | null;
      precision: string;
      latitude: number | null;
      longitude: number | null;
    }>`
      SELECT DISTINCT ON (place_name) place_name AS name, country, location_precision AS precision,
             latitude, longitude
      FROM events
      WHERE place_name IS NOT NULL AND sensitivity IN (${sql.join(levels)}) AND ${unrestricted("id")}
      GROUP BY place_name, country, location_precision, latitude, longitude
      ORDER BY place_name, count(*) DESC
      LIMIT ${MAX_PLACES}`.execute(this.db);
    return {
      actors: actors.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases ?? [], country: a.country })),
      groups: groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases ?? [] })),
      situations: situations.map((s) => ({ id: s.id, name: s.name, country: s.country, region: s.region })),
      places: places.rows.map((p) => ({
        name: p.name,
        country: p.country ? p.country.trim() : null,
        precision: p.precision as LocationPrecision,
        latitude: p.latitude === null ? null : Number(p.latitude),
        longitude: p.longitude === null ? null : Number(p.longitude),
      })),
    };
  }

  async documentIdsWithText(afterId: string | null, limit: number): Promise<string[]> {
    let q = this.db.selectFrom("documents as d").select("d.id").orderBy("d.id").limit(limit);
    q = q.where((eb) =>
      eb.exists(eb.selectFrom("document_copies as c").select("c.id").whereRef("c.document_id", "=", "d.id")),
    );
    if (afterId) q = q.where("d.id", ">", afterId);
    return (await q.execute()).map((r) => r.id as string);
  }
}
