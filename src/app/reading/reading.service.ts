// Reading and screening stored documents into suggestions. The text read is the document's "text" working
import { recordAccessOf } from "../../domain/auth/policy.ts";
// copy (reading it is a custody entry, like any read); suggestions carry the document's sensitivity.
// Both are idempotent: a passage already suggested is not suggested again (see the fingerprint).
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { type ReadingJson, readingJson } from "../../domain/reading/contract.ts";
import { readText } from "../../domain/reading/read-text.ts";
import type { Classifier } from "../../domain/screening/screen-post.ts";
import { suggestionsFromReading } from "../../domain/suggestions/from-reading.ts";
import { suggestionsFromScreening } from "../../domain/suggestions/from-screening.ts";
import type { SuggestionStore } from "../../ports/suggestion-store.ts";
import type { EvidenceService } from "../evidence.service.ts";
import { gazetteerFor } from "./gazetteer-for.ts";
import { loadTownIndex } from "./town-index-store.ts";

export interface FiledCounts {
  added: number;
  existing: number;
}

export interface BatchReport {
  documents: number;
  reading: FiledCounts;
  screening: FiledCounts;
}

export class ReadingService {
  constructor(
    readonly evidence: EvidenceService,
    readonly suggestions: SuggestionStore,
    /** Loaded on first use: the screening model is read from disk. */
    readonly classifier: () => Classifier,
  ) {}

  /** The document's text working copy, or null when it has none. */
  async #text(documentId: string, caller: Caller, reason: string) {
    const doc = await this.evidence.get("document", documentId, caller);
    const copies = await this.evidence.readText(documentId, caller, reason);
    const copy = copies.find((c) => c.kind === "text") ?? copies[0];
    return { doc, text: copy?.content ?? null };
  }

  /** Reads one stored document and files its suggestions. */
  async readDocument(documentId: string, caller: Caller) {
    const r = await this.fileDocument(documentId, caller, { read: true, screen: false });
    return { reading: r.reading, ...r.readingCounts };
  }

  /** Screens one stored document paragraph by paragraph and files a suggestion per finding. */
  async screenDocument(documentId: string, caller: Caller): Promise<FiledCounts & { findings: number }> {
    const r = await this.fileDocument(documentId, caller, { read: false, screen: true });
    return { ...r.screening, findings: r.findings };
  }

  /** Reads and/or screens one document, reading its text once (one custody entry). */
  async fileDocument(documentId: string, caller: Caller, what: { read: boolean; screen: boolean }) {
    const reason = what.read ? "read into suggestions" : "screened into suggestions";
    const { doc, text } = await this.#text(documentId, caller, reason);
    const out = {
      reading: null as ReadingJson | null,
      readingCounts: { added: 0, existing: 0 } as FiledCounts,
      screening: { added: 0, existing: 0 } as FiledCounts,
      findings: 0,
    };
    if (text === null) return out;
    if (what.read) {
      const known = await this.suggestions.knownNames(caller.clearance);
      const reference = doc.collectedAt ? new Date(doc.collectedAt) : new Date(doc.createdAt);
      const reading = readText(text, {
        gazetteer: gazetteerFor(known),
        reference,
        towns: loadTownIndex(),
      });
      out.readingCounts = await this.suggestions.add(suggestionsFromReading(reading, doc));
      out.reading = readingJson(reading);
    }
    if (what.screen) {
      const items = suggestionsFromScreening(text, doc, this.classifier());
      out.screening = await this.suggestions.add(items);
      out.findings = items.length;
    }
    return out;
  }

  /**
   * Reads and/or screens every stored document with a text copy the caller may see (a batch job; run it
   * again and only what is new is added).
   */
  async fileAll(
    caller: Caller,
    what: { read: boolean; screen: boolean },
    onProgress?: (done: number) => void,
  ): Promise<BatchReport> {
    const report: BatchReport = {
      documents: 0,
      reading: { added: 0, existing: 0 },
      screening: { added: 0, existing: 0 },
    };
    let after: string | null = null;
    for (;;) {
      const ids = await this.suggestions.documentIdsWithText(after, 200);
      if (ids.length === 0) break;
      for (const id of ids) {
        if (!(await this.evidence.store.get("document", id, caller.clearance, recordAccessOf(caller))))
          continue;
        report.documents++;
        const filed = await this.fileDocument(id, caller, what);
        add(report.reading, filed.readingCounts);
        add(report.screening, filed.screening);
        onProgress?.(report.documents);
      }
      after = ids[ids.length - 1] ?? null;
    }
    return report;
  }
}

function add(total: FiledCounts, part: FiledCounts): void {
  total.added += part.added;
  total.existing += part.existing;
}
