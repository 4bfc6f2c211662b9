import { randomUUID } from "node:crypto";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { DatasetSource } from "../../domain/importers/import-record.ts";
import { isCancellation } from "../../domain/jobs/cancelled.ts";
import type { ImportCounts, ImportStore } from "../../ports/import-store.ts";

type FileDigest = { sha256: string; size: number };

/** An import's run in the manifest, as both importers (events, EWP) open and close it. */
export interface OpenedRun {
  runId: string;
  sourceId: string;
  /** Earlier runs of the same file that never finished (a killed import), now closed as interrupted. */
  resumed: string[];
}

/**
 * Records the dataset's Source (licence, attribution, version, access date), closes the runs of the same
 * file that never finished (their import was killed: this run resumes them) and starts this run.
 */
export async function openImportRun(
  imports: ImportStore,
  o: {
    sourceKey: string;
    dataset: DatasetSource;
    format: string;
    fileName: string;
    digest: FileDigest;
    datasetVersion: string | null;
    accessedAt: string;
    sourceFilters: Record<string, unknown> | null;
    runFilters: Record<string, unknown>;
    caller: Caller;
  },
): Promise<OpenedRun> {
  const sourceId = await imports.ensureDatasetSource(
    o.sourceKey,
    {
      kind: "dataset",
      ...o.dataset,
      contact: null,
      datasetVersion: o.datasetVersion,
      accessedAt: o.accessedAt,
      filters: o.sourceFilters,
      sensitivity: "public",
    },
    o.caller,
  );
  const unfinished = await imports.unfinishedRuns(o.digest.sha256);
  for (const run of unfinished)
    await imports.updateRun(run.id, run.counts, "failed", "interrupted: resumed by a later run");
  const runId = randomUUID();
  await imports.startRun({
    id: runId,
    format: o.format,
    sourceId,
    fileName: o.fileName,
    fileSha256: o.digest.sha256,
    fileSize: o.digest.size,
    datasetVersion: o.datasetVersion,
    accessedAt: o.accessedAt,
    filters: o.runFilters,
    actor: o.caller.actor,
  });
  return { runId, sourceId, resumed: unfinished.map((r) => r.id) };
}

/** Closes a run that an error ended: `cancelled` when a cancel (signal or job) stopped it, else `failed`. */
export async function closeFailedRun(
  imports: ImportStore,
  runId: string,
  counts: ImportCounts,
  error: unknown,
  signal: AbortSignal | undefined,
): Promise<void> {
  await imports.updateRun(
    runId,
    counts,
    isCancellation(error, signal) ? "cancelled" : "failed",
    error instanceof Error ? error.message : String(error),
  );
}
