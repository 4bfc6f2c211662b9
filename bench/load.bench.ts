// Load benchmark (issue 8): a load generator on loopback against `tocsin serve` in its own process, on
// PostgreSQL (DATABASE_URL) and on PGlite, with the fictional scenario loaded. Sustained reads, then
// sustained writes; errors, throughput, latency percentiles, the server's peak memory, and the CPU time the
// server and its PostgreSQL backends spend per request.
//
//   npm run bench -- load                       (20 s reads + 10 s writes per engine, caller and generator)
//   npm run bench -- load --seconds=5 --engines=postgres --generator=wrk --out=.tmp   (a quick look)
//   npm run bench -- load --baseline=/path/to/older/checkout   (the same phases against that checkout's
//                                                              serve too, interleaved: before/after)
//
// Generators: wrk (Debian's package, installed with apt-get when missing, as bench/forecast installs R) and
// autocannon (npm). By default both run, one after the other on the same server, and the table shows them
// side by side: autocannon is a Node process that takes much of one of the two cores, wrk little.
// Goal (issue 8): >= 1,000 req/s reads with p99 < 50 ms on this 2-core machine, 0 errors, on PostgreSQL.
// The load generator shares the two cores with the server (and PostgreSQL): the figures are for the whole
// machine, as a deployment on one small box would see them.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { Backends, backendCpuBetween, processCpuMs } from "./load/cpu.ts";
import { GENERATORS, type Generator, type GeneratorResult, generate, type Load } from "./load/generator.ts";
import { type ServerProcess, startServe, tocsin, tocsinOutput } from "./load/server-process.ts";
import { ensureWrk } from "./load/wrk.ts";
import { machine } from "./machine.ts";

const { values: args } = parseArgs({
  strict: false,
  options: {
    seconds: { type: "string" },
    engines: { type: "string" },
    out: { type: "string" },
    generator: { type: "string" },
    baseline: { type: "string" },
  },
});
const SECONDS = Number(args.seconds ?? 20);
const engines = String(args.engines ?? (process.env.DATABASE_URL ? "postgres,pglite" : "pglite")).split(",");
const outDir = String(args.out ?? join(import.meta.dirname, "results"));
const generators = (
  args.generator === undefined || args.generator === "both" ? [...GENERATORS] : [String(args.generator)]
) as Generator[];
for (const g of generators) {
  if (!GENERATORS.includes(g)) throw new Error(`--generator: ${g} is not one of wrk, autocannon, both`);
}
const baseline = args.baseline === undefined ? null : resolve(String(args.baseline));
if (baseline && !existsSync(join(baseline, "bin", "tocsin.js"))) {
  throw new Error(`--baseline: no bin/tocsin.js in ${baseline}`);
}
const wrkStatus = generators.includes("wrk") ? ensureWrk() : "not used";
if (generators.includes("wrk") && !/present|installed/.test(wrkStatus)) throw new Error(`wrk: ${wrkStatus}`);
const CONNECTIONS = 16;
const WARM_UP_SECONDS = 3;
const LOAD_BEFORE = loadavg()[0] ?? 0;

/** The commit a checkout is at (the baseline's name in the table), or its folder when git cannot tell. */
function commitOf(dir: string): string {
  const r = spawnSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : dir;
}

interface Version {
  name: string;
  bin: string | undefined;
}
const versions: Version[] = [
  ...(baseline ? [{ name: `baseline ${commitOf(baseline)}`, bin: join(baseline, "bin", "tocsin.js") }] : []),
  { name: "this checkout", bin: undefined },
];

interface Run {
  engine: string;
  version: string;
  /** How the load generator calls: open local mode (no accounts) or an analyst's API token. */
  caller: string;
  generator: Generator;
  phase: string;
  /** The 1-minute load average when the phase started (the machine is shared). */
  load1: number;
  requests: number;
  perSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  peakRssMiB: number;
  serverCpuMsPerRequest: number;
  /** PostgreSQL only: the CPU time of the server's backends. */
  postgresCpuMsPerRequest: number | null;
}

