import { importJobHandlers, retryableJobError } from "../../app/jobs/import-jobs.ts";
import { JobWorker } from "../../app/jobs/job-worker.ts";
import { PullDatasetService } from "../../app/pull/pull-dataset.service.ts";
import type { AppContext } from "../../bootstrap.ts";
import { HttpDownloader } from "../download/http-downloader.ts";

/** A worker for the store's queue with every job kind tocsin runs (imports and pulls, for now). */
export function openWorker(
  app: AppContext,
  options: { id?: string; leaseMs?: number; pollMs?: number; log?: (line: string) => void } = {},
): JobWorker {
  const pulls = new PullDatasetService(new HttpDownloader(), app.imports, app.clock);
  return new JobWorker(app.jobs, importJobHandlers(app.imports, pulls), app.clock, {
    ...options,
    retryable: retryableJobError,
  });
}
