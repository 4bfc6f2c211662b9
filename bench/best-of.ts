/**
 * The best CPU time (this process, user + system, so per core for single-threaded work) and the best wall
 * time of `repeats` runs of a synchronous task, in seconds. The minimum is the figure least disturbed by
 * other processes on a shared machine.
 */
export function bestOf(repeats: number, run: () => void): { cpu: number; wall: number } {
  let cpu = Number.POSITIVE_INFINITY;
  let wall = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const d = process.cpuUsage(c0);
    cpu = Math.min(cpu, (d.user + d.system) / 1e6);
    wall = Math.min(wall, (performance.now() - t0) / 1000);
  }
  return { cpu, wall };
}
