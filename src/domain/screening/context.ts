// Reads the words around a match in the folded text: the sentence it sits in, the few tokens before and after,
// and whether cue words (negation, frames, counter-speech) are among them. Only runs at match sites, so its
// cost does not weigh on the scan.
import { isWordUnit as isWordUnitImport } from "./char-fold.ts";
import type { CueSet } from "./lexicon/context-cues.ts";

// Local bindings: the module loader reads imported names through a getter on every call, which costs
// more than the function itself in per-character loops.
const isWordUnit = isWordUnitImport;

const SENTENCE_END = new Set([46, 33, 63, 10, 0x3002, 0xff01, 0xff1f, 0x061f, 0x0964]);
const QUOTES = new Set([34, 39, 0x2018, 0x2019, 0x201c, 0x201d, 0xab, 0xbb, 0x201e, 96]);
const MAX_SPAN = 300;

export interface Around {
  sentence: string;
  before: string[];
  after: string[];
  quoted: boolean;
}

function tokens(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const word = i < s.length && isWordUnit(s.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export function around(text: string, start: number, end: number, window = 4): Around {
  let s = start;
  while (s > 0 && start - s < MAX_SPAN && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < MAX_SPAN && !SENTENCE_END.has(text.charCodeAt(e))) e++;
  const before = tokens(text.slice(s, start)).slice(-window);
  const after = tokens(text.slice(end, e)).slice(0, window);
  return { sentence: text.slice(s, e), before, after, quoted: insideQuotes(text, s, start, end, e) };
}

/**
 * The match sits between quotation marks within its sentence: "gays are animals", 'vermin', «vermine».
 * Apostrophes inside words (don't) are not quotes.
 */
function insideQuotes(text: string, s: number, start: number, end: number, e: number): boolean {
  const isQuote = (i: number) => {
    const c = text.charCodeAt(i);
    if (!QUOTES.has(c)) return false;
    if (c !== 39) return true;
    return !(isWordUnit(text.charCodeAt(i - 1)) && isWordUnit(text.charCodeAt(i + 1)));
  };
  let open = 0;
  for (let i = s; i < start; i++) if (isQuote(i)) open++;
  if (open % 2 === 0) return false;
  for (let i = end; i < e; i++) if (isQuote(i)) return true;
  return false;
}

export function hasCue(words: readonly string[], cues: CueSet): boolean {
  for (const w of words) if (cues.words.has(w)) return true;
  return false;
}

/** A cue anywhere in the sentence: single words as tokens, phrases as substrings. */
export function sentenceHasCue(sentence: string, cues: CueSet, except?: [number, number]): boolean {
  const text = except ? `${sentence.slice(0, except[0])} ${sentence.slice(except[1])}` : sentence;
  if (hasCue(tokens(text), cues)) return true;
  for (const p of cues.phrases) if (text.includes(p)) return true;
  return false;
}

export function phraseBefore(before: readonly string[], cues: CueSet): boolean {
  const joined = before.join(" ");
  return cues.phrases.some((p) => joined.includes(p));
}
