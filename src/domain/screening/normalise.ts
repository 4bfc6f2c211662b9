// Undoes common spelling obfuscation so that the lexicon and the rules see "vermin" in "V 3 R M 1 N",
// "vеrmin" (Cyrillic е), "ver\u200bmin" or "v.e.r.m.i.n", while keeping, for every character of the folded
// text, the span of the ORIGINAL text it came from: findings are reported in original offsets.
// Repeated letters ("verrrmin") are not collapsed here (that would merge "weeds" and "weds"); the lexicon
// matcher tolerates them instead.
import { foldCodePoint as foldCodePointImport, isWordUnit as isWordUnitImport } from "./char-fold.ts";

// Local bindings: the module loader reads imported names through a getter on every call, which costs
// more than the function itself in per-character loops.
const foldCodePoint = foldCodePointImport;
const isWordUnit = isWordUnitImport;

export interface Normalised {
  /** The folded text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the start of its source in the original (UTF-16 offset). */
  readonly from: Int32Array | null;
  /** For each UTF-16 unit of `text`, the length of its source in the original (1, or 2 for a pair). */
  readonly width: Uint8Array | null;
}

// Prose with nothing to undo (no letters next to digits or symbols, no spaced-out letters) whose non-ASCII
// characters each fold to exactly one UTF-16 unit (é -> e, ’ -> ', « stays): folding keeps every offset, so
// the map is the identity and native replace/toLowerCase do the work. Long reports take this path, several
// times faster than the character loop.
const NEEDS_WORK =
  /[\p{L}\p{M}][0-9]|[0-9][\p{L}\p{M}]|[\p{L}\p{N}\p{M}][@$!|][\p{L}\p{N}\p{M}]|(?:^|[^\p{L}\p{N}\p{M}])[\p{L}\p{N}\p{M}@$!|][ .\-_*\t][\p{L}\p{N}\p{M}@$!|][ .\-_*\t][\p{L}\p{N}\p{M}@$!|](?![\p{L}\p{N}\p{M}])/u;
// The same test when every letter is ASCII (most prose once é, ’ and the like are folded): much faster.
const NEEDS_WORK_ASCII =
  /[a-z][0-9]|[0-9][a-z]|[a-z0-9][@$!|][a-z0-9]|(?:^|[^a-z0-9])[a-z0-9@$!|][ .\-_*\t][a-z0-9@$!|][ .\-_*\t][a-z0-9@$!|](?![a-z0-9])/i;
const NON_ASCII = /[\u0080-\uffff]/g;
const UNSAFE_FOLD = /^[0-9@$!|]$/;

function foldInPlace(original: string): string | null {
  let ok = true;
  let wideLetters = false;
  const folded = original.replace(NON_ASCII, (ch) => {
    const c = ch.charCodeAt(0);
    const f = c >= 0xd800 && c <= 0xdfff ? "" : foldCodePoint(c);
    // Surrogates, dropped or expanded characters, stand-ins for digits/symbols, and non-ASCII spacers
    // ("v·e·r·m·i·n") need the full path.
    if (f.length !== 1 || UNSAFE_FOLD.test(f) || c === 183 || c === 0x2022) ok = false;
    else if (f.charCodeAt(0) >= 128 && isWordUnit(f.charCodeAt(0))) wideLetters = true;
    return ok ? f : ch;
  });
  // Checked on the folded text, with Unicode classes, so that it agrees with the character loop exactly.
  if (!ok || (wideLetters ? NEEDS_WORK : NEEDS_WORK_ASCII).test(folded)) return null;
  return folded.toLowerCase();
}

// Digits and symbols read as letters when they sit inside a word that also has real letters. Symbols count
// only between word characters ("c0ckr0@ches"), so "@user", "$100" and "rats!" are left alone.
const LEET = new Uint8Array(128);
for (const [from, to] of ["0o", "1i", "3e", "4a", "5s", "7t", "8b", "@a", "$s", "!i", "|l"]) {
  LEET[from?.charCodeAt(0) ?? 0] = to?.charCodeAt(0) ?? 0;
}
// Separators between single letters that are joined back: "v e r m i n", "v.e.r.m.i.n", "v-e-r-m-i-n".
const SPACERS = new Set([32, 46, 45, 95, 42, 183, 0x2022, 9]);
const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_ASCII[c] = isWordUnit(c) ? 1 : 0;
const utf16 = new TextDecoder("utf-16le");

function isWord(c: number): boolean {
  return c < 128 ? WORD_ASCII[c] === 1 : isWordUnit(c);
}

function isLetter(c: number): boolean {
  return isWord(c) && !(c >= 48 && c <= 57);
}

function isLeet(c: number): boolean {
  return c < 128 && LEET[c] !== 0;
}

function unLeet(c: number): number {
  return c < 128 && LEET[c] !== 0 ? (LEET[c] as number) : c;
}

