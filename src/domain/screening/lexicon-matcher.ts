// A character trie over folded lexicon terms, walked from every word start of the folded text. One Map lookup
// per character with no substring allocation keeps the scan well above 50 MB/s. Repeated letters in the text
// ("verrrmin", "raaats") are tolerated by skipping a character equal to the one just matched.
import { foldString, isUnspacedScript, isWordUnit } from "./char-fold.ts";
import type { LexiconEntry } from "./lexicon/types.ts";

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

export class LexiconMatcher {
  private readonly edges = new Map<number, number>();
  private readonly accepts: (Accept[] | undefined)[] = [undefined];
  private readonly firstUnit = new Uint8Array(65536);
  private nodes = 1;

  constructor(private readonly entries: readonly LexiconEntry[]) {
    entries.forEach((entry, e) => {
      for (const raw of entry.terms) {
        const stem = raw.endsWith("*");
        const term = foldString(stem ? raw.slice(0, -1) : raw);
        if (term.length === 0) continue;
        this.firstUnit[term.charCodeAt(0)] = 1;
        let node = 0;
        for (let i = 0; i < term.length; i++) {
          const key = node * 65536 + term.charCodeAt(i);
          let child = this.edges.get(key);
          if (child === undefined) {
            child = this.nodes++;
            this.edges.set(key, child);
            this.accepts.push(undefined);
          }
          node = child;
        }
        const list = this.accepts[node] ?? [];
        if (!list.some((a) => a.entry === e)) list.push({ entry: e, stem });
        this.accepts[node] = list;
      }
    });
  }

  /** All longest matches at word starts of the folded text, left to right, non-overlapping per start. */
  scan(text: string, out: TermMatch[] = []): TermMatch[] {
    const len = text.length;
    const first = this.firstUnit;
    let prevWord = false;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      const word = isWordUnit(c);
      const unspaced = c >= 0x0e00 && isUnspacedScript(c);
      const atStart = unspaced || !prevWord;
      prevWord = word && !unspaced;
      if (!atStart || first[c] === 0) continue;
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
      const child = this.edges.get(node * 65536 + c);
      if (child === undefined) {
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
        bestEnd = end;
        bestEntries = ok;
      }
    }
    if (bestEntries === undefined) return;
    for (const a of bestEntries) {
      const entry = this.entries[a.entry];
      if (entry) out.push({ entry, start: i, end: bestEnd });
    }
  }
}
