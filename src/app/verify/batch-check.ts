import { createHash } from "node:crypto";
import type { CustodyEntry } from "../../domain/custody/custody-chain.ts";

/** A bulk-loaded batch as its custody entry records it (see bulk-events.service.ts). */
export interface RecordedBatch {
  seq: number;
  firstId: string;
  lastId: string;
  count: number;
  idsSha256: string;
}

export type BatchBreak = {
  kind: "batch-mismatch";
  seq: number;
  firstId: string;
  lastId: string;
  recordedCount: number;
  foundCount: number;
};

/** The stored event ids in [first, last], in id order, a page at a time. */
export interface EventIds {
  between(firstId: string, lastId: string, afterId: string | null, limit: number): Promise<string[]>;
}

/** Reads a bulk batch entry; null for any other entry. */
export function recordedBatch(entry: CustodyEntry): RecordedBatch | null {
  if (entry.action !== "import" || entry.targetType !== "event-batch") return null;
  const d = entry.details;
  if (typeof d.firstId !== "string" || typeof d.lastId !== "string" || typeof d.idsSha256 !== "string")
    return null;
  return {
    seq: entry.seq,
    firstId: d.firstId,
    lastId: d.lastId,
    count: Number(d.count),
    idsSha256: d.idsSha256,
  };
}

/**
 * Batches whose id ranges overlap (two imports running at once on PostgreSQL) cannot be told apart by range,
 * so they are left out of the check and counted instead.
 */
export function splitOverlapping(batches: RecordedBatch[]): {
  checkable: RecordedBatch[];
  overlapping: number;
} {
  const sorted = [...batches].sort((a, b) => (a.firstId < b.firstId ? -1 : 1));
  const bad = new Set<RecordedBatch>();
  // The batch reaching furthest so far: a range may sit inside a long one without touching its neighbour.
  let reach: RecordedBatch | undefined;
  for (const cur of sorted) {
    if (reach && cur.firstId <= reach.lastId) bad.add(reach).add(cur);
    if (!reach || cur.lastId > reach.lastId) reach = cur;
  }
  return { checkable: batches.filter((b) => !bad.has(b)), overlapping: bad.size };
}

/**
 * Recomputes one batch's fingerprint from the stored ids in its range, counting the events deleted since
 * (each by its own custody entry) as still there: a row added, dropped or swapped without an entry of its
 * own no longer matches. `deleted` is sorted.
 */
export async function checkBatch(
  batch: RecordedBatch,
  events: EventIds,
  deleted: readonly string[],
  pageSize: number,
): Promise<BatchBreak | null> {
  const hash = createHash("sha256");
  let found = 0;
  const add = (id: string) => hash.update(found++ === 0 ? id : `\n${id}`);
  let d = lowerBound(deleted, batch.firstId);
  let after: string | null = null;
  for (;;) {
    const page = await events.between(batch.firstId, batch.lastId, after, pageSize);
    for (const id of page) {
      while (d < deleted.length && (deleted[d] as string) < id && (deleted[d] as string) <= batch.lastId)
        add(deleted[d++] as string);
      add(id);
    }
    if (page.length < pageSize) break;
    after = page.at(-1) as string;
  }
  while (d < deleted.length && (deleted[d] as string) <= batch.lastId) add(deleted[d++] as string);
  if (found === batch.count && hash.digest("hex") === batch.idsSha256) return null;
  return {
    kind: "batch-mismatch",
    seq: batch.seq,
    firstId: batch.firstId,
    lastId: batch.lastId,
    recordedCount: batch.count,
    foundCount: found,
  };
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
