// Load benchmark (issue 8): a load generator on loopback (autocannon) against `tocsin serve` in its own process,
// on PostgreSQL (DATABASE_URL) and on PGlite, with the fictional scenario loaded. Sustained reads, then
// sustained writes; errors, throughput, latency percentiles and the server's peak memory.
//
//   npm run bench -- load                       (20 s reads + 10 s writes per engine)
//   npm run bench -- load --seconds=5 --engines=pglite --out=.tmp   (a quick look)
//
// Goal (issue 8): >= 1,000 req/s reads with p99 < 50 ms on this 2-core machine, 0 errors, on PostgreSQL.
// The load generator shares the two cores with the server (and PostgreSQL): the figures are for the whole
// machine, as a deployment on one small box would see them.
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { startServe, tocsin, tocsinOutput } from "./load/server-process.ts";
import { machine } from "./machine.ts";

const { values: args } = parseArgs({
  strict: false,
  options: { seconds: { type: "string" }, engines: { type: "string" }, out: { type: "string" } },
});
const SECONDS = Number(args.seconds ?? 20);
const engines = String(args.engines ?? (process.env.DATABASE_URL ? "postgres,pglite" : "pglite")).split(",");
const outDir = String(args.out ?? join(import.meta.dirname, "results"));
const CONNECTIONS = 16;
const LOAD_BEFORE = loadavg()[0] ?? 0;

interface Run {
  engine: string;
  /** How the load generator calls: open local mode (no accounts) or an analyst's API token. */
  caller: string;
  phase: string;
  requests: number;
  perSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  peakRssMiB: number;
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

async function measure(
  engine: string,
  caller: string,
  phase: string,
  run: () => Promise<Result>,
  rss: () => number,
) {
  let peak = rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 200);
  const r = await run();
  clearInterval(timer);
  const result: Run = {
    engine,
    caller,
    phase,
    requests: r.requests.total,
    perSecond: Math.round(r.requests.total / r.duration),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors + r.timeouts,
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
    {
      stdin: "a long enough fictional password 1\n",
    },
  );
  const out = await tocsinOutput(
    ["token", "add", "load-analyst", "--name", "load benchmark", "--scopes", "read,write", "--json"],
    env,
  );
  return (JSON.parse(out) as { token: string }).token;
}

async function loadPhases(
  engine: string,
  caller: string,
  url: string,
  headers: Record<string, string>,
  rss: () => number,
) {
  const events = await ids(url, "events", headers);
  const situations = await ids(url, "situations", headers);
  const reads = [
    ...events.slice(0, 20).map((id) => `/api/v1/events/${id}`),
    "/api/v1/events?limit=50",
    "/api/v1/events?limit=20&contested=true",
    "/api/v1/situations",
    ...situations.map((id) => `/api/v1/situations/${id}`),
    "/api/v1/health",
  ].map((path) => ({ path, headers }));
  runs.push(
    await measure(
      engine,
      caller,
      "reads: records and lists",
      () => autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: reads }),
      rss,
    ),
  );
  let n = 0;
  const write = {
    method: "POST",
    path: "/api/v1/groups",
    headers: { ...headers, "content-type": "application/json", "x-tocsin-actor": "load-bench" },
    setupRequest: (request: { body?: string }) => ({
      ...request,
      path: "/api/v1/groups",
      body: JSON.stringify({ name: `Load test group ${caller} ${++n} (fictional)`, kind: "other" }),
    }),
  };
  runs.push(
    await measure(
      engine,
      caller,
      "writes: create a record (custody-logged)",
      () =>
        autocannon({
          url,
          connections: CONNECTIONS,
          duration: Math.max(5, Math.round(SECONDS / 2)),
          requests: [write],
        }),
      rss,
    ),
  );
  const verify = await fetch(`${url}/api/v1/groups?limit=1`, { headers });
  if (!verify.ok) throw new Error(`after the load the server answers ${verify.status}`);
}

const runs: Run[] = [];
for (const engine of engines) {
  const db = await database(engine);
  try {
    await tocsin(["demo"], db.env);
    const token = await analystToken(db.env);
    for (const [caller, serveFlags, headers] of [
      ["open local mode", ["--auth", "open"], {}],
      ["API token", [], { authorization: `Bearer ${token}` }],
    ] as const) {
      const server = await startServe(db.env, [...serveFlags]);
      try {
        await loadPhases(engine, caller, server.url, headers, server.rssMiB);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await db.drop();
  }
}

const lines = [
  "# Load benchmark (issue 8)",
  "",
  `Command: \`npm run bench -- load\` (${SECONDS} s of reads, then writes; ${CONNECTIONS} connections; autocannon`,
  "on loopback, sharing the machine with the server). `tocsin serve` runs in its own process with the",
  "fictional scenario loaded. Each phase runs twice: in open local mode (no account checked) and as an",
  "analyst's API token (the token and its account are looked up on every request).",
  "Goal: >= 1,000 req/s reads with p99 < 50 ms, 0 errors, on PostgreSQL.",
  "",
  `Machine: ${JSON.stringify(machine())}`,
  "",
  `Load average (1 min) before the run: ${LOAD_BEFORE.toFixed(1)}; after: ${loadavg()[0]?.toFixed(1)}.`,
  "",
  "| engine | caller | phase | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | non-2xx | server peak RSS MiB |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|",
  ...runs.map(
    (r) =>
      `| ${r.engine} | ${r.caller} | ${r.phase} | ${r.requests} | ${r.perSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.errors} | ${r.non2xx} | ${r.peakRssMiB} |`,
  ),
  "",
];
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "load.md"), lines.join("\n"));
writeFileSync(join(outDir, "load.json"), `${JSON.stringify({ machine: machine(), runs }, null, 2)}\n`);
console.log(lines.join("\n"));
