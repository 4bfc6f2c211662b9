import { AssessmentChangeWatcher } from "../../app/assessment/change-watcher.ts";
import { recomputeJobHandlers } from "../../app/assessment/recompute-jobs.ts";
import { forecastJobHandlers } from "../../app/forecast/forecast-jobs.ts";
import { importJobHandlers, retryableJobError } from "../../app/jobs/import-jobs.ts";
import { JobWorker } from "../../app/jobs/job-worker.ts";
import { PullDatasetService } from "../../app/pull/pull-dataset.service.ts";
import { loadModel } from "../../app/screening/model-store.ts";
import { screeningJobHandlers } from "../../app/screening/screening-jobs.ts";
import type { AppContext } from "../../bootstrap.ts";
import { openAssessment } from "../db/assessment/open-assessment.ts";
import { openEwp } from "../db/ewp/open-ewp.ts";
import { HttpDownloader } from "../download/http-downloader.ts";

/**
 * A worker for the store's queue with every job kind tocsin runs: imports, pulls, forecast runs, and recomputes of the
 * assessments whose evidence changed (found between jobs by the change watcher).
 */
export function openWorker(
  app: AppContext,
  options: { id?: string; leaseMs?: number; pollMs?: number; log?: (line: string) => void } = {},
): JobWorker {
  const ewp = openEwp(app);
  const pulls = new PullDatasetService(new HttpDownloader(), app.imports, app.clock, ewp.imports);
  let engine: ReturnType<typeof openAssessment> | undefined;
  const assessment = () => {
    engine ??= openAssessment(app);
    return engine;
  };
  const watcher = new AssessmentChangeWatcher(
    { changeMarks: () => assessment().store.changeMarks() },
    app.jobs,
    { minIntervalMs: options.pollMs, log: options.log },
  );
  const handlers = {
    ...importJobHandlers(app.imports, pulls, ewp.imports),
    ...forecastJobHandlers(ewp.data, app.forecasts),
    ...recomputeJobHandlers(assessment),
    ...screeningJobHandlers(() => loadModel()),
  };
  return new JobWorker(app.jobs, handlers, app.clock, {
    ...options,
    retryable: retryableJobError,
    tick: watcher.tick,
  });
}
