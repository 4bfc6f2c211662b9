// The two load generators behind one call: wrk (Debian, C) and autocannon (npm, Node), with the same paths,
// bodies and headers, so that a table can put their figures side by side.
import autocannon from "autocannon";
import { runWrk } from "./wrk.ts";

export const GENERATORS = ["wrk", "autocannon"] as const;
export type Generator = (typeof GENERATORS)[number];

export interface GeneratorResult {
  requests: number;
  seconds: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

export interface Load {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** Reads: these paths in turn. */
  paths?: string[];
  /** Writes: POST to `path` a JSON group whose name is `${namePrefix} ${n}` (n counts the requests). */
  post?: { path: string; namePrefix: string };
}

export function generate(generator: Generator, load: Load): Promise<GeneratorResult> {
  return generator === "wrk" ? viaWrk(load) : viaAutocannon(load);
}

const body = (name: string) => JSON.stringify({ name, kind: "other" });

function viaWrk(load: Load): Promise<GeneratorResult> {
  const { post, ...rest } = load;
  if (!post) return runWrk(rest);
  // A Lua expression for the n-th body (the prefix holds no quote or backslash: see load.bench.ts).
  const [head, tail] = body(`${post.namePrefix} @N@`).split("@N@") as [string, string];
  const bodyLua = `${JSON.stringify(head)} .. n .. ${JSON.stringify(tail)}`;
  return runWrk({ ...rest, post: { path: post.path, bodyLua } });
}

async function viaAutocannon(load: Load): Promise<GeneratorResult> {
  const { url, connections, seconds: duration, headers, paths, post } = load;
  let n = 0;
  const requests = post
    ? [
        {
          method: "POST",
          path: post.path,
          headers: { ...headers, "content-type": "application/json" },
          setupRequest: (request: { body?: string }) => ({
            ...request,
            path: post.path,
            body: body(`${post.namePrefix} ${++n}`),
          }),
        },
      ]
    : (paths ?? []).map((path) => ({ path, headers }));
  const r = await autocannon({ url, connections, duration, requests });
  return {
    requests: r.requests.total,
    seconds: r.duration,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
