import type { RecordAccess } from "../domain/access/record-access.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";
import type { KnownNames } from "../domain/reading/known-names.ts";
import type {
  Decision,
  NewSuggestion,
  Suggestion,
  SuggestionKind,
  SuggestionStatus,
} from "../domain/suggestions/suggestion.ts";
import type { EvidenceTx, Page } from "./evidence-store.ts";

export interface SuggestionQuery {
  clearance: Sensitivity;
  limit: number;
  cursor?: string | null;
  status?: SuggestionStatus;
  kind?: SuggestionKind;
  /** One document's suggestions, in text order; otherwise the triage order (rank, highest first). */
  documentId?: string;
  /** Whose grants open restricted documents (migration 0013): their suggestions are theirs; default nobody's. */
  access?: RecordAccess;
}

/**
 * Suggestions waiting for a person, and the decisions taken on them. A decision runs in ONE transaction with
 * the evidence it writes (the event, the claim, their custody entries): all of it lands or none of it does.
 */
export interface SuggestionStore {
  /** Stores new suggestions; those whose fingerprint is stored already are left as they are. */
  add(items: readonly NewSuggestion[]): Promise<{ added: number; existing: number }>;
  get(id: string, clearance: Sensitivity, access?: RecordAccess): Promise<Suggestion | null>;
  list(query: SuggestionQuery): Promise<Page<Suggestion>>;
  /**
   * Locks the suggestion, hands it to `write` with the evidence transaction, and stores the decision
   * `write` returns. Refused (conflict) when the suggestion is decided already.
   */
  decide<T>(
    id: string,
    clearance: Sensitivity,
    write: (current: Suggestion, tx: EvidenceTx) => Promise<{ decision: Decision; result: T }>,
  ): Promise<T>;
  /** What the store knows by name (actors, groups, situations, event places), for the reader's gazetteer. */
  knownNames(clearance: Sensitivity): Promise<KnownNames>;
  /** Ids of documents that have a text working copy, after `afterId`, in id order (for batch jobs). */
  documentIdsWithText(afterId: string | null, limit: number): Promise<string[]>;
}
