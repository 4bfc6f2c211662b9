import { z } from "@hono/zod-openapi";
import { AcceptEdits, SUGGESTION_KINDS, SUGGESTION_STATUSES } from "../../domain/suggestions/suggestion.ts";
import { listQueryShape } from "../shared/schemas.ts";

export const SuggestionRecord = z
  .object({
    id: z.uuid(),
    kind: z.enum(SUGGESTION_KINDS).openapi({
      description:
        "event: an event read from a report; claim: the report's own statement (stage, alert level, " +
        "recommendation); screening: a screener finding (dehumanisation, fear speech, denial)",
    }),
    origin: z.enum(["reading", "screening"]),
    documentId: z.uuid(),
    start: z.number().int().openapi({ description: "Passage start in the document's text copy (UTF-16)" }),
    end: z.number().int(),
    passage: z.string().openapi({ description: "The words the suggestion was read from" }),
    payload: z.record(z.string(), z.unknown()).openapi({
      description:
        "The suggested fields: an event of `tocsin read --json`, a claim, or a finding (docs/api.md)",
    }),
    confidence: z.number(),
    score: z.number().nullable().openapi({ description: "Screening score of the passage (0-1), or null" }),
    stage: z.number().int().nullable(),
    fingerprint: z.string(),
    readerVersion: z.string(),
    sensitivity: z.enum(["public", "internal", "confidential"]),
    status: z.enum(SUGGESTION_STATUSES),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    reason: z.string().nullable(),
    edits: z.record(z.string(), z.unknown()).nullable(),
    createdRecords: z.array(z.object({ kind: z.enum(["event", "claim"]), id: z.uuid() })),
    createdAt: z.string(),
  })
  .openapi("Suggestion");

export const SuggestionListQuery = z.strictObject({
  ...listQueryShape,
  status: z.enum(SUGGESTION_STATUSES).optional().openapi({ description: "Default: every status" }),
  kind: z.enum(SUGGESTION_KINDS).optional(),
});

export const AcceptRequest = z
  .object({
    edits: AcceptEdits.optional().openapi({
      description:
        "Fields to change before the records are written (title, dateStart, dateEnd, datePrecision, place, " +
        "acts, perpetratorIds, targetedGroupIds, situationIds, fatalities, sourceId, situationId, indicator, " +
        "statement, sensitivity). Any edit makes the status `edited`.",
    }),
    credibility: z
      .number()
      .int()
      .min(1)
      .max(6)
      .optional()
      .openapi({ description: "Admiralty 1-6; default 6" }),
    credibilityReason: z.string().max(4000).nullable().optional(),
    reason: z.string().max(4000).nullable().optional(),
  })
  .strict()
  .openapi("SuggestionAcceptance");

export const AcceptReply = z
  .object({
    suggestion: SuggestionRecord,
    created: z.array(z.object({ kind: z.enum(["event", "claim"]), id: z.uuid() })),
  })
  .openapi("SuggestionAccepted");

export const RejectRequest = z
  .object({ reason: z.string().trim().min(3).max(4000) })
  .strict()
  .openapi("SuggestionRejection");

export const ReadReply = z
  .object({
    added: z.number().int().openapi({ description: "New suggestions filed" }),
    existing: z.number().int().openapi({ description: "Suggestions already filed for the same passages" }),
    screening: z.object({ added: z.number().int(), existing: z.number().int() }).nullable(),
    reading: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: "The reading, as `tocsin read --json` prints it; null without a text copy" }),
  })
  .openapi("DocumentReading");
