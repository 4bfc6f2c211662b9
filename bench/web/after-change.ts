// The situation page's replay and the map's overview right after a change to one situation's evidence, on a
// kept benchmark store (issue 7): a change is one new event of the situation dated today (what an analyst's
// entry or a daily import adds), committed; then the first replay of that situation (3 years, month by month,
// as the page asks) and the first overview are timed, then each once more (stored / from memory).
//
//   DATABASE_URL=postgres://.../tocsin_bench_web_1000000 node --import tsx bench/web/after-change.ts [--changes=5]
import "@hono/zod-openapi";
import { randomUUID } from "node:crypto";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import { openApp } from "../../src/bootstrap.ts";
import { createHttpApp } from "../../src/http/server.ts";

const caller = { actor: "bench", clearance: "internal" } as const;

export async function afterChange(databaseUrl: string, changes: number, log: (l: string) => void) {
  const app = await openApp(
    { dataDir: join(tmpdir(), "tocsin-bench-after-change"), databaseUrl },
    { command: "bench" },
  );
  try {
    const engine = openAssessment(app);
    const http = createHttpApp(app, { clearance: "internal", publicMode: false, log: () => {} });
    const overview = async () => {
      const t = performance.now();
      const r = await http.request("/api/v1/overview", { headers: { accept: "application/json" } });
      if (r.status !== 200) throw new Error(`overview: HTTP ${r.status}`);
      const body = (await r.json()) as { complete: boolean };
      return { ms: performance.now() - t, complete: body.complete };
    };
    const ids = (await engine.situationIds(caller)).slice(0, changes);
    const today = engine.today();
    const from = `${Number(today.slice(0, 4)) - 3}${today.slice(4, 7)}-01`;
    const timed = async <T>(fn: () => Promise<T>) => {
      const t = performance.now();
      const value = await fn();
      return { ms: performance.now() - t, value };
    };
    // Warm: each situation's history stored, the overview in memory.
    for (const id of ids) await engine.replay(id, { from }, caller);
    await overview();
    const rows: Record<string, unknown>[] = [];
    for (const id of ids) {
      const cpu = process.cpuUsage();
      // A copy of the situation's newest event, dated today.
      await sql`INSERT INTO events (id, title, date_start, date_precision, country, latitude, longitude,
          location_precision, act_types, acts, situation_ids, fatalities_low, fatalities_best, fatalities_high,
          contested, sensitivity)
        SELECT ${randomUUID()}::uuid, 'Bench change', ${today}::date, 'day', country, latitude, longitude,
          location_precision, act_types, acts, situation_ids, fatalities_low, fatalities_best, fatalities_high,
          false, 'public'
        FROM events WHERE id = (SELECT event_id FROM event_situations WHERE situation_id = ${id}::uuid
          ORDER BY event_date DESC LIMIT 1)`.execute(app.database.db);
      const replay = await timed(() => engine.replay(id, { from }, caller));
      const replayAgain = await timed(() => engine.replay(id, { from }, caller));
      const first = await overview();
      const again = await overview();
      const used = process.cpuUsage(cpu);
      const row = {
        situation: id,
        firstReplayMs: Math.round(replay.ms),
        replayAgainMs: Math.round(replayAgain.ms),
        firstOverviewMs: Math.round(first.ms),
        firstOverviewComplete: first.complete,
        overviewAgainMs: Math.round(again.ms),
        processCpuMs: Math.round((used.user + used.system) / 1000),
        load1m: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      };
      log(JSON.stringify(row));
      rows.push(row);
    }
    return rows;
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ strict: false, options: { changes: { type: "string" } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL names the kept benchmark database");
  const rows = await afterChange(url, Number(values.changes ?? 5), (l) => process.stderr.write(`${l}\n`));
  console.log(JSON.stringify(rows, null, 2));
}
