// The floor under any importer into tocsin's schema (issue 4), on PostgreSQL:
//
//   DATABASE_URL=postgres://... npm run bench -- import-floor [--rows=100000] [--rounds=2]
//
// An import of N generated GED rows stores N events and N claims. This bench takes exactly the rows such
// an import stored and COPYs them straight back into a new store (events, then claims: every index, the
// generated search vector, the foreign keys and the statement triggers run as in an import; no Node work,
// no parsing, mapping or validation at all), and times that beside the bare COPY of the GED file into a
// table of 49 text columns, in the same minutes, rounds interleaved. Both COPYs go through one pg
// connection each, so the server's CPU for each is read from /proc for that backend.
//
// If storing the rows alone already costs more than twice the bare COPY, no importer of this schema can
// be "within 2x of bare COPY", however fast its own work: the figure to weigh against the issue's goal.
import { spawnSync } from "node:child_process";
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { GED_COLUMNS } from "../src/domain/importers/ucdp-ged.ts";
import { writeGedFile } from "./import/ged-file.ts";
import { machine } from "./machine.ts";

const { values: args } = parseArgs({
  strict: false,
  options: { rows: { type: "string" }, rounds: { type: "string" }, out: { type: "string" } },
});
const ROWS = Number(args.rows ?? 100_000);
const ROUNDS = Number(args.rounds ?? 2);
const OUT = String(args.out ?? join(import.meta.dirname, "results"));
const BASE = process.env.DATABASE_URL;
if (!BASE) {
  console.log("import-floor: skipped, it runs on PostgreSQL and DATABASE_URL is not set");
  process.exit(0);
}
const BIN = join(import.meta.dirname, "..", "bin", "tocsin.js");
/** Tables an import writes besides events and claims: small, loaded untimed before the timed COPYs. */
const SMALL_TABLES = ["sources", "actors", "groups"];

const work = mkdtempSync(join(tmpdir(), "tocsin-floor-"));
const created: string[] = [];