async function database(engine: string): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "tocsin-load-"));
  const env: NodeJS.ProcessEnv = { ...process.env, TOCSIN_DATA: dataDir, TOCSIN_CLEARANCE: "confidential" };
  if (engine === "pglite") {
    env.DATABASE_URL = "";
    return { env, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("the PostgreSQL run needs DATABASE_URL");
  const name = `tocsin_load_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  return {
    env,
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function ids(url: string, plural: string, headers: Record<string, string>): Promise<string[]> {
  const res = await fetch(`${url}/api/v1/${plural}?limit=50`, { headers });
  const body = (await res.json()) as { items: { id: string }[] };
  return body.items.map((r) => r.id);
}

/** One phase under one generator, with the server's memory, and CPU per request of server and backends. */
async function measure(
  run: Pick<Run, "engine" | "version" | "caller" | "generator" | "phase">,
  server: ServerProcess,
  backends: Backends | null,
  load: () => Promise<GeneratorResult>,
): Promise<Run> {
  const load1 = loadavg()[0] ?? 0;
  let peak = server.rssMiB();
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rssMiB());
  }, 200);
  const pid = server.child.pid as number;
  const serverBefore = processCpuMs(pid);
  const pgBefore = backends ? await backends.cpu() : null;
  const r = await load();
  const serverMs = processCpuMs(pid) - serverBefore;
  const pgMs = backends && pgBefore ? backendCpuBetween(pgBefore, await backends.cpu()) : null;
  clearInterval(timer);
  const perRequest = (ms: number) => Math.round((ms / Math.max(1, r.requests)) * 100) / 100;
  const result: Run = {
    ...run,
    serverCpuMsPerRequest: perRequest(serverMs),
    postgresCpuMsPerRequest: pgMs === null ? null : perRequest(pgMs),
    load1: Math.round(load1 * 10) / 10,
    requests: r.requests,
    perSecond: Math.round(r.requests / r.seconds),
    latencyMs: r.latencyMs,
    errors: r.errors,
    non2xx: r.non2xx,
    peakRssMiB: Math.round(peak),
  };
  console.log(JSON.stringify(result));
  return result;
}

/** An analyst account with a read+write token, as a team's script would call the API. */
async function analystToken(env: NodeJS.ProcessEnv): Promise<string> {
  await tocsinOutput(
    ["user", "add", "load-analyst", "--role", "analyst", "--clearance", "confidential"],
    env,
    { stdin: "a long enough fictional password 1\n" },
  );
  const out = await tocsinOutput(
    ["token", "add", "load-analyst", "--name", "load benchmark", "--scopes", "read,write", "--json"],
    env,
  );
  return (JSON.parse(out) as { token: string }).token;
}

async function loadPhases(
  engine: string,
  version: Version,
  caller: string,
  server: ServerProcess,
  backends: Backends | null,
  headers: Record<string, string>,
) {
  const url = server.url;
  const events = await ids(url, "events", headers);
  const situations = await ids(url, "situations", headers);
  const paths = [
    ...events.slice(0, 20).map((id) => `/api/v1/events/${id}`),
    "/api/v1/events?limit=50",
    "/api/v1/events?limit=20&contested=true",
    "/api/v1/situations",
    ...situations.map((id) => `/api/v1/situations/${id}`),
    "/api/v1/health",
  ];
  const reads = (seconds: number): Load => ({ url, connections: CONNECTIONS, seconds, headers, paths });
  // Not measured: the jobs the scenario queued (PostgreSQL: waited for), then the server's first seconds
  // (JIT, the pool's connections, prepared statements), the same for every version and generator.
  await backends?.jobsSettled();
  await generate(generators[0] as Generator, reads(WARM_UP_SECONDS));
  const base = { engine, version: version.name, caller };
  for (const generator of generators) {
    const run = { ...base, generator, phase: "reads: records and lists" };
    runs.push(await measure(run, server, backends, () => generate(generator, reads(SECONDS))));
  }
  for (const generator of generators) {
    const run = { ...base, generator, phase: "writes: create a record (custody-logged)" };
    const tag = `${runs.length} ${randomUUID().slice(0, 8)}`; // names are unique across phases
    const writes: Load = {
      url,
      connections: CONNECTIONS,
      seconds: Math.max(5, Math.round(SECONDS / 2)),
      headers: { ...headers, "x-tocsin-actor": "load-bench" },
      post: { path: "/api/v1/groups", namePrefix: `Load test group ${tag} (fictional)` },
    };
    runs.push(await measure(run, server, backends, () => generate(generator, writes)));
  }
  const verify = await fetch(`${url}/api/v1/groups?limit=1`, { headers });
  if (!verify.ok) throw new Error(`after the load the server answers ${verify.status}`);
}

const runs: Run[] = [];
for (const engine of engines) {
  const db = await database(engine);
  const backends = engine === "postgres" ? await Backends.open(db.env.DATABASE_URL as string) : null;
  try {
    await tocsin(["demo"], db.env);
    const token = await analystToken(db.env);
    for (const [caller, serveFlags, headers] of [
      ["open local mode", ["--auth", "open"], {}],
      ["API token", [], { authorization: `Bearer ${token}` }],
    ] as const) {
      // Versions alternate within a caller, so that a before/after pair ran minutes apart at most.
      for (const version of versions) {
        const server = await startServe(db.env, [...serveFlags], version.bin);
        try {
          await loadPhases(engine, version, caller, server, backends, headers);
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    await backends?.close();
    await db.drop();
  }
}

/** What follows this line in load.md is written by hand (what changed, analysis) and kept by each run. */
const NOTES_MARK = "<!-- notes below are kept by the bench -->";
const previous = existsSync(join(outDir, "load.md")) ? readFileSync(join(outDir, "load.md"), "utf8") : "";
const notes = previous.includes(NOTES_MARK) ? previous.slice(previous.indexOf(NOTES_MARK)) : NOTES_MARK;
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const cell = (n: number | null) => (n === null ? "-" : String(n));
const lines = [
  "# Load benchmark (issue 8)",
  "",
  `Command: \`npm run bench -- load${flags.map((f) => ` ${f}`).join("")}\` (${SECONDS} s of reads, then`,
  `${Math.max(5, Math.round(SECONDS / 2))} s of writes, after ${WARM_UP_SECONDS} s of warm-up; ${CONNECTIONS} connections on loopback; generators:`,
  `${generators.join(", ")}, one after the other on the same server, sharing the machine with it).`,
  "`tocsin serve` runs in its own process with the fictional",
  "scenario loaded. Each phase runs twice: in open local mode (no account checked) and as an analyst's API",
  "token (the token and its account are looked up on every request).",
  "Goal: >= 1,000 req/s reads with p99 < 50 ms, 0 errors, on PostgreSQL.",
  "",
  `Machine: ${JSON.stringify(machine())}`,
  `wrk: ${wrkStatus}.`,
  "",
  `Load average (1 min) before the run: ${LOAD_BEFORE.toFixed(1)}; after: ${loadavg()[0]?.toFixed(1)}. The column`,
  '"load" is the 1-minute load average as each phase started. CPU ms per request: the server process, and',
  "(PostgreSQL) the backends of its pool, from /proc; less sensitive to other work than req/s.",
  "",
  "| engine | version | caller | generator | phase | load | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | non-2xx | server peak RSS MiB | server CPU ms/req | PostgreSQL CPU ms/req |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ...runs.map(
    (r) =>
      `| ${r.engine} | ${r.version} | ${r.caller} | ${r.generator} | ${r.phase} | ${r.load1} | ${r.requests} | ${r.perSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.errors} | ${r.non2xx} | ${r.peakRssMiB} | ${r.serverCpuMsPerRequest} | ${cell(r.postgresCpuMsPerRequest)} |`,
  ),
  "",
  "non-2xx: autocannon counts every status outside 2xx; wrk counts statuses of 400 and above.",
  "",
  notes,
];
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "load.md"), `${lines.join("\n").trimEnd()}\n`);
writeFileSync(join(outDir, "load.json"), `${JSON.stringify({ machine: machine(), runs }, null, 2)}\n`);
console.log(lines.slice(0, -1).join("\n"));
