import { type Kysely, sql, type Transaction } from "kysely";
import { type CustodyEntry, type CustodyEvent, nextEntry } from "../../domain/custody/custody-chain.ts";
import { json } from "./mappers/common.ts";
import type { DB } from "./schema.ts";

/** Serialises appends across connections and processes (PostgreSQL) so the chain never forks. */
const CUSTODY_LOCK = 7463002;

export function custodyFromRow(r: Record<string, unknown>): CustodyEntry {
  return {
    seq: Number(r.seq),
    at: r.at as string,
    actor: r.actor as string,
    action: r.action as string,
    targetType: r.target_type as string,
    targetId: r.target_id as string,
    reason: r.reason as string | null,
    details: json<Record<string, unknown>>(r.details),
    prevHash: r.prev_hash as string,
    hash: r.hash as string,
  };
}

export function custodyToRow(e: CustodyEntry) {
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    target_type: e.targetType,
    target_id: e.targetId,
    reason: e.reason,
    details: JSON.stringify(e.details),
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

export async function appendCustody(
  tx: Transaction<DB>,
  event: CustodyEvent,
  at: Date,
): Promise<CustodyEntry> {
  await sql`SELECT pg_advisory_xact_lock(${CUSTODY_LOCK})`.execute(tx);
  const last = await tx
    .selectFrom("custody_log")
    .selectAll()
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  const entry = nextEntry(last ? custodyFromRow(last) : null, event, at.toISOString());
  await tx
    .insertInto("custody_log")
    .values(custodyToRow(entry) as never)
    .execute();
  return entry;
}

export async function custodyPage(db: Kysely<DB>, afterSeq: number, limit: number): Promise<CustodyEntry[]> {
  const rows = await db
    .selectFrom("custody_log")
    .selectAll()
    .where("seq", ">", afterSeq as never)
    .orderBy("seq")
    .limit(limit)
    .execute();
  return rows.map(custodyFromRow);
}

export async function custodyFor(
  db: Kysely<DB>,
  targetType: string,
  targetId: string,
): Promise<CustodyEntry[]> {
  const rows = await db
    .selectFrom("custody_log")
    .selectAll()
    .where("target_type", "=", targetType)
    .where("target_id", "=", targetId)
    .orderBy("seq")
    .execute();
  return rows.map(custodyFromRow);
}
