// A character trie over folded lexicon terms, walked from every word start of the folded text. One Map lookup
// per character with no substring allocation keeps the scan well above 50 MB/s. Repeated letters in the text
// ("verrrmin", "raaats") are tolerated by skipping a character equal to the one just matched.
import {
  foldString,
  isUnspacedScript as isUnspacedScriptImport,
  isWordUnit as isWordUnitImport,
} from "./char-fold.ts";
import type { LexiconEntry } from "./lexicon/types.ts";

// Local bindings: the module loader reads imported names through a getter on every call, which costs
// more than the function itself in per-character loops.
const isUnspacedScript = isUnspacedScriptImport;
const isWordUnit = isWordUnitImport;

export interface TermMatch {
  entry: LexiconEntry;
  /** Span in the folded text. */
  start: number;
  end: number;
}

interface Accept {
  entry: number;
  stem: boolean;
}

const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_ASCII[c] = isWordUnit(c) ? 1 : 0;

/** Bit set over hashed pairs of first characters: most words are rejected before any trie walk. */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff;
}

export class LexiconMatcher {
  private readonly edgeMap = new Map<number, number>();
  private readonly accepts: (Accept[] | undefined)[] = [undefined];
  private readonly firstUnit = new Uint8Array(65536);
  private readonly firstPair = new Uint8Array(65536);
  private nodes = 1;
  // Edges as an open-addressing hash table (node, unit) -> child: cheaper than Map.get on the hot path.
  private keys: Int32Array = new Int32Array(0);
  private units: Uint16Array = new Uint16Array(0);
  private children: Int32Array = new Int32Array(0);
  private mask = 0;

  /**
   * allEntriesAtPrefix: report every term that matches at a start, not only the longest (rule triggers need
   * "kill" even where "kill all" also matches).
   */
  constructor(
    private readonly entries: readonly LexiconEntry[],
    private readonly options: { allEntriesAtPrefix?: boolean } = {},
  ) {
    entries.forEach((entry, e) => {
      for (const raw of entry.terms) {
        const stem = raw.endsWith("*");
        const term = foldString(stem ? raw.slice(0, -1) : raw);
        if (term.length === 0) continue;
        this.firstUnit[term.charCodeAt(0)] = 1;
        if (term.length > 1) this.firstPair[pairHash(term.charCodeAt(0), term.charCodeAt(1))] = 1;
        else this.firstUnit[term.charCodeAt(0)] = 2; // one-unit term: no pair to check
        let node = 0;
        for (let i = 0; i < term.length; i++) {
          const key = node * 65536 + term.charCodeAt(i);
          let child = this.edgeMap.get(key);
          if (child === undefined) {
            child = this.nodes++;
            this.edgeMap.set(key, child);
            this.accepts.push(undefined);
          }
          node = child;
        }
        const list = this.accepts[node] ?? [];
        if (!list.some((a) => a.entry === e)) list.push({ entry: e, stem });
        this.accepts[node] = list;
      }
    });
    let size = 1;
    while (size < this.edgeMap.size * 4) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.units = new Uint16Array(size);
    this.children = new Int32Array(size);
    for (const [key, child] of this.edgeMap) {
      const node = Math.floor(key / 65536);
      const unit = key % 65536;
      let h = this.slot(node, unit);
      while (this.keys[h] !== -1) h = (h + 1) & this.mask;
      this.keys[h] = node;
      this.units[h] = unit;
      this.children[h] = child;
    }
  }

  private slot(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask;
  }

  private child(node: number, unit: number): number {
    const { keys, units, mask } = this;
    for (let h = this.slot(node, unit); ; h = (h + 1) & mask) {
      const k = keys[h] as number;
      if (k === -1) return -1;
      if (k === node && units[h] === unit) return this.children[h] as number;
    }
  }

  /** All longest matches at word starts of the folded text, left to right, non-overlapping per start. */
  scan(text: string, out: TermMatch[] = []): TermMatch[] {
    const len = text.length;
    const first = this.firstUnit;
    const pair = this.firstPair;
    let prevWord = false;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      let atStart: boolean;
      if (c < 128) {
        const word = WORD_ASCII[c] === 1;
        atStart = word && !prevWord;
        prevWord = word;
        if (!atStart) continue;
      } else {
        const word = isWordUnit(c);
        const unspaced = isUnspacedScript(c);
        atStart = unspaced || !prevWord;
        prevWord = word && !unspaced;
        if (!atStart) continue;
      }
      const f = first[c] as number;
      if (f === 0) continue;
      if (f === 1 && i + 1 < len) {
        const c2 = text.charCodeAt(i + 1);
        if (pair[pairHash(c, c2)] === 0 && c2 !== c) continue;
      }
      this.matchAt(text, i, out);
    }
    return out;
  }

  private matchAt(text: string, i: number, out: TermMatch[]): void {
    const len = text.length;
    let node = 0;
    let j = i;
    let last = -1;
    let bestEnd = -1;
    let bestEntries: Accept[] | undefined;
    while (j < len) {
      const c = text.charCodeAt(j);
      const child = this.child(node, c);
      if (child === -1) {
        if (c === last && isWordUnit(c)) {
          j++;
          continue;
        }
        break;
      }
      node = child;
      last = c;
      j++;
      const acc = this.accepts[node];
      if (acc === undefined) continue;
      // Swallow trailing repeats of the last letter ("ratsss"), then check the right boundary.
      let k = j;
      while (k < len && text.charCodeAt(k) === last && isWordUnit(last)) k++;
      const next = k < len ? text.charCodeAt(k) : 32;
      const closed = !isWordUnit(next) || isUnspacedScript(last) || !isWordUnit(last);
      const ok: Accept[] = [];
      let end = k;
      for (const a of acc) {
        if (a.stem) {
          let s = k;
          while (s < len && isWordUnit(text.charCodeAt(s))) s++;
          end = Math.max(end, s);
          ok.push(a);
        } else if (closed) ok.push(a);
      }
      if (ok.length > 0) {
        if (this.options.allEntriesAtPrefix) this.emit(ok, i, end, out);
        bestEnd = end;
        bestEntries = ok;
      }
    }
    if (bestEntries === undefined || this.options.allEntriesAtPrefix) return;
    this.emit(bestEntries, i, bestEnd, out);
  }

  private emit(accepts: Accept[], start: number, end: number, out: TermMatch[]): void {
    for (const a of accepts) {
      const entry = this.entries[a.entry];
      if (entry) out.push({ entry, start, end });
    }
  }
}
