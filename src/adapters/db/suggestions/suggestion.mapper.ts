import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import type {
  CreatedRecord,
  NewSuggestion,
  Suggestion,
  SuggestionKind,
  SuggestionOrigin,
  SuggestionStatus,
} from "../../../domain/suggestions/suggestion.ts";
import { json } from "../mappers/common.ts";

/** A row of `suggestions` as both engines return it (jsonb parsed, timestamps as ISO strings). */
export interface SuggestionRow {
  id: string;
  kind: string;
  origin: string;
  document_id: string;
  start_offset: number;
  end_offset: number;
  passage: string;
  payload: unknown;
  confidence: number;
  score: number | null;
  stage: number | null;
  rank: number;
  fingerprint: string;
  reader_version: string;
  sensitivity: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  edits: unknown;
  created_records: unknown;
  created_at: string;
}

export function suggestionFromRow(r: SuggestionRow): Suggestion {
  return {
    id: r.id,
    kind: r.kind as SuggestionKind,
    origin: r.origin as SuggestionOrigin,
    documentId: r.document_id,
    start: r.start_offset,
    end: r.end_offset,
    passage: r.passage,
    payload: json<Record<string, unknown>>(r.payload),
    confidence: Number(r.confidence),
    score: r.score === null ? null : Number(r.score),
    stage: r.stage,
    fingerprint: r.fingerprint,
    readerVersion: r.reader_version,
    sensitivity: r.sensitivity as Sensitivity,
    status: r.status as SuggestionStatus,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    reason: r.reason,
    edits: r.edits === null ? null : json<Record<string, unknown>>(r.edits),
    createdRecords: json<CreatedRecord[]>(r.created_records),
    createdAt: r.created_at,
  };
}

export function suggestionToRow(id: string, s: NewSuggestion) {
  return {
    id,
    kind: s.kind,
    origin: s.origin,
    document_id: s.documentId,
    start_offset: s.start,
    end_offset: s.end,
    passage: s.passage,
    payload: JSON.stringify(s.payload),
    confidence: s.confidence,
    score: s.score,
    stage: s.stage,
    fingerprint: s.fingerprint,
    reader_version: s.readerVersion,
    sensitivity: s.sensitivity,
  };
}
