import { z } from "zod";
import type { Sensitivity } from "../evidence/sensitivity.ts";

export const SUGGESTION_KINDS = ["event", "claim", "screening"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_STATUSES = ["pending", "accepted", "rejected", "edited"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export type SuggestionOrigin = "reading" | "screening";

/** A record an acceptance created. */
export interface CreatedRecord {
  kind: "event" | "claim";
  id: string;
}

/** What a reader or screener proposes, before it is stored. */
export interface NewSuggestion {
  kind: SuggestionKind;
  origin: SuggestionOrigin;
  documentId: string;
  start: number;
  end: number;
  passage: string;
  /** The suggested fields (docs/reading.md and docs/api.md give the shape of each kind). */
  payload: Record<string, unknown>;
  confidence: number;
  score: number | null;
  stage: number | null;
  fingerprint: string;
  readerVersion: string;
  sensitivity: Sensitivity;
}

export interface Suggestion extends NewSuggestion {
  id: string;
  status: SuggestionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  edits: Record<string, unknown> | null;
  createdRecords: CreatedRecord[];
  createdAt: string;
}

/** The outcome of a decision, as stored on the suggestion. */
export interface Decision {
  status: Exclude<SuggestionStatus, "pending">;
  decidedBy: string;
  decidedAt: Date;
  reason: string | null;
  edits: Record<string, unknown> | null;
  createdRecords: CreatedRecord[];
}

/** What an analyst may change when accepting; every field optional (absent: the suggestion's value). */
export const AcceptEdits = z
  .object({
    title: z.string().trim().min(1).max(500),
    dateStart: z.string(),
    dateEnd: z.string().nullable(),
    datePrecision: z.enum(["day", "month", "year", "unknown-day"]),
    place: z.record(z.string(), z.unknown()),
    acts: z.array(z.string()).max(50),
    perpetratorIds: z.array(z.string()).max(50),
    targetedGroupIds: z.array(z.string()).max(50),
    situationIds: z.array(z.string()).max(50),
    fatalities: z.object({
      low: z.number().int().min(0).nullable(),
      best: z.number().int().min(0).nullable(),
      high: z.number().int().min(0).nullable(),
    }),
    sourceId: z.string(),
    situationId: z.string(),
    indicator: z.string().nullable(),
    statement: z.string().trim().min(1).max(20000),
    sensitivity: z.enum(["public", "internal", "confidential"]),
  })
  .partial()
  .strict();
export type AcceptEdits = z.infer<typeof AcceptEdits>;

/** The analyst's grading of the information, given with every acceptance (defaults: 6, cannot be judged). */
export const AcceptGrading = z
  .object({
    credibility: z.number().int().min(1).max(6).default(6),
    credibilityReason: z.string().max(4000).nullable().default(null),
  })
  .strict();
