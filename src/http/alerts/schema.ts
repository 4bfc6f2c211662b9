import { z } from "@hono/zod-openapi";
import { AlertContent } from "../../domain/alerts/document/alert-document.ts";
import { AlertEdit } from "../../domain/alerts/document/alert-edit.ts";
import { ALERT_STATUSES } from "../../domain/alerts/document/alert-version.ts";
import { listQueryShape } from "../shared/schemas.ts";

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const uuidParam = (name: string) =>
  z
    .string()
    .max(200)
    .openapi({ param: { name, in: "path" } });

export const AlertParam = z.object({ id: uuidParam("id") });
export const VersionParam = z.object({
  id: uuidParam("id"),
  n: z.coerce
    .number()
    .int()
    .min(1)
    .max(100000)
    .openapi({ param: { name: "n", in: "path" }, type: "integer" }),
});

export const AlertListQuery = z.strictObject({
  ...listQueryShape,
  status: z
    .enum(ALERT_STATUSES)
    .optional()
    .openapi({ description: "only alerts whose latest version has this status" }),
  situationId: z.string().uuid().optional(),
});

export const ComposeOptions = {
  asOf: IsoDay.optional().openapi({ description: "assess as of this date (default today)" }),
  knowledge: z.enum(["recorded", "dated"]).optional().openapi({
    description: "recorded (default): evidence recorded by then; dated: evidence dated by then",
  }),
};

export const CreateAlertBody = z
  .strictObject({
    situationId: z.string().uuid(),
    place: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: "default: the situation's name" }),
    ...ComposeOptions,
  })
  .openapi("CreateAlert");
export const RefreshBody = z.strictObject(ComposeOptions).openapi("RefreshAlert");
export const ReturnBody = z.strictObject({ note: z.string().trim().min(1).max(4000) }).openapi("ReturnAlert");
export const CorrectionBody = z
  .strictObject({
    changeNote: z.string().trim().min(10, "say what changed (at least 10 characters)").max(4000),
  })
  .openapi("StartCorrection");
export const EmptyBody = z.strictObject({}).optional();
// A new object over the domain shape: a zod schema built before @hono/zod-openapi loaded has no .openapi()
// (the CLI loads the domain first), so calling it on AlertEdit itself fails at start.
export const EditBody = z.strictObject(AlertEdit.shape).openapi("AlertEdit");

export const RenderQuery = z.strictObject({ format: z.enum(["html", "md", "json", "pdf"]).default("html") });
export const LibraryQuery = z.strictObject({
  stages: z
    .string()
    .regex(/^\d{1,2}(,\d{1,2})*$/)
    .optional()
    .openapi({ description: "comma-separated stage numbers, e.g. 8,9" }),
  riskFactors: z
    .string()
    .regex(/^\d{1,2}(,\d{1,2})*$/)
    .optional()
    .openapi({ description: "comma-separated UN Framework risk factors" }),
});

const meta = {
  alertId: z.string(),
  number: z.number().int(),
  status: z.enum(ALERT_STATUSES),
  changeNote: z.string().nullable(),
  correctionOf: z.number().int().nullable(),
  revision: z
    .number()
    .int()
    .openapi({ description: 'the ETag: send it back in If-Match, e.g. If-Match: "3"' }),
  createdAt: z.string(),
  createdBy: z.string(),
  editors: z.array(z.string()),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  contentSha256: z.string().nullable(),
};
export const AlertVersionSchema = z
  .object({ ...meta, content: AlertContent as unknown as z.ZodType })
  .openapi("AlertVersion");
export const AlertVersionSummarySchema = z
  .object({ ...meta, title: z.string(), level: z.string() })
  .openapi("AlertVersionSummary");
const alertShape = { id: z.string(), situationId: z.string(), createdAt: z.string(), createdBy: z.string() };
export const AlertDetailSchema = z
  .object({ ...alertShape, versions: z.array(AlertVersionSchema) })
  .openapi("AlertDetail");
export const AlertSummarySchema = z
  .object({ ...alertShape, versions: z.array(AlertVersionSummarySchema) })
  .openapi("AlertSummary");
export const AlertPageSchema = z.object({
  items: z.array(AlertSummarySchema),
  nextCursor: z.string().nullable(),
});
export const LibrarySchema = z
  .object({
    version: z.string(),
    addressees: z.record(z.string(), z.string()),
    entries: z.array(
      z.object({
        id: z.string(),
        addressee: z.string(),
        text: z.string(),
        stages: z.array(z.number()),
        riskFactors: z.array(z.number()),
        minLevel: z.string().optional(),
      }),
    ),
  })
  .openapi("RecommendationLibrary");

export const DiscardReply = z
  .object({
    alertId: z.string(),
    number: z.number().int(),
    alertDeleted: z.boolean().openapi({ description: "true when it was the alert's only version" }),
  })
  .openapi("DiscardedAlertVersion");
