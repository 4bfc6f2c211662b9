/**
 * Who holds a job's lease, and whether that holder is provably dead. A worker's id is
 * `<host>:<pid>:<random>` (JobWorker), so a worker starting on the same host can tell that a holder's
 * process is gone (a `tocsin serve` or `tocsin worker` killed with -9) and take the job at once instead of
 * waiting out its lease. Anything else (another host, an id of another shape, a process that still runs,
 * a pid reused by some other process) is NOT provably dead: the lease runs out as before. Pure: the caller
 * says which pids run and which worker ids are live in its own process.
 */
export interface WorkerId {
  host: string;
  pid: number;
  suffix: string;
}

export function parseWorkerId(id: string): WorkerId | null {
  const m = /^(.+):(\d{1,10}):([0-9a-f]{8})$/.exec(id);
  if (!m) return null;
  return { host: m[1] as string, pid: Number(m[2]), suffix: m[3] as string };
}

export interface Here {
  host: string;
  pid: number;
  /** The worker ids alive in this process (a holder with this process's pid but another id is a former
   * process that had the same pid: a container restarted, say). */
  liveWorkers: ReadonlySet<string>;
  /** Whether a process with this pid runs on this host now. */
  isRunning(pid: number): boolean;
}

export function provablyDead(holder: string, here: Here): boolean {
  const w = parseWorkerId(holder);
  if (!w || w.host !== here.host) return false;
  if (w.pid === here.pid) return !here.liveWorkers.has(holder);
  return !here.isRunning(w.pid);
}
