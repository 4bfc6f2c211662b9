// wrk (Debian's package, C, one thread) as the load generator: autocannon is a Node process that takes much
// of one of the machine's two cores, which the server and PostgreSQL then do not have. A small Lua script
// cycles the same paths (or posts the same bodies) and sends the same headers as the autocannon runs.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GeneratorResult } from "./generator.ts";

/** Whether wrk runs here; installs Debian's `wrk` with apt-get when it is missing (root only). */
export function ensureWrk(): "present" | "installed by this run" | string {
  const have = () => spawnSync("wrk", ["--version"], { stdio: "ignore" }).error === undefined;
  if (have()) return "present";
  if (process.getuid?.() !== 0) return "missing (not root: cannot apt-get install wrk)";
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "wrk"], {
    stdio: "inherit",
    env,
  });
  return r.status === 0 && have() ? "installed by this run" : "install failed";
}

export interface WrkLoad {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** GET these paths in turn ... */
  paths?: string[];
  /** ... or POST JSON to this path, `body(n)` for the n-th request of a thread (`thread` tells threads apart). */
  post?: { path: string; bodyLua: string };
}

const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal for our ASCII

/** The Lua script for one run; `done` prints the summary as one JSON line for `runWrk` to read. */
export function wrkScript(load: WrkLoad): string {
  const headers = Object.entries(load.headers)
    .map(([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}`)
    .join("\n");
  const request = load.post
    ? `wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, ${lua(load.post.path)}, nil, ${load.post.bodyLua})
end`
    : `local paths = { ${(load.paths ?? []).map(lua).join(", ")} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end`;
  return `${headers}
${request}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"durationUs":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
`;
}

/** One wrk run (one thread, `connections` connections) against `load.url`. */
export async function runWrk(load: WrkLoad): Promise<GeneratorResult> {
  const dir = mkdtempSync(join(tmpdir(), "tocsin-wrk-"));
  const script = join(dir, "load.lua");
  writeFileSync(script, wrkScript(load));
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const args = ["-t1", `-c${load.connections}`, `-d${load.seconds}s`, "--timeout", "10s", "-s", script];
      const child = spawn("wrk", [...args, load.url], { stdio: ["ignore", "pipe", "inherit"] });
      let text = "";
      child.stdout.on("data", (c: Buffer) => {
        text += c.toString();
      });
      child.once("error", reject);
      child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}`))));
    });
    const line = /^WRK (.*)$/m.exec(out)?.[1];
    if (!line) throw new Error(`wrk printed no summary:\n${out}`);
    const w = JSON.parse(line) as Record<string, number>;
    const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;
    const requests = w.requests ?? 0;
    return {
      requests,
      seconds: (w.durationUs ?? 1) / 1e6,
      latencyMs: { p50: ms(w.p50), p90: ms(w.p90), p99: ms(w.p99), max: ms(w.max) },
      errors: (w.connect ?? 0) + (w.read ?? 0) + (w.write ?? 0) + (w.timeout ?? 0),
      // wrk counts a response as a status error when its status is 400 or above.
      non2xx: w.status ?? 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
