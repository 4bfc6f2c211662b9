import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createRoute, z } from "@hono/zod-openapi";
import { openEwp } from "../../adapters/db/ewp/open-ewp.ts";
import { HeaderError } from "../../adapters/importers/header.ts";
import { resolveFormat } from "../../app/import/resolve-format.ts";
import { cancelImport } from "../../app/jobs/cancel-import.ts";
import {
  IMPORT_JOB,
  type ImportJobPayload,
  importJobKey,
  PULL_JOB,
  type PullJobPayload,
} from "../../app/jobs/import-jobs.ts";
import { planPull } from "../../app/pull/dataset-catalogue.ts";
import { NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { requireClearance } from "../custody/custody.routes.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { IdParams, pageSchema } from "../shared/schemas.ts";
import { ImportJob, ImportListQuery, PullBody, RejectsQuery, UploadQuery } from "./schema.ts";
import { storeUpload } from "./upload.ts";
import { importJobView, rejectFiles } from "./view.ts";

const base = `${API_PREFIX}/imports`;
const KINDS = [IMPORT_JOB, PULL_JOB];
const json = <T>(schema: T) => ({ "application/json": { schema } });
const binary = { schema: z.string().openapi({ type: "string", format: "binary" }) };

/**
 * Imports through the API: an upload (the file's bytes as the body) or a pull (a dataset named in JSON)
 * becomes a job; the job's progress is read back with GET. Needs `internal` clearance (file names, and
 * rejects that may hold restricted rows such as ACLED's).
 */
export function mountImports(api: Api, deps: HttpDeps): void {
  const { app } = deps;

  api.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: ["Imports"],
      summary: "Start an import: upload a dataset file, or name a public dataset to pull",
      description:
        "Upload: send the file's bytes as the body (any content type but JSON, e.g. text/csv or " +
        "application/octet-stream) with `?format=` (and `mapping=` for csv). The columns are checked before " +
        "the job is queued: wrong columns are a 400 naming them. Pull: send JSON " +
        '`{"pull": {"dataset": "ucdp-brd", "release": "25.1"}}`. Either way the answer is 202 with the ' +
        "job; the same file in the same format while its job is queued or running gives that job again. " +
        "Example: `curl --data-binary @ged.csv -H 'Content-Type: text/csv' " +
        "'http://localhost:8080/api/v1/imports?format=ucdp-ged&fileName=ged.csv'`.",
      request: {
        query: UploadQuery,
        body: {
          // Not "required": that would make the JSON schema apply to uploads too; JSON is validated when sent.
          required: false,
          content: {
            "application/json": { schema: PullBody },
            "text/csv": binary,
            "text/tab-separated-values": binary,
            "text/plain": binary,
            "application/x-ndjson": binary,
            "application/octet-stream": binary,
            // EWP's mass-killing episode list is an Excel workbook (format=ewp reads it by its content).
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": binary,
          },
        },
      },
      responses: {
        202: {
          description: "The job (new, or the one already queued for the same file)",
          headers: { Location: { description: "Its URL", schema: { type: "string" } } },
          content: json(ImportJob),
        },
        ...problems(400, 403, 405, 413),
      },
    }),
    async (c) => {
      const caller = c.get("caller");
      requireClearance(caller, "internal", "starting an import");
      const isJson = /^application\/(.+\+)?json/i.test(c.req.header("content-type") ?? "");
      let enqueued: Awaited<ReturnType<typeof app.jobs.enqueue>>;
      if (isJson) {
        const { pull } = c.req.valid("json" as never) as z.infer<typeof PullBody>;
        planPull({ dataset: pull.dataset, release: pull.release, from: pull.from, to: pull.to }); // 400 if wrong
        const payload: PullJobPayload = {
          ...pull,
          dir: join(app.config.dataDir, "downloads"),
          actor: caller.actor,
          clearance: caller.clearance,
        };
        enqueued = await app.jobs.enqueue({
          kind: PULL_JOB,
          payload: payload as unknown as Record<string, unknown>,
          dedupeKey: `pull:${pull.dataset}:${pull.release ?? ""}:${pull.from ?? ""}:${pull.to ?? ""}`,
          createdBy: caller.actor,
        });
      } else {
        const q = c.req.valid("query");
        if (!q.format)
          throw new ValidationError("format: required for an upload", [
            { path: "format", message: "required" },
          ]);
        const mapping = q.mapping === undefined ? undefined : parseMapping(q.mapping);
        // "ewp": an Early Warning Project file (its kind read from its header), not an event format.
        const format = q.format === "ewp" ? null : resolveFormat(q.format, mapping);
        const file = await storeUpload(app.config.dataDir, c.req.raw.body, async (path) => {
          try {
            if (format) await app.imports.checkColumns(format, path, q.jsonLines === "true");
            else await openEwp(app).imports.checkColumns(path, q.fileName ?? "the file");
          } catch (error) {
            if (error instanceof HeaderError)
              throw new ValidationError(error.message.replace(path, q.fileName ?? "the file"), [
                { path: "body", message: error.message.slice(error.file.length + 2) },
              ]);
            throw error;
          }
        });
        const payload: ImportJobPayload = {
          format: q.format,
          mapping,
          jsonLines: q.jsonLines === "true",
          file: file.path,
          fileName: q.fileName ?? `${file.sha256.slice(0, 12)}.${q.jsonLines === "true" ? "jsonl" : "csv"}`,
          fileSha256: file.sha256,
          fileSize: file.size,
          datasetVersion: q.datasetVersion ?? null,
          accessedAt: q.accessed,
          rejectFile: `${file.path}.${q.format}.rejects.csv`,
          actor: caller.actor,
          clearance: caller.clearance,
        };
        enqueued = await app.jobs.enqueue({
          kind: IMPORT_JOB,
          payload: payload as unknown as Record<string, unknown>,
          dedupeKey: importJobKey(q.format, file.sha256),
          createdBy: caller.actor,
        });
      }
      const view = importJobView(enqueued.job);
      return c.json(view, 202, { Location: `${base}/${view.id}` });
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: base,
      tags: ["Imports"],
      summary: "List imports and pulls, newest first",
      request: { query: ImportListQuery },
      responses: {
        200: { description: "A page of jobs", content: json(pageSchema(ImportJob)) },
        ...problems(400, 403),
      },
    }),
    async (c) => {
      requireClearance(c.get("caller"), "internal", "the list of imports");
      const q = c.req.valid("query");
      const page = await app.jobs.list({
        kinds: KINDS,
        status: q.status,
        limit: q.limit,
        cursor: q.cursor ?? null,
      });
      return c.json({ items: page.items.map(importJobView), nextCursor: page.nextCursor }, 200);
    },
  );

  const find = async (id: string) => {
    const job = await app.jobs.get(id);
    if (!job || !KINDS.includes(job.kind)) throw new NotFoundError("import", id);
    return job;
  };

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags: ["Imports"],
      summary: "One import or pull, with its progress (rows read, loaded, rejected)",
      request: { params: IdParams },
      responses: { 200: { description: "The job", content: json(ImportJob) }, ...problems(403, 404) },
    }),
    async (c) => {
      requireClearance(c.get("caller"), "internal", "an import");
      return c.json(importJobView(await find(c.req.valid("param").id)), 200);
    },
  );

  // Cancel: POST .../cancel, or DELETE on the job (the same thing: the job's record stays, `cancelled`).
  const cancel = async (caller: Caller, id: string) => {
    requireClearance(caller, "internal", "cancelling an import");
    return importJobView(await cancelImport(app.jobs, id, caller.actor));
  };
  const cancelDoc = {
    tags: ["Imports"],
    description:
      "A queued job is cancelled at once and never runs. A running import stops at its next batch boundary: " +
      "the batches it committed stay, each whole (events, claims, custody entry), the rest is not written; " +
      "status reads `running` with `cancelRequestedAt` set until the worker stops, then `cancelled`. " +
      "Importing the same file again loads the rows it had not reached, each once. A finished job is a 409.",
    request: { params: IdParams },
    responses: {
      200: { description: "The job, cancelled or being cancelled", content: json(ImportJob) },
      ...problems(403, 404, 409),
    },
  };
  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/cancel`,
      summary: "Cancel an import or pull",
      ...cancelDoc,
    }),
    async (c) => c.json(await cancel(c.get("caller"), c.req.valid("param").id), 200),
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: `${base}/{id}`,
      summary: "Cancel an import or pull (as POST .../cancel)",
      ...cancelDoc,
    }),
    async (c) => c.json(await cancel(c.get("caller"), c.req.valid("param").id), 200),
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}/rejects`,
      tags: ["Imports"],
      summary:
        "The rejected rows of a finished import: line, column and reason first, then the row as it was",
      request: { params: IdParams, query: RejectsQuery },
      responses: {
        200: { description: "The rejects file", content: { "text/csv": binary } },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      requireClearance(c.get("caller"), "internal", "rejected rows");
      const { id } = c.req.valid("param");
      const job = await find(id);
      const path = rejectFiles(job)[c.req.valid("query").index];
      if (!path || !existsSync(path)) throw new NotFoundError("rejects file of import", id);
      const stream = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream;
      return c.body(stream, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${id}.rejects.csv"`,
      });
    },
  );
}

function parseMapping(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`mapping: not JSON (${(error as Error).message})`, [
      { path: "mapping", message: "not JSON" },
    ]);
  }
}
