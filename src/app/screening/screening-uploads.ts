// Where the posts of a batch screening wait for their job, and how long they stay. Each upload is a file of
// its own in DATA/screenings/uploads (not content-addressed: two jobs of the same bytes, in two formats, must
// not remove each other's input). Retention (docs/screening.md):
// - the job succeeded: its input is removed (the results stay, DATA/screenings/<sha256>.<format>.jsonl);
// - the same bytes and format while their job is queued or running: the new copy is removed at once;
// - a job that failed for good or was cancelled keeps its input for UPLOAD_RETENTION_MS (to look at, or to
//   send again), then the next batch screening sweeps it away; so does a half-written `.part` of a request
//   that died. Files a queued or running job names are never swept.
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { JobQueue } from "../../ports/job-queue.ts";
import { SCREENING_JOB, type ScreeningJobPayload } from "./screening-jobs.ts";

export const SCREENING_UPLOADS = join("screenings", "uploads");
export const UPLOAD_RETENTION_MS = 7 * 24 * 3600 * 1000;

export function screeningUploadsDir(dataDir: string): string {
  return join(dataDir, SCREENING_UPLOADS);
}

/** The inputs that queued or running screening jobs still need. */
async function inputsInUse(jobs: JobQueue): Promise<Set<string>> {
  const out = new Set<string>();
  for (const status of ["queued", "running"] as const) {
    let cursor: string | null = null;
    do {
      const page = await jobs.list({ kinds: [SCREENING_JOB], status, limit: 500, cursor });
      for (const j of page.items) out.add((j.payload as unknown as ScreeningJobPayload).file);
      cursor = page.nextCursor ?? null;
    } while (cursor);
  }
  return out;
}

/** Removes uploads older than the retention that no queued or running job needs; returns how many. */
export async function sweepScreeningUploads(
  dataDir: string,
  jobs: JobQueue,
  now: Date,
  retentionMs = UPLOAD_RETENTION_MS,
): Promise<number> {
  const dir = screeningUploadsDir(dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const old: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && now.getTime() - info.mtimeMs > retentionMs) old.push(path);
  }
  if (old.length === 0) return 0;
  const used = await inputsInUse(jobs);
  let removed = 0;
  for (const path of old)
    if (!used.has(path)) {
      await rm(path, { force: true });
      removed++;
    }
  return removed;
}
