import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Kysely, PostgresDialect, type PostgresPool, type Transaction } from "kysely";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { CopyCsv } from "./database.ts";
import type { DB } from "./schema.ts";

/** COPY ... FROM STDIN on a server connection: the bulk path, several times faster than INSERTs. */
export async function copyFromCsv(pool: pg.Pool, table: string, columns: readonly string[], csv: string) {
  const client = await pool.connect();
  try {
    await copyOnClient(client, table, columns, csv);
  } finally {
    client.release();
  }
}

async function copyOnClient(client: pg.PoolClient, table: string, columns: readonly string[], csv: string) {
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`));
  await pipeline(Readable.from([csv]), sink);
}

/**
 * One transaction on one pooled connection, with COPY on that same connection. Kysely does not hand out
 * its connection's pg client, so the transaction runs on a Kysely over a one-client pool instead.
 */
export async function copyTransaction<T>(
  pool: pg.Pool,
  fn: (tx: Transaction<DB>, copy: CopyCsv) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    const single: PostgresPool = {
      // The client stays ours until the end: Kysely's release of it is a no-op.
      connect: async () => ({ query: client.query.bind(client) as never, release() {} }),
      end: async () => {},
    };
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: single }) });
    return await db
      .transaction()
      .execute((tx) => fn(tx, (table, columns, csv) => copyOnClient(client, table, columns, csv)));
  } catch (error) {
    failure = error as Error;
    throw error;
  } finally {
    // A connection that failed mid-COPY may be in any protocol state: the pool discards it.
    client.release(failure);
  }
}
