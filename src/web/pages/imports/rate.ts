import type { ImportJob } from "./imports-api.ts";

/**
 * Rows read per second over the job's run so far (or its whole run once finished); null before it started
 * or before a second has passed.
 */
export function rowsPerSecond(job: Pick<ImportJob, "startedAt" | "finishedAt" | "progress">, now: number) {
  if (!job.startedAt) return null;
  const end = job.finishedAt ? Date.parse(job.finishedAt) : now;
  const seconds = (end - Date.parse(job.startedAt)) / 1000;
  if (!(seconds >= 1)) return null;
  return job.progress.rowsRead / seconds;
}

/** "1,234 rows/s", "0.5 rows/s", or "—" when not known. */
export function formatRate(rate: number | null): string {
  if (rate === null) return "—";
  const digits = rate < 10 ? 1 : 0;
  return `${rate.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits })} rows/s`;
}

/** Bytes read of the file, as a share (0-1), when its size is known. */
export function share(job: Pick<ImportJob, "progress">): number | null {
  const { bytesRead, totalBytes } = job.progress;
  return totalBytes ? Math.min(1, bytesRead / totalBytes) : null;
}
