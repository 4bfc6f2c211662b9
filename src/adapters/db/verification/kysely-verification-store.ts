import type { Kysely, Transaction } from "kysely";
import { type GrantAccess, NO_GRANTS, type RecordAccess } from "../../../domain/access/record-access.ts";
import type { CustodyEvent } from "../../../domain/custody/custody-chain.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import {
  initialVerification,
  type VerifiableKind,
  type Verification,
  type VerificationComment,
} from "../../../domain/verification/verification.ts";
import type {
  VerificationReader,
  VerificationStore,
  VerificationTx,
} from "../../../ports/verification-store.ts";
import { readableCondition } from "../access/access-condition.ts";
import { appendCustody } from "../custody.queries.ts";
import { mapDbError } from "../db-errors.ts";
import { isUuid } from "../evidence-reader.ts";
import type { DB } from "../schema.ts";
import {
  commentFromRow,
  commentToRow,
  verificationFromRow,
  verificationToRow,
} from "./verification.mapper.ts";

// biome-ignore lint/suspicious/noExplicitAny: the verification tables are not in the shared DB interface.
type AnyDb = Kysely<any>;

const TABLES: Record<VerifiableKind, "events" | "claims"> = { event: "events", claim: "claims" };

class Reader implements VerificationReader {
  constructor(protected readonly db: AnyDb) {}

  async recordSensitivity(
    kind: VerifiableKind,
    id: string,
    access: RecordAccess = NO_GRANTS,
    need: GrantAccess = "read",
  ): Promise<Sensitivity | null> {
    if (!isUuid(id)) return null;
    const row = await this.db
      .selectFrom(TABLES[kind])
      .select("sensitivity")
      .where("id", "=", id)
      .where(readableCondition(kind, access, null, need))
      .executeTakeFirst();
    return (row?.sensitivity as Sensitivity | undefined) ?? null;
  }

  async get(kind: VerifiableKind, id: string): Promise<Verification> {
    if (!isUuid(id)) return initialVerification(kind, id);
    const row = await this.db
      .selectFrom("verifications")
      .selectAll()
      .where("target_type", "=", kind)
      .where("target_id", "=", id)
      .executeTakeFirst();
    return row ? verificationFromRow(row) : initialVerification(kind, id);
  }

  async comments(kind: VerifiableKind, id: string): Promise<VerificationComment[]> {
    if (!isUuid(id)) return [];
    const rows = await this.db
      .selectFrom("verification_comments")
      .selectAll()
      .where("target_type", "=", kind)
      .where("target_id", "=", id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map(commentFromRow);
  }
}

class Tx extends Reader implements VerificationTx {
  constructor(private readonly tx: Transaction<DB>) {
    super(tx as unknown as AnyDb);
  }

  /** The state, with its row locked until the transaction ends (created first, so a new one is locked too). */
  override async get(kind: VerifiableKind, id: string): Promise<Verification> {
    await this.db
      .insertInto("verifications")
      .values(verificationToRow(initialVerification(kind, id)))
      .onConflict((oc) => oc.columns(["target_type", "target_id"]).doNothing())
      .execute();
    const row = await this.db
      .selectFrom("verifications")
      .selectAll()
      .where("target_type", "=", kind)
      .where("target_id", "=", id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    return verificationFromRow(row);
  }

  async lastContentEditor(kind: VerifiableKind, id: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("custody_log")
      .select("actor")
      .where("target_type", "=", kind)
      .where("target_id", "=", id)
      .where("action", "in", ["create", "update"])
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    return (row?.actor as string | undefined) ?? null;
  }

  async save(v: Verification): Promise<void> {
    const { target_type, target_id, event_id, claim_id, ...rest } = verificationToRow(v);
    await this.db
      .updateTable("verifications")
      .set(rest)
      .where("target_type", "=", target_type)
      .where("target_id", "=", target_id)
      .execute();
  }

  async addComment(c: VerificationComment): Promise<void> {
    await this.db.insertInto("verification_comments").values(commentToRow(c)).execute();
  }

  appendCustody(event: CustodyEvent, at: Date) {
    return appendCustody(this.tx, event, at);
  }
}

/** The verification workflow over Kysely: the same code on PGlite and PostgreSQL. */
export class KyselyVerificationStore extends Reader implements VerificationStore {
  constructor(private readonly kysely: Kysely<DB>) {
    super(kysely as unknown as AnyDb);
  }

  async transaction<T>(fn: (tx: VerificationTx) => Promise<T>): Promise<T> {
    try {
      return await this.kysely.transaction().execute((tx) => fn(new Tx(tx)));
    } catch (error) {
      throw mapDbError(error);
    }
  }
}
