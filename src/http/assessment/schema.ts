import { z } from "@hono/zod-openapi";

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

export const SituationParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});
export const OverrideParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
  overrideId: z
    .string()
    .uuid()
    .openapi({ param: { name: "overrideId", in: "path" } }),
});

export const AsOfQuery = z.object({
  asOf: IsoDay.optional().openapi({
    description: "as of this date (default today); only evidence known then counts",
  }),
  knowledge: z.enum(["recorded", "dated"]).optional().openapi({
    description: "recorded (default): what tocsin had recorded by then; dated: evidence dated by then",
  }),
});

export const ExplanationQuery = AsOfQuery.extend({
  format: z.enum(["json", "text"]).default("json"),
  fresh: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "recompute instead of explaining the latest stored assessment" }),
});

export const HistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

export const DiffQuery = z.object({
  from: z.string().min(1).openapi({ description: "an assessment id or an as-of date" }),
  to: z.string().min(1).openapi({ description: "an assessment id or an as-of date" }),
});

export const ReplayQuery = z.object({
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  onset: IsoDay.optional().openapi({ description: "a known onset: the lead time is measured to it" }),
  knowledge: z.enum(["recorded", "dated"]).default("dated"),
});

export const OverrideBody = z.object({
  target: z.string().openapi({ example: "stage:8" }),
  value: z.string().openapi({ example: "likely" }),
  reason: z.string().openapi({ example: "Field mission confirms mass detention not yet in the sources" }),
});
export const RevokeBody = z.object({ reason: z.string() });
export const ApproveBody = z.object({
  reason: z.string().max(4000).optional().openapi({ description: "an optional note with the approval" }),
});

/** The engine's results are documented in docs/assessment-method.md; the API returns them as they are. */
export const Result = z.record(z.string(), z.unknown()).openapi("AssessmentResult");
export const ResultList = z.object({ items: z.array(Result) }).openapi("AssessmentList");
