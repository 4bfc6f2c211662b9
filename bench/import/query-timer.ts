// Per-statement timers for an import (or any tocsin command), loaded before the CLI:
//
//   node --import tsx --import ./bench/import/query-timer.ts bin/tocsin.js import ucdp-ged FILE --json
//
// Times every statement the process sends to PostgreSQL (pg's Client.query, COPY included: until the
// server has taken the last row) or to PGlite (query and exec), by its first 70 characters, and writes
// the totals to QUERY_TIMES (default: stderr) when the process exits. Wall time as the process saw it:
// the rest of the process's time is its own work (parsing, mapping, encoding) or waiting for the file.
import { writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

const stats = new Map<string, { n: number; ms: number }>();
const add = (key: string, ms: number) => {
  const s = stats.get(key) ?? { n: 0, ms: 0 };
  s.n++;
  s.ms += ms;
  stats.set(key, s);
};
const label = (q: unknown) =>
  String(typeof q === "string" ? q : ((q as { text?: string })?.text ?? "?"))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 70);

type Query = (this: unknown, ...args: unknown[]) => unknown;
const pgQuery = pg.Client.prototype.query as unknown as Query;
(pg.Client.prototype as unknown as { query: Query }).query = function (this: unknown, ...args: unknown[]) {
  const t0 = performance.now();
  const key = label(args[0]);
  const done = () => add(key, performance.now() - t0);
  const r = pgQuery.apply(this, args) as { then?: unknown; on?: (e: string, f: () => void) => void };
  if (r && typeof r.then === "function") (r as Promise<unknown>).then(done, done);
  else if (r && typeof r.on === "function") {
    // COPY FROM STDIN: a writable stream, finished once the server has acknowledged the data.
    let once = false;
    const end = () => {
      if (!once) done();
      once = true;
    };
    r.on("finish", end);
    r.on("error", end);
  }
  return r;
};

for (const method of ["query", "exec"] as const) {
  const original = PGlite.prototype[method] as unknown as Query;
  (PGlite.prototype as unknown as Record<string, Query>)[method] = async function (
    this: unknown,
    ...args: unknown[]
  ) {
    const t0 = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      add(label(args[0]), performance.now() - t0);
    }
  };
}

process.on("exit", () => {
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((sum, [, s]) => sum + s.ms, 0);
  const lines = [
    `statements: ${(total / 1000).toFixed(2)} s in all`,
    ...rows.map(([k, s]) => `${(s.ms / 1000).toFixed(2).padStart(8)} s ${String(s.n).padStart(7)}x  ${k}`),
  ];
  const text = `${lines.join("\n")}\n`;
  if (process.env.QUERY_TIMES) writeFileSync(process.env.QUERY_TIMES, text);
  else process.stderr.write(text);
});
