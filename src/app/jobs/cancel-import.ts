import { ConflictError, NotFoundError } from "../../domain/errors.ts";
import type { Job, JobQueue } from "../../ports/job-queue.ts";
import { IMPORT_JOB, PULL_JOB } from "./import-jobs.ts";

/**
 * Cancels an import or pull job (the API's POST /imports/{id}/cancel and DELETE, `tocsin imports cancel`).
 * Queued: cancelled at once, it never runs. Running: marked; its worker stops at the next batch boundary,
 * leaving the batches it committed whole, and records it `cancelled`. Cancelling again is harmless; a job
 * that succeeded or failed is a conflict (nothing is left to stop).
 */
export async function cancelImport(queue: JobQueue, id: string, by: string): Promise<Job> {
  const job = await queue.get(id);
  if (!job || (job.kind !== IMPORT_JOB && job.kind !== PULL_JOB)) throw new NotFoundError("import", id);
  if (job.status === "succeeded" || job.status === "failed")
    throw new ConflictError(`import ${id} has ${job.status}: there is nothing left to cancel`, {
      status: job.status,
    });
  const after = await queue.cancel(id, by);
  if (!after) throw new NotFoundError("import", id);
  return after;
}
