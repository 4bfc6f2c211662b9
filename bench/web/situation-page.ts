// The situation page's API at 1M events (issue 7), call by call: each call timed alone on a warm store, then
// right after a change to the situation's evidence (a new event dated today, committed) the page's nine calls
// made at once, as the browser makes them, each call's own time, then the same visit again.
//
//   DATABASE_URL=postgres://.../COPY node --import tsx bench/web/situation-page.ts [--situations=5] [--runs=20]
//     [--changes=3] [--label=after]
//
// Run it on a copy of the kept benchmark store (CREATE DATABASE copy TEMPLATE tocsin_bench_web_1000000): the
// changes add events. To compare two versions of the code, run this file from each checkout, interleaved.
import "@hono/zod-openapi";
import { randomUUID } from "node:crypto";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openApp } from "../../src/bootstrap.ts";
import { createHttpApp } from "../../src/http/server.ts";

const { values: args } = parseArgs({
  strict: false,
  options: {
    situations: { type: "string" },
    runs: { type: "string" },
    changes: { type: "string" },
    label: { type: "string" },
  },
});
const SITUATIONS = Number(args.situations ?? 5);
const RUNS = Number(args.runs ?? 20);
const CHANGES = Number(args.changes ?? 3);
const log = (line: string) => process.stderr.write(`${line}\n`);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN);
}
const stats = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: pct(xs, 100), n: xs.length });
const load1 = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL names a copy of the kept benchmark database");
const app = await openApp(
  { dataDir: join(tmpdir(), "tocsin-bench-situation-page"), databaseUrl: url },
  { command: "bench" },
);
const http = createHttpApp(app, { clearance: "internal", publicMode: false, log: () => {} });
const get = async (path: string): Promise<[number, Record<string, unknown>]> => {
  const t = performance.now();
  const r = await http.request(path, { headers: { accept: "application/json" } });
  if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
  const body = (await r.json()) as Record<string, unknown>;
  return [performance.now() - t, body];
};

/** The page's calls (src/web/pages/situation-page.tsx), with the diff's base as the page picks it. */
async function pageCalls(s: { id: string; country: string }) {
  const p = `/api/v1/situations/${s.id}`;
  const asOf = new Date().toISOString().slice(0, 10);
  const [, hist] = await get(`${p}/history?limit=20`);
  const items = hist.items as { id: string; asOf: string }[];
  const base = items.find((h) => h.asOf < asOf) ?? items[0];
  return {
    situation: p,
    assessment: `${p}/assessment`,
    explanation: `${p}/explanation?fresh=true`,
    history: `${p}/history?limit=20`,
    events: `/api/v1/events?situation=${s.id}&limit=100`,
    overrides: `${p}/overrides`,
    forecast: `/api/v1/countries/${s.country}/forecast`,
    replay: `${p}/replay?from=${Number(asOf.slice(0, 4)) - 3}${asOf.slice(4, 7)}-01`,
    ...(base ? { diff: `${p}/diff?from=${base.id}&to=${asOf}` } : {}),
  };
}

/** All the page's calls at once; each call's own time and the whole visit's. */
async function visit(calls: Record<string, string>) {
  const t = performance.now();
  const each = await Promise.all(
    Object.entries(calls).map(async ([name, path]) => [name, (await get(path))[0]]),
  );
  return { all: performance.now() - t, each: Object.fromEntries(each) as Record<string, number> };
}

try {
  const startLoad = load1();
  const [, list] = await get("/api/v1/situations?limit=500");
  const sits = (list.items as { id: string; country: string }[]).slice(0, SITUATIONS);
  const pages = await Promise.all(sits.map(pageCalls));
  for (const c of pages) await visit(c); // warm: tallies cached, level history stored
  const alone: Record<string, number[]> = {};
  const visits: number[] = [];
  for (let i = 0; i < Math.ceil(RUNS / pages.length); i++) {
    for (const c of pages) {
      for (const [name, path] of Object.entries(c))
        alone[name] = [...(alone[name] ?? []), (await get(path))[0]];
      visits.push((await visit(c)).all);
    }
  }
  const afterChange: Record<string, number[]> = {};
  const firstVisit: number[] = [];
  const secondVisit: number[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const [i, s] of sits.slice(0, CHANGES).entries()) {
    await sql`INSERT INTO events (id, title, date_start, date_precision, country, latitude, longitude,
        location_precision, act_types, acts, situation_ids, fatalities_low, fatalities_best, fatalities_high,
        contested, sensitivity)
      SELECT ${randomUUID()}::uuid, 'Bench change', ${today}::date, 'day', country, latitude, longitude,
        location_precision, act_types, acts, situation_ids, fatalities_low, fatalities_best, fatalities_high,
        false, 'public'
      FROM events WHERE id = (SELECT event_id FROM event_situations WHERE situation_id = ${s.id}::uuid
        ORDER BY event_date DESC LIMIT 1)`.execute(app.database.db);
    const first = await visit(pages[i] as Record<string, string>);
    for (const [name, ms] of Object.entries(first.each))
      afterChange[name] = [...(afterChange[name] ?? []), ms];
    firstVisit.push(first.all);
    secondVisit.push((await visit(pages[i] as Record<string, string>)).all);
    log(
      `change ${i + 1}: first visit ${Math.round(first.all)} ms ${JSON.stringify(first.each, (_k, v) => (typeof v === "number" ? Math.round(v) : v))}`,
    );
  }
  const report = {
    label: args.label ?? null,
    load1m: { start: startLoad, end: load1() },
    callsAloneMs: Object.fromEntries(Object.entries(alone).map(([k, v]) => [k, stats(v)])),
    visitAllAtOnceMs: stats(visits),
    afterChangeEachCallMs: Object.fromEntries(Object.entries(afterChange).map(([k, v]) => [k, stats(v)])),
    afterChangeFirstVisitMs: stats(firstVisit),
    afterChangeSecondVisitMs: stats(secondVisit),
  };
  console.log(JSON.stringify(report));
} finally {
  await app.close();
}