function urlOf(name: string): string {
  const u = new URL(BASE as string);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new, migrated tocsin store on the server. */
async function newStore(tag: string): Promise<string> {
  const name = `tocsin_floor_${tag}_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  created.push(name);
  tocsin(["migrate"], urlOf(name));
  return urlOf(name);
}

function tocsin(argv: string[], databaseUrl: string): void {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TOCSIN_ACTOR: "bench",
      TOCSIN_DATA: join(work, "data"),
    },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`tocsin ${argv.join(" ")} failed: ${r.stderr || r.stdout}`);
}

/** The columns of a table that COPY may write (not generated ones). */
async function writable(c: pg.Client, table: string): Promise<string[]> {
  const r = await c.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((row) => `"${row.column_name}"`);
}

async function exportTable(c: pg.Client, table: string): Promise<{ file: string; columns: string[] }> {
  const columns = await writable(c, table);
  const file = join(work, `${table}.csv`);
  const copy = c.query(
    copyTo(`COPY (SELECT ${columns.join(", ")} FROM ${table}) TO STDOUT WITH (FORMAT csv)`),
  );
  await pipeline(copy, createWriteStream(file));
  return { file, columns };
}

const cpuOf = (pid: number): number => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(f[11]) + Number(f[12])) / 100;
};

/** COPYs a file into a table on one connection: wall seconds and the server backend's CPU seconds. */
async function timedCopy(url: string, statement: string, file: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const pid = (await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid as number;
    const cpu0 = cpuOf(pid);
    const t0 = performance.now();
    await pipeline(createReadStream(file), c.query(copyFrom(statement)));
    return { seconds: (performance.now() - t0) / 1000, serverCpu: cpuOf(pid) - cpu0 };
  } finally {
    await c.end();
  }
}

/**
 * A new store (altered by `alter` first, if given) with the exported small tables loaded, untimed, then
 * the exported events and claims COPYed: their wall seconds and server CPU seconds.
 */
async function storeRows(tag: string, alter?: string) {
  const url = await newStore(tag);
  if (alter) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(alter);
    await c.end();
  }
  const copy = (table: string) => {
    const e = exported.get(table) as { file: string; columns: string[] };
    return timedCopy(url, `COPY ${table} (${e.columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`, e.file);
  };
  for (const table of SMALL_TABLES) await copy(table);
  const events = await copy("events");
  const claims = await copy("claims");
  return {
    events: events.seconds,
    claims: claims.seconds,
    seconds: events.seconds + claims.seconds,
    serverCpu: events.serverCpu + claims.serverCpu,
  };
}

const exported = new Map<string, { file: string; columns: string[] }>();
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

try {
  const ged = join(work, "ged.csv");
  await writeGedFile(ged, ROWS);
  // The rows an import stores: one real import of the file, then its tables exported.
  const source = await newStore("source");
  tocsin(["import", "ucdp-ged", ged, "--json"], source);
  const c = new pg.Client({ connectionString: source });
  await c.connect();
  for (const table of [...SMALL_TABLES, "events", "claims"]) exported.set(table, await exportTable(c, table));
  await c.end();

  const runs: Record<string, number | string>[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const bareStore = await newStore(`bare${r}`);
    const bc = new pg.Client({ connectionString: bareStore });
    await bc.connect();
    await bc.query(`CREATE TABLE bare_ged (${GED_COLUMNS.map((col) => `${col} text`).join(", ")})`);
    await bc.end();
    const load0 = loadavg()[0] as number;
    const bare = await timedCopy(bareStore, "COPY bare_ged FROM STDIN WITH (FORMAT csv, HEADER true)", ged);

    const load1 = loadavg()[0] as number;
    const rows = await storeRows(`rows${r}`);
    // The floor if search were filled after the import by a job instead: no search vector, no GIN index.
    const lean = await storeRows(`lean${r}`, "ALTER TABLE events DROP COLUMN search");
    const run = {
      round: r,
      rows: ROWS,
      "load (1 min) bare / rows": `${load0.toFixed(1)} / ${load1.toFixed(1)}`,
      "bare COPY s": round(bare.seconds),
      "bare server CPU s": round(bare.serverCpu),
      "events COPY s": round(rows.events),
      "claims COPY s": round(rows.claims),
      "rows alone s": round(rows.seconds),
      "rows alone server CPU s": round(rows.serverCpu),
      "ratio, wall (rows alone / bare)": round(rows.seconds / bare.seconds),
      "ratio, server CPU": round(rows.serverCpu / bare.serverCpu),
      "without search s": round(lean.seconds),
      "without search server CPU s": round(lean.serverCpu),
      "ratio without search, wall / CPU": `${round(lean.seconds / bare.seconds)} / ${round(lean.serverCpu / bare.serverCpu)}`,
    };
    console.log(JSON.stringify(run));
    runs.push(run);
  }
  const keys = Object.keys(runs[0] ?? {});
  const lines = [
    "# The floor under any importer (issue 4)",
    "",
    `Generated by \`npm run bench -- import-floor --rows=${ROWS} --rounds=${ROUNDS}\` (bench/import-floor.bench.ts) on`,
    "PostgreSQL: the events and claims rows a `tocsin import ucdp-ged` of the generated file stored, COPYed",
    "back into a new migrated store with no Node work at all, beside the bare COPY of the GED file into 49",
    "text columns, rounds interleaved. Server CPU: the backend of each COPY's connection, from /proc.",
    "",
    `Machine: ${JSON.stringify(machine())}`,
    "",
    `| ${keys.join(" | ")} |`,
    `|${keys.map(() => "---").join("|")}|`,
    ...runs.map((run) => `| ${keys.map((k) => run[k]).join(" | ")} |`),
    "",
  ];
  writeFileSync(join(OUT, "import-floor.md"), lines.join("\n"));
  writeFileSync(join(OUT, "import-floor.json"), `${JSON.stringify({ machine: machine(), runs }, null, 2)}\n`);
} finally {
  for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
}
