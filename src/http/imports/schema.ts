import { z } from "@hono/zod-openapi";
import { DATASETS } from "../../app/pull/dataset-catalogue.ts";
import { listQueryShape } from "../shared/schemas.ts";

const Counts = {
  rowsRead: z.number().int(),
  rowsLoaded: z.number().int(),
  rowsUpdated: z.number().int().openapi({ description: "Events a newer release revised" }),
  rowsRejected: z.number().int().openapi({ description: "Rows in the rejects file, each with its reason" }),
  rowsDuplicate: z.number().int().openapi({ description: "Rows already stored (by the dataset's own id)" }),
  rowsSkipped: z
    .number()
    .int()
    .openapi({ description: "Rows the format leaves out (GDELT outside CAMEO 18-20)" }),
};

export const ImportProgress = z
  .object({
    phase: z.enum(["queued", "downloading", "unpacking", "importing", "done"]),
    file: z.string().nullable().openapi({ description: "The file being read (its name, not a server path)" }),
    ...Counts,
    bytesRead: z.number().int(),
    totalBytes: z.number().int().nullable(),
  })
  .openapi("ImportProgress");

export const ImportJob = z
  .object({
    id: z.uuid(),
    kind: z.enum(["import", "pull"]),
    status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]).openapi({
      description:
        "cancelled: never ran (cancelled while queued), or stopped at a batch boundary; the batches " +
        "loaded before stay whole (see progress and imports) and a new import of the file resumes",
    }),
    format: z.string().nullable().openapi({ description: "import: the format of the uploaded file" }),
    fileName: z.string().nullable(),
    fileSha256: z.string().nullable(),
    fileSize: z.number().int().nullable(),
    pull: z
      .object({
        dataset: z.string(),
        release: z.string().nullable(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        import: z.boolean(),
      })
      .nullable()
      .openapi({ description: "pull: the dataset asked for" }),
    progress: ImportProgress,
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAfter: z
      .string()
      .openapi({ description: "When a queued job may start (later after a failed attempt)" }),
    error: z.string().nullable().openapi({ description: "The last failed attempt's reason" }),
    failures: z.array(z.object({ attempt: z.number().int(), at: z.string(), reason: z.string() })),
    imports: z
      .array(
        z.object({
          runId: z.string(),
          file: z.string(),
          ...Counts,
          rejectsUrl: z.string().nullable(),
        }),
      )
      .openapi({ description: "Finished imports (one for an upload; one per data file for a pull)" }),
    note: z.string().nullable().openapi({ description: "e.g. why a pull imported nothing (EWP)" }),
    cancelRequestedAt: z
      .string()
      .nullable()
      .openapi({ description: "When a cancel was asked; a running job stops at its next batch boundary" }),
    cancelledBy: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi("ImportJob", {
    description: "An import or pull running as a job. Poll GET /api/v1/imports/{id} for its progress.",
  });

export const PullBody = z
  .strictObject({
    pull: z.strictObject({
      dataset: z.enum(Object.keys(DATASETS) as [string, ...string[]]),
      release: z.string().max(40).optional(),
      from: z.string().max(10).optional().openapi({ description: "gdelt: first day, YYYY-MM-DD" }),
      to: z.string().max(10).optional().openapi({ description: "gdelt: last day, YYYY-MM-DD" }),
      import: z.boolean().default(true).openapi({ description: "Import after downloading (default true)" }),
    }),
  })
  .openapi("PullRequest");

export const UploadQuery = z.strictObject({
  format: z.string().max(40).optional().openapi({
    description:
      "Required for an upload: ucdp-ged, ucdp-candidate, ucdp-onesided, ucdp-brd, acled, gdelt, csv",
  }),
  fileName: z.string().max(200).optional().openapi({ description: "The file's name, for the manifest" }),
  mapping: z.string().max(20_000).optional().openapi({ description: "csv: the mapping file's JSON text" }),
  jsonLines: z.enum(["true", "false"]).optional().openapi({ description: "csv: the file is JSON Lines" }),
  datasetVersion: z.string().max(100).optional(),
  accessed: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: "The day the file was downloaded, YYYY-MM-DD" }),
});

export const ImportListQuery = z.strictObject({
  ...listQueryShape,
  status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]).optional(),
});

export const RejectsQuery = z.strictObject({
  index: z.coerce.number().int().min(0).max(10_000).default(0).openapi({ description: "pull: which import" }),
});
