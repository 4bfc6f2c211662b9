import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.ts";

/** The hash that stands before the first entry of a chain. */
export const GENESIS_HASH = "0".repeat(64);

export const CUSTODY_ACTIONS = [
  "create",
  "update",
  "delete",
  "read",
  "override",
  "restore",
  "import",
  "publish",
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number] | (string & {});

/** What a use case records: who did what to which record, and why. */
export interface CustodyEvent {
  actor: string;
  action: CustodyAction;
  targetType: string;
  targetId: string;
  reason: string | null;
  details: Record<string, unknown>;
}

export interface CustodyEntry extends CustodyEvent {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/**
 * An entry's hash covers the previous entry's hash and every field of its own, so that editing, deleting
 * or reordering any entry breaks the chain from there on (Berkeley Protocol: a chain of custody that
 * cannot be altered unseen).
 */
export function entryHash(entry: Omit<CustodyEntry, "hash">): string {
  const body = canonicalJson([
    entry.seq,
    entry.at,
    entry.actor,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.reason,
    entry.details,
  ]);
  return createHash("sha256").update(entry.prevHash).update("\n").update(body).digest("hex");
}

export function nextEntry(previous: CustodyEntry | null, event: CustodyEvent, at: string): CustodyEntry {
  const base = { ...event, seq: (previous?.seq ?? 0) + 1, at, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...base, hash: entryHash(base) };
}

export type ChainBreak =
  | { kind: "hash-mismatch"; seq: number; expected: string; found: string }
  | { kind: "broken-link"; seq: number; expected: string; found: string }
  | { kind: "gap"; seq: number; expectedSeq: number };

/**
 * Checks entries in seq order, one at a time, so the whole log need not be in memory. Feed it every entry,
 * then read `breaks`.
 */
export class ChainVerifier {
  readonly breaks: ChainBreak[] = [];
  #previous: CustodyEntry | null = null;
  count = 0;

  check(entry: CustodyEntry): void {
    this.count++;
    const expectedSeq = (this.#previous?.seq ?? 0) + 1;
    if (entry.seq !== expectedSeq) this.breaks.push({ kind: "gap", seq: entry.seq, expectedSeq });
    const expectedPrev = this.#previous?.hash ?? GENESIS_HASH;
    if (entry.prevHash !== expectedPrev) {
      this.breaks.push({
        kind: "broken-link",
        seq: entry.seq,
        expected: expectedPrev,
        found: entry.prevHash,
      });
    }
    const recomputed = entryHash(entry);
    if (recomputed !== entry.hash) {
      this.breaks.push({ kind: "hash-mismatch", seq: entry.seq, expected: recomputed, found: entry.hash });
    }
    this.#previous = entry;
  }
}
