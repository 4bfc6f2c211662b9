/**
 * The suggestions API as the review queue uses it (src/http/suggestions; the payload shapes are those of
 * src/domain/suggestions, mirrored by hand, and src/domain/reading/contract.ts, imported as types).
 */
import type { EventJson as EventPayload, FieldSource } from "../../domain/reading/contract.ts";
import { API, getJson, type Page, sendJson } from "./client.ts";

export type SuggestionKind = "event" | "claim" | "screening";
export type SuggestionStatus = "pending" | "accepted" | "rejected" | "edited";

/** An event read from a report is the reading contract itself (type-only: no domain code in the bundle). */
export type { EventPayload, FieldSource };

export interface ClaimPayload {
  kind: "stage" | "alert-level" | "recommendation";
  value: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
}

export interface ScreeningPayload {
  stage: number;
  finding: string;
  match: FieldSource;
  ref: string;
  findingScore: number;
  label: string;
  postScore: number;
  act: string;
}

interface Base {
  id: string;
  origin: "reading" | "screening";
  documentId: string;
  /** The passage's offsets in the document's text. */
  start: number;
  end: number;
  passage: string;
  confidence: number;
  score: number | null;
  stage: number | null;
  sensitivity: "public" | "internal" | "confidential";
  status: SuggestionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdRecords: { kind: "event" | "claim"; id: string }[];
  createdAt: string;
  /** Present when the API joins the document in; otherwise the page fetches it. */
  document?: { id: string; title: string; sourceId: string | null } | null;
}

export type Suggestion =
  | (Base & { kind: "event"; payload: EventPayload })
  | (Base & { kind: "claim"; payload: ClaimPayload })
  | (Base & { kind: "screening"; payload: ScreeningPayload });

/** What the analyst may change when accepting (src/domain/suggestions/suggestion.ts, AcceptEdits). */
export interface AcceptEdits {
  title?: string;
  dateStart?: string;
  dateEnd?: string | null;
  datePrecision?: "day" | "month" | "year" | "unknown-day";
  acts?: string[];
  situationIds?: string[];
  fatalities?: { low: number | null; best: number | null; high: number | null };
  sourceId?: string;
  situationId?: string;
  indicator?: string | null;
  statement?: string;
  sensitivity?: "public" | "internal" | "confidential";
}

export interface AcceptBody {
  edits: AcceptEdits;
  credibility: number;
  credibilityReason: string | null;
}

const base = `${API}/suggestions`;

export const suggestionsApi = {
  /** A page of suggestions: `limit` 1-500 (default 200), `cursor` the previous page's nextCursor. */
  listPath: (status: SuggestionStatus, kind?: SuggestionKind, limit = 200, cursor?: string) =>
    `${base}?status=${status}&limit=${limit}${kind ? `&kind=${kind}` : ""}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
  list: (status: SuggestionStatus, kind?: SuggestionKind) =>
    getJson<Page<Suggestion>>(suggestionsApi.listPath(status, kind)),
  /** The decided suggestion (the reply also lists the created records, which the suggestion carries too). */
  accept: (id: string, body: AcceptBody) =>
    sendJson<{ suggestion: Suggestion }>("POST", `${base}/${id}/accept`, body).then((r) => r.suggestion),
  reject: (id: string, reason: string) => sendJson<Suggestion>("POST", `${base}/${id}/reject`, { reason }),
};
