import { type ChainBreak, ChainVerifier } from "../../domain/custody/custody-chain.ts";
import type { BlobStore } from "../../ports/blob-store.ts";
import type { EvidenceStore } from "../../ports/evidence-store.ts";
import {
  type BatchBreak,
  checkBatch,
  type EventIds,
  type RecordedBatch,
  recordedBatch,
  splitOverlapping,
} from "./batch-check.ts";

/** A document whose original no longer matches what was recorded when it was collected. */
export type DocumentBreak =
  | { kind: "missing-original"; documentId: string; sha256: string }
  | { kind: "hash-mismatch"; documentId: string; sha256: string; found: string }
  | { kind: "differs-from-custody"; documentId: string; sha256: string; recorded: string };

export interface VerifyReport {
  ok: boolean;
  custody: { entries: number; head: { seq: number; hash: string } | null; breaks: ChainBreak[] };
  documents: { checked: number; breaks: DocumentBreak[] };
  /** Bulk-loaded event batches, each recomputed from the stored ids in its range. */
  batches: { checked: number; overlapping: number; breaks: BatchBreak[] };
}

/** The documents' recorded hashes, in id order, a page at a time (see document-hashes.ts). */
export interface DocumentHashes {
  count(): Promise<number>;
  page(afterId: string | null, limit: number): Promise<{ id: string; sha256: string }[]>;
}

export type VerifyProgress = (p: {
  phase: "custody" | "documents" | "batches";
  done: number;
  total: number | null;
}) => void;

export interface VerifyDeps {
  store: Pick<EvidenceStore, "custodyLog">;
  blobs: Pick<BlobStore, "rehash">;
  documents: DocumentHashes;
  events: EventIds;
}

/**
 * Recomputes the custody chain and the hash of every document's original (`tocsin verify`). Both are
 * streamed a page at a time, so the size of the store does not matter. Besides the blob's own hash, a
 * document's recorded sha256 is checked against the one its "create" custody entry holds: editing
 * documents.sha256 to point at other bytes shows up too. And each bulk-loaded batch of events (one custody
 * entry per batch) is recomputed from the ids stored in its range.
 */
export async function verifyStore(
  deps: VerifyDeps,
  options: { pageSize?: number; onProgress?: VerifyProgress } = {},
): Promise<VerifyReport> {
  const pageSize = options.pageSize ?? 1000;
  const progress = options.onProgress ?? (() => {});

  const chain = new ChainVerifier();
  const createdWith = new Map<string, string>();
  const batches: RecordedBatch[] = [];
  const deletedEvents: string[] = [];
  let head: VerifyReport["custody"]["head"] = null;
  let after = 0;
  for (;;) {
    const page = await deps.store.custodyLog(after, pageSize);
    for (const entry of page) {
      chain.check(entry);
      if (entry.targetType === "document" && entry.action === "create") {
        const sha = entry.details.sha256;
        if (typeof sha === "string") createdWith.set(entry.targetId, sha);
      }
      const batch = recordedBatch(entry);
      if (batch) batches.push(batch);
      if (entry.targetType === "event" && entry.action === "delete") deletedEvents.push(entry.targetId);
    }
    const last = page.at(-1);
    if (!last) break;
    head = { seq: last.seq, hash: last.hash };
    after = last.seq;
    progress({ phase: "custody", done: chain.count, total: null });
    if (page.length < pageSize) break;
  }

  const breaks: DocumentBreak[] = [];
  const total = await deps.documents.count();
  let checked = 0;
  let afterId: string | null = null;
  for (;;) {
    const page = await deps.documents.page(afterId, pageSize);
    for (const doc of page) {
      const found = await deps.blobs.rehash(doc.sha256);
      if (found === null) breaks.push({ kind: "missing-original", documentId: doc.id, sha256: doc.sha256 });
      else if (found !== doc.sha256)
        breaks.push({ kind: "hash-mismatch", documentId: doc.id, sha256: doc.sha256, found });
      const recorded = createdWith.get(doc.id);
      if (recorded !== undefined && recorded !== doc.sha256)
        breaks.push({ kind: "differs-from-custody", documentId: doc.id, sha256: doc.sha256, recorded });
      checked++;
    }
    progress({ phase: "documents", done: checked, total });
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    afterId = last.id;
  }

  deletedEvents.sort();
  const { checkable, overlapping } = splitOverlapping(batches);
  const batchBreaks: BatchBreak[] = [];
  for (const [i, batch] of checkable.entries()) {
    const found = await checkBatch(batch, deps.events, deletedEvents, pageSize);
    if (found) batchBreaks.push(found);
    progress({ phase: "batches", done: i + 1, total: checkable.length });
  }

  return {
    ok: chain.breaks.length === 0 && breaks.length === 0 && batchBreaks.length === 0,
    custody: { entries: chain.count, head, breaks: chain.breaks },
    documents: { checked, breaks },
    batches: { checked: checkable.length, overlapping, breaks: batchBreaks },
  };
}
