// Storage benchmark (issue 2): bulk insert of synthetic UCDP-like events on PGlite and PostgreSQL against a
// bare COPY of the same rows, then the country-year list and full-text search at the largest size.
//
//   npm run bench -- storage                      (100k and 1M rows; PostgreSQL when DATABASE_URL is set)
//   npm run bench -- storage --sizes=20000 --engines=pglite --out=.tmp   (a quick look)
//
// Each measurement runs in a child process of its own (peak RSS per phase, no memory carried over) against
// a fresh store: a PGlite folder in the temp dir, or a database of its own created on DATABASE_URL's
// server and dropped afterwards. The bench starts no server itself.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { machine } from "./machine.ts";
import {
  type BenchEngine,
  createLocation,
  openLocation,
  peakRssMiB,
  removeLocation,
  type StoreLocation,
} from "./storage/bench-store.ts";
import { runBreakdown } from "./storage/breakdown-phase.ts";
import { type LoadPhase, runLoad } from "./storage/load-phases.ts";
import { runQueries } from "./storage/query-phase.ts";
import { type BenchResults, type PhaseRun, renderMarkdown } from "./storage/report.ts";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  strict: false,
  options: {
    phase: { type: "string" },
    location: { type: "string" },
    rows: { type: "string" },
    batch: { type: "string" },
    result: { type: "string" },
    sizes: { type: "string" },
    engines: { type: "string" },
    out: { type: "string" },
    "direct-max": { type: "string" },
  },
});
const batch = Number(args.batch ?? 10_000);
const directMax = Number(args["direct-max"] ?? 100_000);

if (typeof args.phase === "string") await child();
else await orchestrate();

/** One measurement, in its own process: its result goes to the file named by --result. */
async function child() {
  const location = JSON.parse(String(args.location)) as StoreLocation;
  const app = await openLocation(location);
  let result: unknown;
  try {
    if (args.phase === "query") result = await runQueries(app);
    else if (args.phase === "breakdown")
      result = { steps: await runBreakdown(app, Number(args.rows), batch) };
    else result = await runLoad(app, args.phase as LoadPhase, Number(args.rows), batch);
  } finally {
    await app.close();
  }
  writeFileSync(String(args.result), JSON.stringify({ ...(result as object), peakRssMiB: peakRssMiB() }));
}

async function orchestrate() {
  const sizes = String(args.sizes ?? "100000,1000000")
    .split(",")
    .map(Number);
  const wanted = String(args.engines ?? "pglite,postgres").split(",") as BenchEngine[];
  const notes: string[] = [];
  const engines = wanted.filter((e) => {
    if (e !== "postgres" || process.env.DATABASE_URL) return true;
    notes.push("DATABASE_URL is not set: PostgreSQL was skipped (the bench starts no server itself).");
    console.log(notes.at(-1));
    return false;
  });
  const scratch = mkdtempSync(join(tmpdir(), "tocsin-bench-results-"));
  const results: BenchResults = {
    machine: machine(),
    loadBefore: loadavg(),
    batch,
    notes,
    runs: [],
    queries: {},
    breakdown: {},
  };
  const largest = Math.max(...sizes);
  try {
    for (const engine of engines) {
      const smallest = Math.min(...sizes);
      const location = await createLocation(engine);
      try {
        const b = measure<{ steps: BenchResults["breakdown"][string]["steps"] }>(
          "breakdown",
          location,
          smallest,
          scratch,
        );
        results.breakdown[engine] = { rows: smallest, steps: b.steps, loadavg: b.loadavg };
        for (const s of b.steps)
          console.log(`${engine} ${smallest} breakdown: ${s.step}: ${s.microsPerRow} µs/row`);
      } finally {
        await removeLocation(location);
      }
      for (const rows of sizes) {
        // Small sizes run twice, phases interleaved, so that a burst of load elsewhere shows up as a spread.
        const rounds = rows <= 100_000 ? 2 : 1;
        for (let round = 1; round <= rounds; round++) {
          // The direct design is an alternative weighed at the smaller sizes; at a million rows the bench
          // measures what tocsin ships and its limit (pass --direct-max to change that).
          const phases: LoadPhase[] = rows <= directMax ? ["bare", "tocsin", "direct"] : ["bare", "tocsin"];
          for (const phase of phases) {
            const keep = phase === "tocsin" && rows === largest && round === rounds;
            const location = await createLocation(engine);
            try {
              const run = measure<PhaseRun>(phase, location, rows, scratch);
              results.runs.push({ ...run, engine, phase, round });
              console.log(
                `${engine} ${rows} ${phase}: ${Math.round(rows / run.seconds)} rows/s, ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMiB} MiB`,
              );
              if (keep) {
                const q = measure<BenchResults["queries"][string]>("query", location, rows, scratch);
                results.queries[engine] = { ...q, rows };
                console.log(`${engine} queries at ${rows}: ${JSON.stringify(q.countryYear)}`);
              }
            } finally {
              await removeLocation(location);
            }
          }
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  results.loadAfter = loadavg();
  const out = String(args.out ?? join(here, "results"));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "storage.json"), `${JSON.stringify(results, null, 2)}\n`);
  const notesFile = join(here, "storage", "notes.md");
  writeFileSync(join(out, "storage.md"), renderMarkdown(results, readOptional(notesFile)));
  console.log(`results written to ${join(out, "storage.md")} and storage.json`);
}

function measure<T>(
  phase: string,
  location: StoreLocation,
  rows: number,
  scratch: string,
): T & { loadavg: number[] } {
  const result = join(scratch, `${phase}-${location.engine}-${rows}-${Date.now()}.json`);
  const load = loadavg();
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      `--phase=${phase}`,
      `--location=${JSON.stringify(location)}`,
      `--rows=${rows}`,
      `--batch=${batch}`,
      `--result=${result}`,
    ],
    { stdio: "inherit", env: { ...process.env, TZ: "UTC" } },
  );
  if (r.status !== 0)
    throw new Error(`${phase} on ${location.engine} with ${rows} rows failed (exit ${r.status})`);
  return { ...(JSON.parse(readFileSync(result, "utf8")) as T), loadavg: load };
}

function readOptional(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
