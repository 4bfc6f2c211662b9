/**
 * A forecast run as a job (`POST /api/v1/forecast-jobs`, run by `tocsin serve`'s worker or `tocsin worker`):
 * the EWP predictors imported into the store, one model and data year, the run stored with its model version,
 * training window and inputs, and its custody entry (ForecastRunsService.record). Progress goes by phase.
 * The fit runs in a worker thread (forecast-fit.ts) so that `tocsin serve`, whose worker runs the job, keeps
 * answering; a cancel stops it within a quarter of a second (the thread is terminated), before anything is
 * stored (a run is written whole or not).
 */
import { ValidationError } from "../../domain/errors.ts";
import type { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import type { JobContext, JobHandler } from "../jobs/job-worker.ts";
import { MissingDataError } from "./data-files.ts";
import type { EwpDataService } from "./ewp-data.service.ts";
import { type FitOutcome, type FitSetup, fitInThread } from "./forecast-fit.ts";
import type { ForecastRunsService } from "./forecast-runs.service.ts";
import { FIXED_MODELS, isModelId, MODEL_IDS, MODEL_VERSIONS, type ModelId } from "./models.ts";

export const FORECAST_JOB = "forecast";

export interface ForecastJobPayload {
  model: ModelId;
  /** Data year (default: the latest in the data). */
  year?: number;
  seed: number;
  /** EWP predictors version in the store (default: the latest imported). */
  datasetVersion?: string;
  /** The tocsin version that queued it, recorded with the model version. */
  tocsinVersion: string;
  actor: string;
  clearance: Sensitivity;
}

/** Models a job can run: those fitted on the stored data (ewp2025 needs a coefficients file). */
export const JOB_MODELS = MODEL_IDS.filter((m) => !FIXED_MODELS.has(m));

/** Checks a request before it is queued: a bad model is a 400 naming it, not a failed job. */
export function forecastJobPayload(
  input: { model?: string; year?: number; seed?: number; datasetVersion?: string },
  caller: { actor: string; clearance: Sensitivity },
  tocsinVersion: string,
): ForecastJobPayload {
  const model = input.model ?? "ewp";
  if (!isModelId(model) || FIXED_MODELS.has(model))
    throw new ValidationError(`model: "${model}" cannot run as a job: use one of ${JOB_MODELS.join(", ")}`, [
      { path: "model", message: `one of ${JOB_MODELS.join(", ")}` },
    ]);
  return {
    model,
    ...(input.year !== undefined ? { year: input.year } : {}),
    seed: input.seed ?? 1,
    ...(input.datasetVersion !== undefined ? { datasetVersion: input.datasetVersion } : {}),
    tocsinVersion,
    actor: caller.actor,
    clearance: caller.clearance,
  };
}

export function forecastJobKey(p: ForecastJobPayload): string {
  return `forecast:${p.model}:${p.year ?? "latest"}:${p.seed}:${p.datasetVersion ?? "latest"}`;
}

export function forecastJobHandlers(
  data: EwpDataService,
  runs: ForecastRunsService,
): Record<string, JobHandler> {
  const handler: JobHandler = async (job, ctx) => {
    const p = job.payload as unknown as ForecastJobPayload;
    const phase = (name: string, extra: Record<string, unknown> = {}) =>
      ctx.progress({ phase: name, model: p.model, ...extra });
    phase("loading");
    const stored = await data.panel(p.datasetVersion).catch((error: unknown) => {
      // No data stored: bad input, not worth a retry.
      if (error instanceof MissingDataError)
        throw new ValidationError(error.message, [{ path: "datasetVersion", message: error.message }]);
      throw error;
    });
    await ctx.checkpoint();
    phase("fitting", { rows: stored.panel.rows.length, datasetVersion: stored.dataset.version });
    const { result, changes } = await fitCancellably(
      ctx,
      {
        panel: stored.panel,
        model: p.model,
        ...(p.year !== undefined ? { year: p.year } : {}),
        seed: p.seed,
      },
      (name, extra) => phase(name, extra),
    );
    await ctx.checkpoint();
    phase("storing", { dataYear: result.dataYear });
    const recorded = await runs.record(result, changes, {
      modelVersion: `${MODEL_VERSIONS[p.model]} (tocsin ${p.tocsinVersion})`,
      fitted: true,
      seed: p.seed,
      inputs: [stored.input],
      createdBy: p.actor,
    });
    const summary = {
      runId: recorded.run.id,
      model: p.model,
      modelVersion: recorded.run.modelVersion,
      datasetVersion: stored.dataset.version,
      dataYear: result.dataYear,
      trainStart: recorded.run.trainStart,
      trainEnd: recorded.run.trainEnd,
      trainRows: recorded.run.trainRows,
      countries: recorded.forecasts.length,
      notScored: result.skipped.length,
      noIsoCode: recorded.unmapped.length,
    };
    phase("done", summary);
    return summary;
  };
  return { [FORECAST_JOB]: handler };
}

/** How often a running fit asks whether its job was cancelled. */
const CANCEL_POLL_MS = 250;

/** The fit in its thread, stopped when the job is cancelled, its lease lost, or the worker stopping. */
async function fitCancellably(
  ctx: JobContext,
  setup: FitSetup,
  onPhase: (name: string, extra: Record<string, unknown>) => void,
): Promise<FitOutcome> {
  const stop = new AbortController();
  let asking = false;
  const poll = setInterval(() => {
    if (asking) return;
    asking = true;
    ctx
      .checkpoint()
      .catch((error: unknown) => stop.abort(error))
      .finally(() => {
        asking = false;
      });
  }, CANCEL_POLL_MS);
  try {
    return await fitInThread(setup, { signal: AbortSignal.any([ctx.signal, stop.signal]), onPhase });
  } finally {
    clearInterval(poll);
  }
}
