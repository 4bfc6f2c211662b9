import { sql } from "kysely";
import type { AppContext } from "../../../src/bootstrap.ts";

/** Row counts of every table, and the custody log's head: two equal snapshots mean nothing was written. */
export interface Snapshot {
  counts: Record<string, number>;
  head: string | null;
}

let tables: string[] | null = null;

export async function snapshot(app: AppContext): Promise<Snapshot> {
  const db = app.database.db;
  if (!tables) {
    const r = await sql<{ t: string }>`
      SELECT table_name AS t FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
    tables = r.rows.map((x) => x.t);
  }
  const parts = tables.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ");
  const counts = (await sql.raw<Record<string, number>>(`SELECT ${parts}`).execute(db)).rows[0] ?? {};
  const head = await sql<{ hash: string }>`SELECT hash FROM custody_log ORDER BY seq DESC LIMIT 1`.execute(
    db,
  );
  return { counts, head: head.rows[0]?.hash ?? null };
}

/** The tables whose counts differ, as "table: before -> after". */
export function changes(a: Snapshot, b: Snapshot): string[] {
  const out = Object.keys({ ...a.counts, ...b.counts })
    .filter((t) => a.counts[t] !== b.counts[t])
    .map((t) => `${t}: ${a.counts[t]} -> ${b.counts[t]}`);
  if (a.head !== b.head) out.push("custody head moved");
  return out;
}