/** Maps the folded span [start, end) back to the original text's [start, end). */
export function originalSpan(n: Normalised, start: number, end: number): [number, number] {
  if (n.from === null || n.width === null) return [start, Math.max(start, end)];
  const last = n.from.length - 1;
  if (end <= start) {
    const at =
      start <= last
        ? (n.from[start] as number)
        : last >= 0
          ? (n.from[last] as number) + (n.width[last] as number)
          : 0;
    return [at, at];
  }
  return [n.from[start] as number, (n.from[end - 1] as number) + (n.width[end - 1] as number)];
}

export function normalise(original: string): Normalised {
  const quick = foldInPlace(original);
  if (quick !== null) return { text: quick, from: null, width: null };
  return normaliseByLoop(original);
}

/** The character loop, with an explicit offset map (exported so tests can compare it with the fast path). */
export function normaliseByLoop(original: string): Normalised {
  // Pass 1: fold each code point; output may shrink (dropped) or grow (ligatures, ß).
  const len = original.length;
  let cap = len + 64;
  let codes = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let width = new Uint8Array(cap);
  let n = 0;
  for (let i = 0; i < len; ) {
    let cp = original.charCodeAt(i);
    if (cp < 0x80) {
      codes[n] = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      from[n] = i;
      width[n] = 1;
      n++;
      i++;
      if (n < cap) continue;
    } else {
      let w = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
        const lo = original.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          w = 2;
        }
      }
      const folded = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) {
        if (n >= cap) break;
        codes[n] = folded.charCodeAt(k);
        from[n] = i;
        width[n] = w;
        n++;
      }
      i += w;
    }
    if (n + 32 >= cap) {
      // Rare: expansions (ligatures, ß) filled the slack. Grow all three arrays.
      cap = cap * 2;
      const c2 = new Uint16Array(cap);
      c2.set(codes.subarray(0, n));
      codes = c2;
      const f2 = new Int32Array(cap);
      f2.set(from.subarray(0, n));
      from = f2;
      const w2 = new Uint8Array(cap);
      w2.set(width.subarray(0, n));
      width = w2;
    }
  }
  // Pass 2, in place (output never longer than input): leetspeak inside words, spaced-out letters joined.
  let w = 0;
  let r = 0;
  let prevWord = false; // whether the ORIGINAL character before r was a word unit
  while (r < n) {
    const c = codes[r] as number;
    if (!isWord(c)) {
      codes[w] = c;
      from[w] = from[r] as number;
      width[w] = width[r] as number;
      w++;
      r++;
      prevWord = false;
      continue;
    }
    // A token: word units plus interior leet symbols ("c0ckr0@ches").
    let e = r;
    let letters = 0;
    let leet = 0;
    while (e < n) {
      const d = codes[e] as number;
      if (isWord(d)) {
        if (isLeet(d)) leet++;
        else if (!(d >= 48 && d <= 57)) letters++;
        e++;
      } else if (isLeet(d) && e + 1 < n && isWord(codes[e + 1] as number)) {
        leet++;
        e++;
      } else break;
    }
    if (e - r === 1 && !prevWord) {
      const spaced = spacedRunEnd(codes, r, n);
      if (spaced > r) {
        for (let k = r; k < spaced; k += 2) {
          codes[w] = unLeet(codes[k] as number);
          from[w] = from[k] as number;
          width[w] = width[k] as number;
          w++;
        }
        r = spaced - 1;
        prevWord = true;
        continue;
      }
    }
    const deLeet = letters > 0 && leet > 0;
    for (let k = r; k < e; k++) {
      const d = codes[k] as number;
      codes[w] = deLeet ? unLeet(d) : d;
      from[w] = from[k] as number;
      width[w] = width[k] as number;
      w++;
    }
    r = e;
    prevWord = true;
  }
  return { text: utf16.decode(codes.subarray(0, w)), from: from.subarray(0, w), width: width.subarray(0, w) };
}

/**
 * When at least three single characters separated by one and the same spacer start at r ("v e r m i n"), and
 * at least one of them is a real letter, returns the end of the run (exclusive) + 1 step; otherwise r.
 * The character before r is known not to be a word unit.
 */
function spacedRunEnd(codes: Uint16Array, r: number, n: number): number {
  const spacer = codes[r + 1] ?? 0;
  if (!SPACERS.has(spacer)) return r;
  let count = 1;
  let letters = isLetter(codes[r] as number) ? 1 : 0;
  let e = r;
  while (e + 2 < n && codes[e + 1] === spacer && isSingleAfterSpacer(codes, e + 2, n)) {
    count++;
    e += 2;
    if (isLetter(codes[e] as number)) letters++;
  }
  return count >= 3 && letters > 0 ? e + 2 : r;
}

/** A letter (or leet stand-in) at i, preceded by a spacer, with no word unit right after it. */
function isSingleAfterSpacer(codes: Uint16Array, i: number, n: number): boolean {
  const c = codes[i] as number;
  if (!(isLetter(c) || isLeet(c))) return false;
  return i + 1 >= n || !isWord(codes[i + 1] as number);
}
