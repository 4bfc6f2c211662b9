import type { ImportJobPayload, ImportJobProgress, PullJobPayload } from "../../app/jobs/import-jobs.ts";
import type { Job } from "../../ports/job-queue.ts";
import { API_PREFIX } from "../shared/context.ts";

interface SummaryLike {
  runId: string;
  file: string;
  counts: {
    read: number;
    loaded: number;
    updated: number;
    rejected: number;
    duplicates: number;
    skipped: number;
  };
  rejectFile: string | null;
}

const EMPTY: ImportJobProgress = {
  phase: "queued",
  file: null,
  rowsRead: 0,
  rowsLoaded: 0,
  rowsUpdated: 0,
  rowsRejected: 0,
  rowsDuplicate: 0,
  rowsSkipped: 0,
  bytesRead: 0,
  totalBytes: null,
};

/** The reject files of a finished job (server paths: never shown to clients). */
export function rejectFiles(job: Job): (string | null)[] {
  return summaries(job).map((s) => s.rejectFile);
}

function summaries(job: Job): SummaryLike[] {
  const r = job.result as Record<string, unknown> | null;
  if (!r) return [];
  if (job.kind === "pull") return (r.imports as SummaryLike[] | undefined) ?? [];
  return [r as unknown as SummaryLike];
}

/** A job as the API shows it: no server paths, counts under the names the web app reads. */
export function importJobView(job: Job) {
  const upload = job.kind === "import" ? (job.payload as unknown as ImportJobPayload) : null;
  const pull = job.kind === "pull" ? (job.payload as unknown as PullJobPayload) : null;
  const base = `${API_PREFIX}/imports/${job.id}/rejects`;
  return {
    id: job.id,
    kind: job.kind as "import" | "pull",
    status: job.status,
    format: upload?.format ?? null,
    fileName: upload?.fileName ?? null,
    fileSha256: upload?.fileSha256 ?? null,
    fileSize: upload?.fileSize ?? null,
    pull: pull
      ? {
          dataset: pull.dataset,
          release: pull.release ?? null,
          from: pull.from ?? null,
          to: pull.to ?? null,
          import: pull.import,
        }
      : null,
    progress: { ...EMPTY, ...(job.progress as Partial<ImportJobProgress>) },
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    runAfter: job.runAfter,
    error: job.error,
    failures: job.failures,
    imports: summaries(job).map((s, i) => ({
      runId: s.runId,
      file: upload?.fileName ?? s.file.slice(s.file.lastIndexOf("/") + 1),
      rowsRead: s.counts.read,
      rowsLoaded: s.counts.loaded,
      rowsUpdated: s.counts.updated,
      rowsRejected: s.counts.rejected,
      rowsDuplicate: s.counts.duplicates,
      rowsSkipped: s.counts.skipped,
      rejectsUrl: s.rejectFile ? (i === 0 ? base : `${base}?index=${i}`) : null,
    })),
    note: ((job.result as Record<string, unknown> | null)?.importNote as string | null | undefined) ?? null,
    cancelRequestedAt: job.cancelRequestedAt,
    cancelledBy: job.cancelledBy,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
