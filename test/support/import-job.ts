import { fileDigest } from "../../src/app/import/file-digest.ts";
import { IMPORT_JOB, type ImportJobPayload, importJobKey } from "../../src/app/jobs/import-jobs.ts";
import type { AppContext } from "../../src/bootstrap.ts";
import type { Job } from "../../src/ports/job-queue.ts";

/** Queues the import of a UCDP GED file the way the import API does (payload, dedupe key), for worker tests. */
export async function enqueueGedImport(
  app: AppContext,
  file: string,
  options: { rejectFile: string; batchSize?: number; actor?: string },
): Promise<Job> {
  const digest = await fileDigest(file);
  const actor = options.actor ?? "analyst:test";
  const payload: ImportJobPayload = {
    format: "ucdp-ged",
    file,
    fileName: file.split("/").at(-1) ?? file,
    fileSha256: digest.sha256,
    fileSize: digest.size,
    rejectFile: options.rejectFile,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    actor,
    clearance: "confidential",
  };
  const { job } = await app.jobs.enqueue({
    kind: IMPORT_JOB,
    payload: payload as unknown as Record<string, unknown>,
    dedupeKey: importJobKey("ucdp-ged", digest.sha256),
    createdBy: actor,
  });
  return job;
}
