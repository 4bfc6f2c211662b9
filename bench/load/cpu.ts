// CPU time spent by the server and by its PostgreSQL backends during a phase, per request: on a machine
// shared with other work, throughput moves with the load, CPU per request much less.
import { readFileSync } from "node:fs";
import pg from "pg";

/** User + system CPU time of a process so far, in ms (0 once it is gone). */
export function processCpuMs(pid: number): number {
  try {
    const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The backends serving one database (the server's pool), to read their CPU time from /proc. */
export class Backends {
  private constructor(private readonly client: pg.Client) {}

  static async open(databaseUrl: string): Promise<Backends> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new Backends(client);
  }

  /** CPU ms of every other backend of the database now, by pid. */
  async cpu(): Promise<Map<number, number>> {
    const r = await this.client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return new Map(r.rows.map((row) => [row.pid, processCpuMs(row.pid)]));
  }

  /**
   * Waits (up to `maxMs`) until the server's job queue is idle: at its start a server recomputes the
   * assessments the scenario marked changed, which would otherwise weigh on the first phase measured.
   */
  async jobsSettled(maxMs = 120_000): Promise<void> {
    const end = Date.now() + maxMs;
    while (Date.now() < end) {
      const r = await this.client.query<{ n: string }>(
        "SELECT count(*) AS n FROM jobs WHERE status IN ('queued', 'running')",
      );
      if (Number(r.rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** CPU ms the backends spent between two readings (a backend opened meanwhile counts from zero). */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}
