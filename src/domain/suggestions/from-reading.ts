import { createHash } from "node:crypto";
import type { Sensitivity } from "../evidence/sensitivity.ts";
import { claimJson, eventJson, READER_VERSION } from "../reading/contract.ts";
import type { Reading } from "../reading/types.ts";
import type { NewSuggestion } from "./suggestion.ts";

/** Same document, origin, kind and passage (and value): the same suggestion, whatever the reader's version. */
export function fingerprint(parts: readonly (string | number)[]): string {
  return createHash("sha256").update(parts.join("|")).digest("hex");
}

/** The suggestions a reading of one document gives: one per suggested event and one per source claim. */
export function suggestionsFromReading(
  reading: Reading,
  doc: { id: string; sensitivity: Sensitivity },
): NewSuggestion[] {
  const events: NewSuggestion[] = reading.events.map((e) => ({
    kind: "event",
    origin: "reading",
    documentId: doc.id,
    start: e.start,
    end: e.end,
    passage: e.text,
    payload: { ...eventJson(e) },
    confidence: e.confidence,
    score: null,
    stage: null,
    fingerprint: fingerprint([doc.id, "reading", "event", e.start, e.end]),
    readerVersion: READER_VERSION,
    sensitivity: doc.sensitivity,
  }));
  const claims: NewSuggestion[] = reading.claims.map((c) => ({
    kind: "claim",
    origin: "reading",
    documentId: doc.id,
    start: c.start,
    end: c.end,
    passage: c.text,
    payload: { ...claimJson(c) },
    confidence: c.confidence,
    score: null,
    stage: c.kind === "stage" ? Number(c.value) : null,
    fingerprint: fingerprint([doc.id, "reading", "claim", c.kind, c.value, c.start, c.end]),
    readerVersion: READER_VERSION,
    sensitivity: doc.sensitivity,
  }));
  return [...events, ...claims];
}
