import { createRoute, z } from "@hono/zod-openapi";
import { openEwp } from "../../adapters/db/ewp/open-ewp.ts";
import { MissingDataError } from "../../app/forecast/data-files.ts";
import {
  FORECAST_JOB,
  type ForecastJobPayload,
  forecastJobKey,
  forecastJobPayload,
  JOB_MODELS,
} from "../../app/forecast/forecast-jobs.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Job } from "../../ports/job-queue.ts";
import { PACKAGE } from "../package-info.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { IdParams } from "../shared/schemas.ts";

const base = `${API_PREFIX}/forecast-jobs`;
const json = <T>(schema: T) => ({ "application/json": { schema } });

const ForecastJobBody = z
  .strictObject({
    model: z
      .string()
      .max(40)
      .optional()
      .openapi({ description: `One of ${JOB_MODELS.join(", ")} (default ewp)` }),
    year: z
      .number()
      .int()
      .min(1900)
      .max(2200)
      .optional()
      .openapi({ description: "Data year (default: the latest)" }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    datasetVersion: z
      .string()
      .max(100)
      .optional()
      .openapi({ description: "EWP predictors version in the store (default: the latest imported)" }),
  })
  .openapi("ForecastJobRequest");

const ForecastJob = z
  .object({
    id: z.uuid(),
    status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
    request: z.object({
      model: z.string(),
      year: z.number().int().nullable(),
      seed: z.number().int(),
      datasetVersion: z.string().nullable(),
    }),
    progress: z
      .record(z.string(), z.unknown())
      .openapi({ description: "phase: loading, fitting, explaining, storing, done; then the run's summary" }),
    result: z.record(z.string(), z.unknown()).nullable().openapi({
      description:
        "When succeeded: runId (GET /forecast-runs/{id}), dataYear, training window, countries stored",
    }),
    error: z.string().nullable(),
    attempts: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    cancelRequestedAt: z.string().nullable(),
  })
  .openapi("ForecastJob");

function view(job: Job) {
  const p = job.payload as unknown as ForecastJobPayload;
  return {
    id: job.id,
    status: job.status,
    request: { model: p.model, year: p.year ?? null, seed: p.seed, datasetVersion: p.datasetVersion ?? null },
    progress: job.progress,
    result: job.result,
    error: job.error,
    attempts: job.attempts,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    cancelRequestedAt: job.cancelRequestedAt,
  };
}

/**
 * A forecast run as a job: POST queues it (202), GET follows it, cancel stops it before it stores anything.
 * It reads the EWP predictors imported into the store (`tocsin import ewp`); the run it stores is then read
 * with GET /forecast-runs/{id}. Starting one is analysts' work (forecast x write); reading is everyone's.
 */
export function mountForecastJobs(api: Api, deps: HttpDeps): void {
  const { app } = deps;
  const find = async (id: string) => {
    const job = await app.jobs.get(id);
    if (!job || job.kind !== FORECAST_JOB) throw new NotFoundError("forecast job", id);
    return job;
  };

  api.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: ["Forecasts"],
      summary: "Start a forecast run from the EWP data in the store (a job)",
      request: { body: { required: true, content: json(ForecastJobBody) } },
      responses: {
        202: {
          description: "The job (new, or the one already queued for the same request)",
          headers: { Location: { description: "Its URL", schema: { type: "string" } } },
          content: json(ForecastJob),
        },
        ...problems(400, 403, 405),
      },
    }),
    async (c) => {
      const caller = c.get("caller");
      const payload = forecastJobPayload(c.req.valid("json"), caller, PACKAGE.version);
      // No predictors stored: a 400 naming the import now, rather than a job that fails later.
      try {
        await openEwp(app).data.panelDataset(payload.datasetVersion);
      } catch (error) {
        if (error instanceof MissingDataError)
          throw new ValidationError(error.message, [{ path: "datasetVersion", message: error.message }]);
        throw error;
      }
      const { job } = await app.jobs.enqueue({
        kind: FORECAST_JOB,
        payload: payload as unknown as Record<string, unknown>,
        dedupeKey: forecastJobKey(payload),
        maxAttempts: 2,
        createdBy: caller.actor,
      });
      return c.json(view(job), 202, { Location: `${base}/${job.id}` });
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags: ["Forecasts"],
      summary: "One forecast job, with its phase and, when done, the stored run's id",
      request: { params: IdParams },
      responses: { 200: { description: "The job", content: json(ForecastJob) }, ...problems(403, 404) },
    }),
    async (c) => c.json(view(await find(c.req.valid("param").id)), 200),
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/cancel`,
      tags: ["Forecasts"],
      summary: "Cancel a forecast job: queued, it never runs; running, it stops before storing the run",
      request: { params: IdParams },
      responses: {
        200: { description: "The job, cancelled or being cancelled", content: json(ForecastJob) },
        ...problems(403, 404, 409),
      },
    }),
    async (c) => {
      const job = await find(c.req.valid("param").id);
      if (job.status === "succeeded" || job.status === "failed")
        throw new ConflictError(`forecast job ${job.id} has ${job.status}: nothing is left to cancel`, {
          status: job.status,
        });
      const after = await app.jobs.cancel(job.id, c.get("caller").actor);
      return c.json(view(after ?? job), 200);
    },
  );
}
