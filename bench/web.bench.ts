// Web benchmark (issue 7): the web app's initial JavaScript (gzip), the time until the world map is drawn and
// clickable in headless Chromium, and the situation page's API at 1M events.
//
//   npm run bench -- web                                   (1M events; PostgreSQL when DATABASE_URL is set, else PGlite)
//   npm run bench -- web --events=20000 --engines=pglite --out=.tmp     (a quick look)
//   ... --keep=DIR  keeps (or reuses) the generated stores under DIR: generation takes minutes at 1M.
//
// The API is driven in-process (app.request: routing, validation, SQL, JSON; no socket). Each situation page
// call is timed alone (p50/p95 over RUNS, across 5 situations) and as the page makes them, all at once.

// First: extends zod with .openapi() before any schema module loads (src/http/alerts/schema.ts needs it).
import "@hono/zod-openapi";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openAssessment } from "../src/adapters/db/assessment/open-assessment.ts";
import { createHttpApp } from "../src/http/server.ts";
import { WEB_DIST } from "../src/http/web-app.ts";
import { openBenchStore } from "./bench-store.ts";
import { machine } from "./machine.ts";
import { bundleSize } from "./web/bundle-size.ts";
import { measureMap } from "./web/map-interactive.ts";
import { generate, SITUATIONS } from "./web/synthetic-situations.ts";

const { values: args } = parseArgs({
  strict: false,
  options: {
    events: { type: "string" },
    engines: { type: "string" },
    out: { type: "string" },
    keep: { type: "string" },
    runs: { type: "string" },
  },
});
const N = Number(args.events ?? 1_000_000);
const engines = String(args.engines ?? (process.env.DATABASE_URL ? "postgres" : "pglite")).split(",");
const outDir = String(args.out ?? join(import.meta.dirname, "results"));
const keep = args.keep ? String(args.keep) : null;
const RUNS = Number(args.runs ?? 20);
const log = (line: string) => process.stderr.write(`${line}\n`);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN) * 10) / 10;
}
const stats = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: pct(xs, 100), n: xs.length });

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

// 1. The initial JavaScript.
const build = spawnSync(process.execPath, ["scripts/build-web.mjs", "--force"], { stdio: "inherit" });
if (build.status !== 0) throw new Error("the web app did not build");
const bundle = bundleSize(WEB_DIST);
log(`bundle: ${JSON.stringify(bundle)}`);

// 2. Time until the map is interactive, on the fictional scenario, in headless Chromium (bench/web/map-interactive.ts).
const map = await measureMap(10);
log(`map interactive: ${JSON.stringify(map)}`);

