import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** COPY ... FROM STDIN on a server connection: the bulk path, several times faster than INSERTs. */
export async function copyFromCsv(pool: pg.Pool, table: string, columns: readonly string[], csv: string) {
  const client = await pool.connect();
  try {
    const sink = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`));
    await pipeline(Readable.from([csv]), sink);
  } finally {
    client.release();
  }
}
