// The situation page's API at 1M events (issue 7), call by call: each call timed alone on a warm store, then
// right after a change to the situation's evidence (a new event dated today, committed) the page's nine calls
// made at once, as the browser makes them, each call's own time, then the same visit again.
//
//   DATABASE_URL=postgres://.../postgres node --import tsx bench/web/situation-page.ts \
//     --template=tocsin_bench_web_1000000 [--situations=5] [--runs=20] [--changes=3] [--label=after]
//
// With --template it runs on a copy of that kept store (CREATE DATABASE ... TEMPLATE, dropped at the end: the
// changes add events, the template stays as it was); without, on the database DATABASE_URL names. To compare
// two versions of the code, run this file from each checkout, interleaved, on the same copy.
import "@hono/zod-openapi";
import { randomUUID } from "node:crypto";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { openApp } from "../../src/bootstrap.ts";
import { createHttpApp } from "../../src/http/server.ts";

const { values: args } = parseArgs({
  strict: false,
  options: {
    situations: { type: "string" },
    runs: { type: "string" },
    changes: { type: "string" },
    label: { type: "string" },
    template: { type: "string" },
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

const base = process.env.DATABASE_URL;
if (!base)
  throw new Error("DATABASE_URL names the PostgreSQL server (with --template) or a copy of the store");
const template = args.template ? String(args.template) : null;
if (template && !/^\w+$/.test(template)) throw new Error("--template: a database name");
const copy = `tocsin_bench_situation_page_${process.pid}`;
const admin = async (statement: string) => {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
};
if (template) {
  const t = performance.now();
  await admin(`CREATE DATABASE ${copy} TEMPLATE ${template}`);
  log(`copied ${template} in ${Math.round(performance.now() - t)} ms`);
}
const url = template ? Object.assign(new URL(base), { pathname: `/${copy}` }).toString() : base;
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
  const warm = performance.now();
  for (const c of pages) await visit(c); // warm: tallies cached, level history stored
  log(`warmed ${pages.length} situations in ${Math.round(performance.now() - warm)} ms (load ${load1()})`);
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
  /** This process's CPU during the first visit (the rest of the wall time: PostgreSQL, or waiting for a core). */
  const firstVisitCpu: number[] = [];
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
    const cpu = process.cpuUsage();
    const first = await visit(pages[i] as Record<string, string>);
    const used = process.cpuUsage(cpu);
    firstVisitCpu.push((used.user + used.system) / 1000);
    for (const [name, ms] of Object.entries(first.each))
      afterChange[name] = [...(afterChange[name] ?? []), ms];
    firstVisit.push(first.all);
    secondVisit.push((await visit(pages[i] as Record<string, string>)).all);
    log(
      `change ${i + 1} (load ${load1()}): first visit ${Math.round(first.all)} ms, process CPU ${Math.round((used.user + used.system) / 1000)} ms ${JSON.stringify(first.each, (_k, v) => (typeof v === "number" ? Math.round(v) : v))}`,
    );
  }
  const report = {
    label: args.label ?? null,
    load1m: { start: startLoad, end: load1() },
    callsAloneMs: Object.fromEntries(Object.entries(alone).map(([k, v]) => [k, stats(v)])),
    visitAllAtOnceMs: stats(visits),
    afterChangeEachCallMs: Object.fromEntries(Object.entries(afterChange).map(([k, v]) => [k, stats(v)])),
    afterChangeFirstVisitMs: stats(firstVisit),
    afterChangeFirstVisitProcessCpuMs: stats(firstVisitCpu),
    afterChangeSecondVisitMs: stats(secondVisit),
  };
  console.log(JSON.stringify(report));
} finally {
  await app.close();
  if (template) await admin(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
}
