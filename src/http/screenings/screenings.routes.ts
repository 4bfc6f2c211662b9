// Batch screening through the API: the posts are the request body (one per line, or JSON Lines with "text"
// and "id"), streamed to disk, and screened by a job on the queue; the job's state and counts are read back
// with GET, and its results streamed as JSON Lines with the contract of `tocsin screen --json`.
import { createReadStream, existsSync } from "node:fs";
import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createRoute, z } from "@hono/zod-openapi";
import { looksBinary } from "../../app/screening/line-reader.ts";
import {
  SCREENING_JOB,
  type ScreeningJobPayload,
  screeningJobKey,
} from "../../app/screening/screening-jobs.ts";
import { SCREENING_UPLOADS, sweepScreeningUploads } from "../../app/screening/screening-uploads.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Job } from "../../ports/job-queue.ts";
import { requireClearance } from "../custody/custody.routes.ts";
import { UnsupportedMediaTypeError } from "../errors.ts";
import { storeUpload } from "../imports/upload.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { IdParams } from "../shared/schemas.ts";

const base = `${API_PREFIX}/screenings`;
const text = { schema: z.string().openapi({ type: "string", format: "binary" }) };

const Counts = z.object({
  posts: z.number().int(),
  hateful: z.number().int(),
  offensive: z.number().int(),
  neither: z.number().int(),
  findings: z.number().int(),
  problems: z
    .number()
    .int()
    .openapi({ description: "Posts altered or unreadable (see each line's problems)" }),
});

