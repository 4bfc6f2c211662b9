// Import benchmark (issue 4): `tocsin import ucdp-ged FILE` of a 1M-row UCDP-GED-shaped CSV against a bare
// COPY of the same file into a table of 49 text columns, on PGlite and PostgreSQL, side by side in one run,
// with the peak RSS of each process (/usr/bin/time).
//
//   npm run bench -- import                                   (1M generated rows; PostgreSQL if DATABASE_URL)
//   npm run bench -- import --rows=20000 --engines=pglite --out=.tmp   (a quick look)
//   npm run bench -- import --file=PATH                       (a real GED CSV instead of the generated one)
//
// The generated file is made by a seeded PRNG (bench/import/ged-file.ts) in the temp folder and removed
// afterwards; no data file is ever written into the repository. Each store is new: a PGlite folder in the
// temp folder, or a database of its own on DATABASE_URL's server, dropped at the end.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { GED_COLUMNS } from "../src/domain/importers/ucdp-ged.ts";
import { writeGedFile } from "./import/ged-file.ts";
import { type ImportRun, renderImportMarkdown } from "./import/report.ts";
import { machine } from "./machine.ts";
import {
  type BenchEngine,
  createLocation,
  removeLocation,
  type StoreLocation,
} from "./storage/bench-store.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const { values: args } = parseArgs({
  strict: false,
  options: {
    rows: { type: "string" },
    engines: { type: "string" },
    out: { type: "string" },
    file: { type: "string" },
    batch: { type: "string" },
  },
});

interface Timed {
  seconds: number;
  /** User + system CPU seconds of the process (not of a PostgreSQL server's backends). */
  cpuSeconds: number;
  peakRssMiB: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time: wall seconds and the peak RSS of that process. */
function timed(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const report = join(tmpdir(), `tocsin-bench-time-${process.pid}`);
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", "-o", report, command, ...argv], {
    cwd: root,
    env: { ...env, TZ: "UTC" },
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed: ${r.stderr || r.stdout}`);
  const [seconds, kib, user, sys] = readFileSync(report, "utf8").trim().split("\n").at(-1)?.split(" ") ?? [];
  rmSync(report, { force: true });
  return {
    seconds: Number(seconds),
    cpuSeconds: Number(user) + Number(sys),
    peakRssMiB: Math.round(Number(kib) / 1024),
    stdout: r.stdout,
  };
}

const tocsin = (location: StoreLocation, argv: string[]) =>
  timed(process.execPath, ["bin/tocsin.js", ...argv, "--data", location.dataDir], {
    ...process.env,
    DATABASE_URL: location.databaseUrl ?? "",
    TOCSIN_ACTOR: "bench",
  });

async function count(location: StoreLocation, table: string): Promise<number> {
  if (!location.databaseUrl) return -1;
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

async function bare(engine: BenchEngine, file: string): Promise<Timed & { rows: number }> {
  const location = await createLocation(engine);
  try {
    if (engine === "pglite") {
      const t = timed(process.execPath, [
        "--import",
        "tsx",
        join(here, "import/pglite-bare-copy.ts"),
        file,
        join(location.dataDir, "pgdata"),
      ]);
      // Seconds of the COPYs alone: creating a PGlite database (initdb) takes 5-30 s and is not the limit.
      const out = JSON.parse(t.stdout.trim().split("\n").at(-1) ?? "{}") as { rows: number; seconds: number };
      return { ...t, seconds: out.seconds, rows: out.rows };
    }
    const url = location.databaseUrl as string;
    const create = `CREATE TABLE bare_ged (${GED_COLUMNS.map((c) => `${c} text`).join(", ")})`;
    timed("psql", [url, "-q", "-v", "ON_ERROR_STOP=1", "-c", create]);
    const t = timed("psql", [
      url,
      "-q",
      "-v",
      "ON_ERROR_STOP=1",
      "-c",
      `\\copy bare_ged FROM '${file}' WITH (FORMAT csv, HEADER true)`,
    ]);
    return { ...t, rows: await count(location, "bare_ged") };
  } finally {
    await removeLocation(location);
  }
}

async function importRun(engine: BenchEngine, file: string, tiny: string, batch: string | undefined) {
  const location = await createLocation(engine);
  try {
    tocsin(location, ["migrate"]);
    // The fixed cost of a CLI call (tsx compiling the sources, opening the store): a one-row import of
    // another dataset name, so it collides with nothing of the big file.
    const fixed = tocsin(location, ["import", "ucdp-candidate", tiny, "--json"]);
    const t = tocsin(location, [
      "import",
      "ucdp-ged",
      file,
      "--json",
      "--rejects",
      join(location.dataDir, "rejects.csv"),
      ...(batch ? ["--batch-size", batch] : []),
    ]);
    const summary = JSON.parse(t.stdout) as { counts: Record<string, number> };
    return { ...t, fixedSeconds: fixed.seconds, counts: summary.counts };
  } finally {
    await removeLocation(location);
  }
}

const rows = Number(args.rows ?? 1_000_000);
const engines = String(args.engines ?? "pglite,postgres")
  .split(",")
  .filter((e) => e !== "postgres" || process.env.DATABASE_URL) as BenchEngine[];
const scratch = mkdtempSync(join(tmpdir(), "tocsin-import-bench-"));
const loadBefore = loadavg();
const uptimeBefore = spawnSync("uptime", { encoding: "utf8" }).stdout.trim();
const runs: ImportRun[] = [];
try {
  let file = typeof args.file === "string" ? args.file : join(scratch, "ged.csv");
  let generateSeconds: number | null = null;
  if (typeof args.file !== "string") {
    const t0 = performance.now();
    await writeGedFile(file, rows);
    generateSeconds = (performance.now() - t0) / 1000;
    console.log(`generated ${rows} rows (${statSync(file).size} bytes) in ${generateSeconds.toFixed(1)} s`);
  }
  file = file.startsWith("/") ? file : join(process.cwd(), file);
  const tiny = join(scratch, "one.csv");
  await writeGedFile(tiny, 1, 7);
  for (const engine of engines) {
    const load = loadavg()[0] as number;
    const b = await bare(engine, file);
    console.log(`${engine} bare COPY: ${b.rows} rows in ${b.seconds} s, peak RSS ${b.peakRssMiB} MiB`);
    const loadImport = loadavg()[0] as number;
    const t = await importRun(engine, file, tiny, typeof args.batch === "string" ? args.batch : undefined);
    console.log(
      `${engine} tocsin import: ${JSON.stringify(t.counts)} in ${t.seconds} s (fixed ${t.fixedSeconds} s), peak RSS ${t.peakRssMiB} MiB`,
    );
    runs.push({
      engine,
      rows: b.rows,
      bytes: statSync(file).size,
      bare: { seconds: b.seconds, peakRssMiB: b.peakRssMiB, load },
      tocsin: {
        seconds: t.seconds,
        cpuSeconds: t.cpuSeconds,
        fixedSeconds: t.fixedSeconds,
        peakRssMiB: t.peakRssMiB,
        counts: t.counts,
        load: loadImport,
      },
    });
  }
  const results = {
    machine: machine(),
    uptimeBefore,
    uptimeAfter: spawnSync("uptime", { encoding: "utf8" }).stdout.trim(),
    loadBefore,
    file: typeof args.file === "string" ? "given" : "generated",
    generateSeconds,
    batch: typeof args.batch === "string" ? args.batch : "5000 (the import default)",
    runs,
  };
  const out = typeof args.out === "string" ? args.out : join(here, "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "import.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, "import.md"), renderImportMarkdown(results));
  console.log(`results in ${join(out, "import.md")}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
