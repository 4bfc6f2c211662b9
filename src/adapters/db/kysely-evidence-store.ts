import { type Kysely, sql, type Transaction } from "kysely";
import type { CustodyEvent } from "../../domain/custody/custody-chain.ts";
import type {
  EntityKind,
  EntityMap,
  EvidenceStore,
  EvidenceTx,
  InputMap,
  UpdateResult,
} from "../../ports/evidence-store.ts";
import { appendCustody, custodyPage } from "./custody.queries.ts";
import { mapDbError } from "./db-errors.ts";
import { ENTITY_TABLES, returningRecord } from "./entity-tables.ts";
import { isUuid, KyselyEvidenceReader } from "./evidence-reader.ts";
import type { DB } from "./schema.ts";

// biome-ignore lint/suspicious/noExplicitAny: tables are chosen at run time from ENTITY_TABLES.
type AnyTx = Transaction<any>;

export class KyselyEvidenceTx extends KyselyEvidenceReader implements EvidenceTx {
  constructor(readonly tx: Transaction<DB>) {
    super(tx);
  }

  async insert<K extends EntityKind>(kind: K, id: string, input: InputMap[K]): Promise<EntityMap[K]> {
    const t = ENTITY_TABLES[kind];
    const row = await returningRecord(
      (this.tx as AnyTx).insertInto(t.table).values({ id, ...t.toRow(input) }),
      t,
    ).executeTakeFirstOrThrow();
    return t.fromRow(row);
  }

  async update<K extends EntityKind>(
    kind: K,
    id: string,
    input: InputMap[K],
    expectedVersion: number,
  ): Promise<UpdateResult<EntityMap[K]>> {
    const t = ENTITY_TABLES[kind];
    if (!isUuid(id)) return { status: "missing" };
    const row = await returningRecord(
      (this.tx as AnyTx)
        .updateTable(t.table)
        .set({ ...t.toRow(input), version: sql`version + 1`, updated_at: sql`now()` })
        .where("id", "=", id)
        .where("version", "=", expectedVersion),
      t,
    ).executeTakeFirst();
    if (row) return { status: "ok", record: t.fromRow(row) };
    const current = await (this.tx as AnyTx)
      .selectFrom(t.table)
      .select("version")
      .where("id", "=", id)
      .executeTakeFirst();
    return current ? { status: "stale", current: current.version as number } : { status: "missing" };
  }

  async remove(kind: EntityKind, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await (this.tx as AnyTx)
      .deleteFrom(ENTITY_TABLES[kind].table)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async setContested(eventId: string, contested: boolean): Promise<void> {
    await this.tx.updateTable("events").set({ contested }).where("id", "=", eventId).execute();
  }

  async addDocumentCopy(
    documentId: string,
    copy: { id: string; kind: string; language: string | null; content: string },
  ) {
    await this.tx
      .insertInto("document_copies")
      .values({ ...copy, document_id: documentId })
      .execute();
  }

  appendCustody(event: CustodyEvent, at: Date) {
    return appendCustody(this.tx, event, at);
  }
}

/** The evidence store over Kysely: the same code on PGlite and PostgreSQL. */
export class KyselyEvidenceStore extends KyselyEvidenceReader implements EvidenceStore {
  constructor(readonly kysely: Kysely<DB>) {
    super(kysely);
  }

  async transaction<T>(fn: (tx: EvidenceTx) => Promise<T>): Promise<T> {
    try {
      return await this.kysely.transaction().execute((tx) => fn(new KyselyEvidenceTx(tx)));
    } catch (error) {
      throw mapDbError(error);
    }
  }

  custodyLog(afterSeq: number, limit: number) {
    return custodyPage(this.kysely, afterSeq, limit);
  }
}