export const ScreeningJob = z
  .object({
    id: z.uuid(),
    status: z.enum(["queued", "running", "succeeded", "failed"]),
    format: z.enum(["auto", "text", "jsonl"]),
    fileSha256: z.string(),
    fileSize: z.number().int(),
    progress: Counts.extend({ bytesRead: z.number().int(), totalBytes: z.number().int() }).partial(),
    result: Counts.nullable(),
    results: z
      .string()
      .nullable()
      .openapi({ description: "Where the JSON Lines results are, once succeeded" }),
    attempts: z.number().int(),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi("ScreeningJob");

const Query = z.object({
  format: z.enum(["auto", "text", "jsonl"]).default("auto").openapi({
    description: "auto (JSON Lines when the first non-blank line is a JSON object with text), text or jsonl",
  }),
});

/** What a batch of posts may be sent as (none said is taken as text too). */
const POST_TYPES = ["text/plain", "application/x-ndjson", "application/jsonl", "application/octet-stream"];

function view(job: Job): z.infer<typeof ScreeningJob> {
  const p = job.payload as unknown as ScreeningJobPayload;
  return {
    id: job.id,
    status: job.status as z.infer<typeof ScreeningJob>["status"],
    format: p.format,
    fileSha256: p.fileSha256,
    fileSize: p.fileSize,
    progress: job.progress as z.infer<typeof ScreeningJob>["progress"],
    result: (job.result as z.infer<typeof Counts> | null) ?? null,
    results: job.status === "succeeded" ? `${base}/${job.id}/results` : null,
    attempts: job.attempts,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** Needs `internal` clearance: the posts and what was found in them are not public. */
export function mountScreenings(api: Api, deps: HttpDeps): void {
  const { app } = deps;
  const find = async (id: string) => {
    const job = await app.jobs.get(id);
    if (!job || job.kind !== SCREENING_JOB) throw new NotFoundError("screening", id);
    return job;
  };

  api.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: ["Screening"],
      summary: "Screen a batch of posts as a job: one post per line, or JSON Lines with text and id",
      description:
        "The body is the posts (UTF-8), streamed to disk; the answer is 202 with the job. The same bytes in " +
        "the same format while their job is queued or running give that job again. Results: " +
        "`GET /screenings/{id}/results` (JSON Lines, one object per post in input order: " +
        '`{"id", "label", "score", "findings": [{"stage", "kind", "match", "start", "end", "score", "ref"}]}`, ' +
        "the contract of `tocsin screen --json`). Example: `curl --data-binary @posts.jsonl -H " +
        "'Content-Type: application/x-ndjson' http://localhost:8080/api/v1/screenings`.",
      request: {
        query: Query,
        body: { required: true, content: { "text/plain": text, "application/x-ndjson": text } },
      },
      responses: {
        202: { description: "The job, queued", content: { "application/json": { schema: ScreeningJob } } },
        ...problems(400, 403, 413, 415),
      },
    }),
    async (c) => {
      const caller = c.get("caller");
      requireClearance(caller, "internal", "batch screening");
      const { format } = c.req.valid("query");
      // The posts are streamed to disk as they come; a JSON or form body would already have been read.
      const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (type && !POST_TYPES.includes(type))
        throw new UnsupportedMediaTypeError(
          `Content-Type ${type}: send the posts as ${POST_TYPES.join(" or ")}`,
        );
      const file = await storeUpload(
        app.config.dataDir,
        c.req.raw.body,
        async (path) => {
          const handle = await open(path, "r");
          try {
            const head = new Uint8Array(8192);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            if (looksBinary(head.subarray(0, bytesRead)))
              throw new ValidationError("body: looks binary (NUL bytes); expected UTF-8 posts", [
                { path: "body", message: "binary" },
              ]);
          } finally {
            await handle.close();
          }
        },
        { folder: SCREENING_UPLOADS, unique: true },
      );
      const payload: ScreeningJobPayload = {
        file: file.path,
        fileSha256: file.sha256,
        fileSize: file.size,
        format,
        resultFile: join(app.config.dataDir, "screenings", `${file.sha256}.${format}.jsonl`),
        actor: caller.actor,
      };
      let enqueued: Awaited<ReturnType<typeof app.jobs.enqueue>>;
      try {
        enqueued = await app.jobs.enqueue({
          kind: SCREENING_JOB,
          payload: payload as unknown as Record<string, unknown>,
          dedupeKey: screeningJobKey(format, file.sha256),
          createdBy: caller.actor,
        });
      } catch (error) {
        await rm(file.path, { force: true });
        throw error;
      }
      const { job, created } = enqueued;
      // The same bytes and format are already queued or running: that job has its own copy.
      if (!created) await rm(file.path, { force: true });
      // Inputs of jobs that failed or were cancelled, past their retention (screening-uploads.ts).
      await sweepScreeningUploads(app.config.dataDir, app.jobs, app.clock.now()).catch(() => 0);
      return c.json(view(job), 202, { Location: `${base}/${job.id}` });
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags: ["Screening"],
      summary: "A screening job: status, progress and counts",
      request: { params: IdParams },
      responses: {
        200: { description: "The job", content: { "application/json": { schema: ScreeningJob } } },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      requireClearance(c.get("caller"), "internal", "batch screening");
      return c.json(view(await find(c.req.valid("param").id)), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}/results`,
      tags: ["Screening"],
      summary:
        "The results of a finished screening job, streamed as JSON Lines (the tocsin screen --json contract)",
      request: { params: IdParams },
      responses: {
        200: {
          description: "One JSON object per post, in input order",
          content: { "application/x-ndjson": text },
        },
        ...problems(403, 404, 409),
      },
    }),
    async (c) => {
      requireClearance(c.get("caller"), "internal", "batch screening");
      const { id } = c.req.valid("param");
      const job = await find(id);
      if (job.status !== "succeeded")
        throw new ConflictError(`screening ${id} is ${job.status}: results come when it has succeeded`, {
          status: job.status,
        });
      const path = (job.payload as unknown as ScreeningJobPayload).resultFile;
      if (!existsSync(path)) throw new NotFoundError("results of screening", id);
      const stream = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream;
      // A stream, not c.json: the route's typing takes any "json" media type for a JSON body.
      return c.body(stream, 200, { "Content-Type": "application/x-ndjson; charset=utf-8" }) as never;
    },
  );
}
