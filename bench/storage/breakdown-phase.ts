import { sql } from "kysely";
import { EVENT_COPY_COLUMNS } from "../../src/adapters/db/bulk-event-writer.ts";
import type { AppContext } from "../../src/bootstrap.ts";
import { runLoad } from "./load-phases.ts";

export interface BreakdownStep {
  step: string;
  seconds: number;
  microsPerRow: number;
}

/**
 * Where the server's time goes when rows enter `events`: the same rows (already in a plain table, so no
 * client, CSV or COPY parsing is counted) are copied by one INSERT ... SELECT into copies of `events` with more
 * and more of its machinery. The differences between steps are what each part costs.
 */
export async function runBreakdown(app: AppContext, rows: number, batch: number): Promise<BreakdownStep[]> {
  await runLoad(app, "bare", rows, batch);
  const db = app.database.db;
  const cols = EVENT_COPY_COLUMNS.join(", ");
  const variants: [string, string, boolean][] = [
    ["plain table, same column types", "(LIKE events)", false],
    [
      "+ defaults, checks and the btree indexes (no search vector)",
      "(LIKE events INCLUDING ALL EXCLUDING GENERATED)",
      false,
    ],
    ["+ the generated search vector (to_tsvector 'english')", "(LIKE events INCLUDING ALL)", false],
    ["+ its GIN index: all of `events`", "(LIKE events INCLUDING ALL)", true],
  ];
  const steps: BreakdownStep[] = [];
  for (const [i, [step, definition, gin]] of variants.entries()) {
    const table = `bench_breakdown_${i}`;
    await sql.raw(`CREATE TABLE ${table} ${definition}`).execute(db);
    if (!gin) {
      const found = await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes
        WHERE tablename = ${table} AND indexdef LIKE '%gin (search)%'`.execute(db);
      for (const r of found.rows) await sql.raw(`DROP INDEX ${r.indexname}`).execute(db);
    }
    const fill = i === 0 ? ", contested, version, created_at, updated_at" : "";
    const values = i === 0 ? ", false, 1, now(), now()" : "";
    const t0 = performance.now();
    await sql
      .raw(`INSERT INTO ${table} (${cols}${fill}) SELECT ${cols}${values} FROM bench_bare`)
      .execute(db);
    const seconds = (performance.now() - t0) / 1000;
    steps.push({ step, seconds, microsPerRow: Math.round((seconds * 1e6) / rows) });
  }
  return steps;
}
