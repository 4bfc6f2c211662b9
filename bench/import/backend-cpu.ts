// CPU seconds of the PostgreSQL backends serving one database, for a server on this machine:
//
//   node --import tsx bench/import/backend-cpu.ts DBNAME &   ...run the import...   kill %1
//
// Polls pg_stat_activity (through DATABASE_URL's server) every 100 ms, reads each backend's utime+stime
// from /proc, and prints the sum when stopped (SIGTERM or SIGINT). CPU seconds, unlike wall seconds, stay
// comparable on a machine shared with others: at load 15 on 2 cores a process gets a third of a core.
import { readFileSync } from "node:fs";
import pg from "pg";

const name = process.argv[2];
if (!name || !process.env.DATABASE_URL) throw new Error("usage: DATABASE_URL=... backend-cpu.ts DBNAME");
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const cpu = (pid: number): number | null => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(f[11]) + Number(f[12])) / 100; // clock ticks of 10 ms
  } catch {
    return null;
  }
};
const seen = new Map<number, number>();
let stop = false;
process.on("SIGTERM", () => {
  stop = true;
});
process.on("SIGINT", () => {
  stop = true;
});
while (!stop) {
  const r = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [
    name,
  ]);
  for (const { pid } of r.rows) {
    const v = cpu(pid);
    if (v !== null) seen.set(pid, Math.max(seen.get(pid) ?? 0, v));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const total = [...seen.values()].reduce((a, b) => a + b, 0);
console.log(`${name}: ${seen.size} backends, ${total.toFixed(2)} CPU-s`);
await client.end();
