// Assessment benchmark (issue 3): recompute every situation's assessment at 1M events / 200 situations, and
// one situation's explanation, on PGlite and PostgreSQL.
//
//   npm run bench -- assessment                          (1M events; PostgreSQL too when DATABASE_URL is set)
//   npm run bench -- assessment --events=20000 --engines=pglite --out=.tmp   (a quick look)
//   ... --keep=DIR  keeps (or reuses) the generated stores under DIR: generation takes minutes at 1M.
//
// Data: synthetic, generated in SQL: 200 situations, 30 sources graded A-F, N events spread over ten years
// and over the situations (one act each from ten act types, small tolls, 5% contested), one claim per event
// (as the importers attach one per row) and N/500 claims naming an indicator. Measured:
// - cold: recompute all with an empty tally cache (reads every situation's evidence; fills the cache);
// - warm: recompute all again, later the same day and the next day (the cache decays exactly);
// - explanation: one situation's explanation from its latest stored snapshot (p50/p95 over 30 runs);
// - one situation computed from its evidence (no cache).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openAssessment } from "../src/adapters/db/assessment/open-assessment.ts";
import type { AppContext } from "../src/bootstrap.ts";
import type { Caller } from "../src/domain/evidence/sensitivity.ts";
import { openBenchStore } from "./bench-store.ts";
import { machine } from "./machine.ts";

const { values: args } = parseArgs({
  strict: false,
  options: {
    events: { type: "string" },
    engines: { type: "string" },
    out: { type: "string" },
    keep: { type: "string" },
  },
});
const N = Number(args.events ?? 1_000_000);
const engines = String(args.engines ?? (process.env.DATABASE_URL ? "pglite,postgres" : "pglite")).split(",");
const outDir = String(args.out ?? join(import.meta.dirname, "results"));
const keep = args.keep ? String(args.keep) : null;
const SITUATIONS = 200;
const caller: Caller = { actor: "bench", clearance: "confidential" };
const ACTS = [
  "killing",
  "massacre",
  "forced-displacement",
  "arbitrary-detention",
  "hate-speech-or-incitement",
  "battle",
  "destruction-of-homes",
  "torture",
  "discriminatory-law-or-policy",
  "denial-statement",
];

