import type { ChainBreak } from "../../domain/custody/custody-chain.ts";
import type { BatchBreak } from "./batch-check.ts";
import type { DocumentBreak } from "./verify-store.ts";

/** One line per break, for people: where it is and what it means. */
export function describeChainBreak(b: ChainBreak): string {
  switch (b.kind) {
    case "hash-mismatch":
      return `custody entry #${b.seq}: its content no longer matches its hash (the entry was edited): stored ${b.found}, recomputed ${b.expected}`;
    case "broken-link":
      return `custody entry #${b.seq}: it does not follow the entry before it (an entry was removed, inserted or moved): links to ${b.found}, expected ${b.expected}`;
    case "gap":
      return `custody entry #${b.seq}: expected #${b.expectedSeq} here (entries are missing or out of order)`;
  }
}

export function describeDocumentBreak(b: DocumentBreak): string {
  switch (b.kind) {
    case "missing-original":
      return `document ${b.documentId}: its original (${b.sha256}) is missing from the blob store`;
    case "hash-mismatch":
      return `document ${b.documentId}: its original was altered: recorded ${b.sha256}, the stored bytes hash to ${b.found}`;
    case "differs-from-custody":
      return `document ${b.documentId}: its recorded hash ${b.sha256} differs from the ${b.recorded} logged when it was collected`;
  }
}

export function describeBatchBreak(b: BatchBreak): string {
  return `custody entry #${b.seq} (bulk batch ${b.firstId}..${b.lastId}): the events stored in its range no longer match it (recorded ${b.recordedCount}, found ${b.foundCount}; rows added, removed or swapped without an entry of their own)`;
}