// 3. The situation page's API and the overview at N events.
const api: Record<string, unknown>[] = [];
for (const engine of engines) {
  const { app, fresh, dispose } = await openBenchStore(engine, `tocsin_bench_web_${N}`, keep, "bench web");
  try {
    log(`${engine}: ${fresh ? "generating" : "reusing"} ${N} events`);
    if (fresh) {
      const [ms] = await timed(() => generate(app, N, log));
      log(`  generated in ${(ms / 1000).toFixed(1)} s`);
    }
    const http = createHttpApp(app, { clearance: "internal", publicMode: false, log: () => {} });
    const get = async (path: string) => {
      const r = await http.request(path, { headers: { accept: "application/json" } });
      if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
      return r.json() as Promise<Record<string, unknown>>;
    };
    const [firstOverviewMs, first] = await timed(() => get("/api/v1/overview"));
    log(`  first overview: ${Math.round(firstOverviewMs)} ms, complete ${first.complete}`);
    // Fill every situation's cache (and store a snapshot each, so the page has a diff): the cost after an import.
    const engineSvc = openAssessment(app);
    const [recomputeMs] = await timed(() =>
      engineSvc.recomputeAll({}, { actor: "bench", clearance: "internal" }),
    );
    log(`  recompute all (cold): ${(recomputeMs / 1000).toFixed(1)} s`);
    const overview: number[] = [];
    let complete = false;
    for (let i = 0; i < RUNS; i++) {
      const [ms, o] = await timed(() => get("/api/v1/overview"));
      overview.push(ms);
      complete = o.complete === true;
    }
    const ids = (
      (await get("/api/v1/situations?limit=500")).items as { id: string; country: string }[]
    ).slice(0, 5);
    const calls = (s: { id: string; country: string }, asOf: string, base: string) => ({
      situation: `/api/v1/situations/${s.id}`,
      assessment: `/api/v1/situations/${s.id}/assessment`,
      explanation: `/api/v1/situations/${s.id}/explanation?fresh=true`,
      history: `/api/v1/situations/${s.id}/history?limit=20`,
      events: `/api/v1/events?situation=${s.id}&limit=100`,
      diff: `/api/v1/situations/${s.id}/diff?from=${base}&to=${asOf}`,
      forecast: `/api/v1/countries/${s.country}/forecast`,
      replay: `/api/v1/situations/${s.id}/replay?from=${Number(asOf.slice(0, 4)) - 3}${asOf.slice(4, 7)}-01`,
    });
    // The level history's first replay of each situation computes and stores every month (called on the
    // engine: over HTTP it could pass the server's 60 s limit on a loaded machine); later ones read it.
    const coldReplay: number[] = [];
    for (const s of ids) {
      const asOf = new Date().toISOString().slice(0, 10);
      const from = `${Number(asOf.slice(0, 4)) - 3}${asOf.slice(4, 7)}-01`;
      const [ms] = await timed(() =>
        engineSvc.replay(s.id, { from }, { actor: "bench", clearance: "internal" }),
      );
      coldReplay.push(ms);
    }
    log(
      `  first replay of each situation (computes and stores): ${coldReplay.map(Math.round).join(", ")} ms`,
    );
    const per: Record<string, number[]> = {};
    const pageAll: number[] = [];
    const pageWithoutReplay: number[] = [];
    for (const s of ids) {
      const hist = (await get(`/api/v1/situations/${s.id}/history?limit=1`)).items as {
        id: string;
        asOf: string;
      }[];
      const base = hist[0]?.id ?? "2000-01-01";
      const asOf = new Date().toISOString().slice(0, 10);
      const c = calls(s, asOf, base);
      for (const path of Object.values(c)) await get(path); // first visit: warms this situation
      for (let i = 0; i < Math.ceil(RUNS / ids.length); i++) {
        for (const [name, path] of Object.entries(c)) {
          const [ms] = await timed(() => get(path));
          per[name] = [...(per[name] ?? []), ms];
        }
        const [all] = await timed(() => Promise.all(Object.values(c).map(get)));
        pageAll.push(all);
        const [most] = await timed(() =>
          Promise.all(
            Object.entries(c)
              .filter(([n]) => n !== "replay")
              .map(([, p]) => get(p)),
          ),
        );
        pageWithoutReplay.push(most);
      }
    }
    api.push({
      engine,
      events: N,
      situations: SITUATIONS,
      firstOverviewMs: Math.round(firstOverviewMs),
      firstOverviewComplete: first.complete,
      // A reused store (--keep) has valid caches from the last run: its "cold" recompute reads them.
      storeReused: !fresh,
      coldRecomputeAllMs: Math.round(recomputeMs),
      firstReplayComputesAndStoresMs: stats(coldReplay),
      overviewMs: { ...stats(overview), complete },
      situationPageCallsMs: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, stats(v)])),
      situationPageAllCallsAtOnceMs: stats(pageAll),
      situationPageWithoutReplayMs: stats(pageWithoutReplay),
    });
    log(`  ${JSON.stringify(api.at(-1))}`);
  } finally {
    await dispose();
  }
}

mkdirSync(outDir, { recursive: true });
const report = {
  benchmark: "web",
  goals:
    "initial JavaScript <= 250 KB gzip; map interactive <= 1.5 s; situation page API p95 < 100 ms at 1M events",
  machine: { ...machine(), loadAverage1m: Math.round(loadavg()[0] ?? 0) },
  bundle,
  mapInteractiveMs: map,
  api,
};
writeFileSync(join(outDir, "web.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