/** Synthetic evidence, in chunks of 100k rows per statement. */
async function generate(app: AppContext): Promise<void> {
  const db = app.database.db;
  await sql`INSERT INTO sources (id, kind, name, reliability, sensitivity)
    SELECT md5('src' || g)::uuid, 'organisation', 'Bench source ' || g, (ARRAY['A','B','C','D','E','F'])[1 + g % 6], 'public'
    FROM generate_series(1, 30) g`.execute(db);
  await sql`INSERT INTO situations (id, name, country, sensitivity)
    SELECT md5('sit' || g)::uuid, 'Bench situation ' || g, 'ATA', 'public' FROM generate_series(1, ${SITUATIONS}::int) g`.execute(
    db,
  );
  const chunk = 100_000;
  for (let s = 0; s < N; s += chunk) {
    const lo = s + 1;
    const hi = Math.min(N, s + chunk);
    await sql`INSERT INTO events (id, title, date_start, date_precision, location_precision, act_types, acts,
        situation_ids, fatalities_low, fatalities_best, fatalities_high, contested, sensitivity)
      SELECT md5('ev' || g)::uuid, 'Bench event ' || g, current_date - ((g::bigint * 7919) % 3650)::int, 'day', 'unknown',
        ARRAY[(${ACTS}::text[])[1 + (g::bigint * 31) % 10]],
        jsonb_build_array(jsonb_build_object('type', (${ACTS}::text[])[1 + (g::bigint * 31) % 10], 'description', null)),
        ARRAY[md5('sit' || (1 + g % ${SITUATIONS}::int))::uuid], g % 5, g % 5 + g % 7, g % 5 + g % 7 + g % 3,
        g % 20 = 0, 'public'
      FROM generate_series(${lo}::int, ${hi}::int) g`.execute(db);
    await sql`INSERT INTO claims (id, source_id, event_id, statement, credibility, stated_at, sensitivity)
      SELECT md5('cl' || g)::uuid, md5('src' || (1 + g % 30))::uuid, md5('ev' || g)::uuid, 'Reported', 1 + g % 6,
        current_date - ((g::bigint * 7919) % 3650)::int, 'public'
      FROM generate_series(${lo}::int, ${hi}::int) g`.execute(db);
    process.stderr.write(`  generated ${hi} events\n`);
  }
  const ids = [
    "s4.coded-terms",
    "s7.euphemisms",
    "s7.fear-speech",
    "s10.evidence-destroyed",
    "s9.selective-killing",
  ];
  await sql`INSERT INTO claims (id, source_id, situation_id, indicator, statement, credibility, stated_at, sensitivity)
    SELECT md5('ic' || g)::uuid, md5('src' || (1 + g % 30))::uuid, md5('sit' || (1 + g % ${SITUATIONS}::int))::uuid,
      (${ids}::text[])[1 + g % 5], 'Indicator reported', 1 + g % 4, current_date - (g * 13 % 1500), 'public'
    FROM generate_series(1, ${Math.max(1, Math.floor(N / 500))}::int) g`.execute(db);
  await sql`ANALYZE`.execute(db);
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

const results: Record<string, unknown>[] = [];
for (const engine of engines) {
  const { app, fresh, dispose } = await openBenchStore(
    engine,
    `tocsin_bench_assess_${N}`,
    keep,
    "bench assessment",
  );
  try {
    process.stderr.write(`${engine}: ${fresh ? "generating" : "reusing"} ${N} events\n`);
    if (fresh) {
      const [genMs] = await time(() => generate(app));
      process.stderr.write(`  generated in ${(genMs / 1000).toFixed(1)} s\n`);
    }
    await sql`DELETE FROM assessment_tally_cache`.execute(app.database.db);
    const engineSvc = openAssessment(app);
    const [coldMs, cold] = await time(() => engineSvc.recomputeAll({}, caller));
    process.stderr.write(`  cold recompute all: ${(coldMs / 1000).toFixed(1)} s\n`);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push((await time(() => engineSvc.recomputeAll({}, caller)))[0]);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const [nextDayMs, nextDay] = await time(() => engineSvc.recomputeAll({ asOf: tomorrow }, caller));
    const id = cold.results[7]?.result.situationId as string;
    const explain: number[] = [];
    for (let i = 0; i < 30; i++) explain.push((await time(() => engineSvc.explanation(id, {}, caller)))[0]);
    const [oneMs] = await time(() => engineSvc.compute(id, { asOf: "2025-01-01" }, caller));
    const levels: Record<string, number> = {};
    for (const r of cold.results) levels[r.result.level] = (levels[r.result.level] ?? 0) + 1;
    results.push({
      engine,
      events: N,
      situations: cold.situations,
      coldRecomputeAllMs: Math.round(coldMs),
      warmRecomputeAllMs: warm.map(Math.round),
      nextDayRecomputeAllMs: Math.round(nextDayMs),
      nextDayFromCache: nextDay.fromCache,
      explanationMs: {
        p50: Math.round(pct(explain, 50) * 10) / 10,
        p95: Math.round(pct(explain, 95) * 10) / 10,
      },
      oneSituationFromEvidenceMs: Math.round(oneMs),
      levels,
    });
    process.stderr.write(`  ${JSON.stringify(results.at(-1))}\n`);
  } finally {
    await dispose();
  }
}
mkdirSync(outDir, { recursive: true });
const report = {
  benchmark: "assessment",
  goal: "recompute all < 2 s; one explanation < 50 ms",
  machine: machine(),
  results,
};
writeFileSync(join(outDir, "assessment.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
