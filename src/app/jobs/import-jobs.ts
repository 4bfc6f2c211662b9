import { HeaderError } from "../../adapters/importers/header.ts";
import { AppError } from "../../domain/errors.ts";
import type { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { DownloadError } from "../../ports/downloader.ts";
import type { ImportCounts } from "../../ports/import-store.ts";
import type { EwpImportService } from "../import/ewp-import.service.ts";
import type { ImportDatasetService } from "../import/import-dataset.service.ts";
import { resolveFormat } from "../import/resolve-format.ts";
import { planPull } from "../pull/dataset-catalogue.ts";
import { type PullDatasetService, pullFolder, removePartials } from "../pull/pull-dataset.service.ts";
import type { JobHandler } from "./job-worker.ts";

export const IMPORT_JOB = "import";
export const PULL_JOB = "pull";

/** An uploaded (or local) file to import: stored content-addressed, so the same bytes make the same job key. */
export interface ImportJobPayload {
  format: string;
  mapping?: unknown;
  jsonLines?: boolean;
  file: string;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  datasetVersion?: string | null;
  accessedAt?: string;
  rejectFile: string;
  /** Rows per transaction (default 5000). */
  batchSize?: number;
  actor: string;
  clearance: Sensitivity;
}

export interface PullJobPayload {
  dataset: string;
  release?: string;
  from?: string;
  to?: string;
  /** Import the files after the download (default true through the API). */
  import: boolean;
  dir: string;
  actor: string;
  clearance: Sensitivity;
}

/** What the API shows while a job runs: rows as the import summary counts them, and bytes. */
export interface ImportJobProgress {
  phase: "queued" | "downloading" | "unpacking" | "importing" | "done";
  file: string | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsUpdated: number;
  rowsRejected: number;
  rowsDuplicate: number;
  rowsSkipped: number;
  bytesRead: number;
  totalBytes: number | null;
}

export function rowsProgress(
  phase: ImportJobProgress["phase"],
  file: string | null,
  c: ImportCounts | null,
  bytesRead: number,
  totalBytes: number | null,
): ImportJobProgress {
  return {
    phase,
    file,
    rowsRead: c?.read ?? 0,
    rowsLoaded: c?.loaded ?? 0,
    rowsUpdated: c?.updated ?? 0,
    rowsRejected: c?.rejected ?? 0,
    rowsDuplicate: c?.duplicates ?? 0,
    rowsSkipped: c?.skipped ?? 0,
    bytesRead,
    totalBytes,
  };
}

/** Dedupe key of an import: the same bytes in the same format never run twice at once. */
export function importJobKey(format: string, sha256: string): string {
  return `import:${format}:${sha256}`;
}

/**
 * Whether a failed attempt is worth another: bad input (wrong columns, an invalid mapping, a 404, a
 * checksum that differs) will fail the same way again; a broken connection or a database hiccup may not.
 */
export function retryableJobError(error: unknown): boolean {
  if (error instanceof DownloadError) return error.retryable;
  if (error instanceof HeaderError || error instanceof AppError) return false;
  return true;
}

/**
 * The job handlers for imports and pulls. An import job that dies half-way (its worker killed) is claimed
 * again and imports the same file again: rows already loaded are recognised by their dataset ids and
 * counted as duplicates, so nothing is loaded twice (ImportDatasetService closes the unfinished run).
 */
export function importJobHandlers(
  imports: ImportDatasetService,
  pulls: PullDatasetService,
  /** EWP files (format "ewp"): not events, so they have their own importer. */
  ewp: EwpImportService | null = null,
): Record<string, JobHandler> {
  const importHandler: JobHandler = async (job, ctx) => {
    const p = job.payload as unknown as ImportJobPayload;
    if (p.format === "ewp" && ewp) {
      const summary = await ewp.importFile({
        file: p.file,
        fileName: p.fileName,
        caller: { actor: p.actor, clearance: p.clearance },
        rejectFile: p.rejectFile,
        batchSize: p.batchSize,
        datasetVersion: p.datasetVersion ?? null,
        accessedAt: p.accessedAt,
        signal: ctx.signal,
        checkpoint: ctx.checkpoint,
        onProgress: (x) =>
          ctx.progress({ ...rowsProgress("importing", p.fileName, x.counts, x.bytesRead, x.totalBytes) }),
      });
      ctx.progress({ ...rowsProgress("done", p.fileName, summary.counts, p.fileSize, p.fileSize) });
      return { ...summary, file: p.fileName } as unknown as Record<string, unknown>;
    }
    const format = resolveFormat(p.format, p.mapping);
    const summary = await imports.importFile({
      format,
      file: p.file,
      caller: { actor: p.actor, clearance: p.clearance },
      rejectFile: p.rejectFile,
      batchSize: p.batchSize,
      datasetVersion: p.datasetVersion ?? null,
      accessedAt: p.accessedAt,
      jsonLines: p.jsonLines,
      signal: ctx.signal,
      checkpoint: ctx.checkpoint,
      onProgress: (x) =>
        ctx.progress({ ...rowsProgress("importing", p.fileName, x.counts, x.bytesRead, x.totalBytes) }),
    });
    ctx.progress({ ...rowsProgress("done", p.fileName, summary.counts, p.fileSize, p.fileSize) });
    return { ...summary, file: p.fileName } as unknown as Record<string, unknown>;
  };
  const pullHandler: JobHandler = async (job, ctx) => {
    const p = job.payload as unknown as PullJobPayload;
    const plan = planPull({ dataset: p.dataset, release: p.release, from: p.from, to: p.to });
    let counts: ImportCounts | null = null;
    // A retryable failure keeps its partial download for the next attempt; after the last one, nothing will.
    const lastAttempt = job.attempts >= job.maxAttempts;
    const report = await pulls
      .pull(plan, {
        dir: p.dir,
        importAs: p.import ? { actor: p.actor, clearance: p.clearance } : null,
        signal: ctx.signal,
        checkpoint: ctx.checkpoint,
        onProgress: (x) => {
          if (x.import) counts = x.import.counts;
          ctx.progress({ ...rowsProgress(x.phase, x.file, counts, x.bytes, x.totalBytes) });
        },
      })
      .catch(async (error: unknown) => {
        if (lastAttempt) await removePartials(pullFolder(p.dir, plan));
        throw error;
      });
    const total = report.imports.reduce<ImportCounts>(
      (a, s) => ({
        read: a.read + s.counts.read,
        loaded: a.loaded + s.counts.loaded,
        updated: a.updated + s.counts.updated,
        rejected: a.rejected + s.counts.rejected,
        duplicates: a.duplicates + s.counts.duplicates,
        skipped: a.skipped + s.counts.skipped,
      }),
      { read: 0, loaded: 0, updated: 0, rejected: 0, duplicates: 0, skipped: 0 },
    );
    ctx.progress({ ...rowsProgress("done", null, total, 0, null) });
    return report as unknown as Record<string, unknown>;
  };
  return { [IMPORT_JOB]: importHandler, [PULL_JOB]: pullHandler };
}
