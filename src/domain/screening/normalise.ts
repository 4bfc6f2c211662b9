// Undoes common spelling obfuscation so that the lexicon and the rules see "vermin" in "V 3 R M 1 N",
// "vеrmin" (Cyrillic е), "ver\u200bmin" or "v.e.r.m.i.n", while keeping, for every character of the folded
// text, the span of the ORIGINAL text it came from: findings are reported in original offsets.
// Repeated letters ("verrrmin") are not collapsed here (that would merge "weeds" and "weds"); the lexicon
// matcher tolerates them instead.
import { foldCodePoint, isWordUnit } from "./char-fold.ts";

export interface Normalised {
  /** The folded text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the start of its source in the original (UTF-16 offset). */
  readonly from: Int32Array;
  /** For each UTF-16 unit of `text`, the end (exclusive) of its source in the original. */
  readonly to: Int32Array;
}

// Digits and symbols read as letters when they sit inside a word that also has real letters. Symbols count
// only between word characters ("c0ckr0@ches"), so "@user", "$100" and "rats!" are left alone.
const LEET = new Uint8Array(128);
for (const [from, to] of ["0o", "1i", "3e", "4a", "5s", "7t", "8b", "@a", "$s", "!i", "|l"]) {
  LEET[from?.charCodeAt(0) ?? 0] = to?.charCodeAt(0) ?? 0;
}
// Separators between single letters that are joined back: "v e r m i n", "v.e.r.m.i.n", "v-e-r-m-i-n".
const SPACERS = new Set([32, 46, 45, 95, 42, 183, 0x2022, 9]);

function isLetter(c: number): boolean {
  return isWordUnit(c) && !(c >= 48 && c <= 57);
}

/** Maps the folded span [start, end) back to the original text's [start, end). */
export function originalSpan(n: Normalised, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.from.length ? (n.from[start] ?? 0) : (n.to[n.to.length - 1] ?? 0);
    return [at, at];
  }
  return [n.from[start] ?? 0, n.to[end - 1] ?? 0];
}

export function normalise(original: string): Normalised {
  // Pass 1: fold each code point; output may shrink (dropped) or grow (ligatures, ß).
  const len = original.length;
  let cap = len + 16;
  let codes = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let n = 0;
  for (let i = 0; i < len; ) {
    let cp = original.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
      const lo = original.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (cp < 0x80) {
      if (n >= cap) ({ codes, from, to, cap } = grow(codes, from, to, cap));
      codes[n] = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      from[n] = i;
      to[n] = i + 1;
      n++;
    } else {
      const folded = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) {
        if (n >= cap) ({ codes, from, to, cap } = grow(codes, from, to, cap));
        codes[n] = folded.charCodeAt(k);
        from[n] = i;
        to[n] = i + width;
        n++;
      }
    }
    i += width;
  }
  // Pass 2: leetspeak inside words, then spaced-out letters joined. Output is never longer than input.
  const oc = new Uint16Array(n);
  const of = new Int32Array(n);
  const ot = new Int32Array(n);
  let w = 0;
  let r = 0;
  while (r < n) {
    const c = codes[r] ?? 0;
    if (!isWordUnit(c)) {
      // Separators, punctuation, symbols: copied as they are (a leading "@" is a mention, not an "a").
      oc[w] = c;
      of[w] = from[r] ?? 0;
      ot[w] = to[r] ?? 0;
      w++;
      r++;
      continue;
    }
    // A token: word units plus interior leet symbols ("c0ckr0@ches").
    let e = r;
    let letters = 0;
    let leet = 0;
    while (e < n) {
      const d = codes[e] ?? 0;
      if (isWordUnit(d)) {
        if (d < 128 && LEET[d] !== 0) leet++;
        else if (!(d >= 48 && d <= 57)) letters++;
        e++;
      } else if (d < 128 && LEET[d] !== 0 && e + 1 < n && isWordUnit(codes[e + 1] ?? 0)) {
        leet++;
        e++;
      } else break;
    }
    if (e - r === 1) {
      const spaced = trySpaced(codes, r, n);
      if (spaced > r) {
        for (let k = r; k < spaced; k += 2) {
          const d = codes[k] ?? 0;
          oc[w] = d < 128 && LEET[d] !== 0 ? (LEET[d] ?? d) : d;
          of[w] = from[k] ?? 0;
          ot[w] = to[k] ?? 0;
          w++;
        }
        r = spaced - 1;
        continue;
      }
    }
    const deLeet = letters > 0 && leet > 0;
    for (let k = r; k < e; k++) {
      const d = codes[k] ?? 0;
      oc[w] = deLeet && d < 128 && LEET[d] !== 0 ? (LEET[d] ?? d) : d;
      of[w] = from[k] ?? 0;
      ot[w] = to[k] ?? 0;
      w++;
    }
    r = e;
  }
  return { text: decode(oc, w), from: of.subarray(0, w), to: ot.subarray(0, w) };
}

/**
 * When at least three single characters separated by one and the same spacer start at r ("v e r m i n"), and
 * at least one of them is a real letter, returns the end of the run (exclusive) + 1 step; otherwise r.
 */
function trySpaced(codes: Uint16Array, r: number, n: number): number {
  if (!isSingle(codes, r, n)) return r;
  const spacer = codes[r + 1] ?? 0;
  if (!SPACERS.has(spacer)) return r;
  let count = 1;
  let letters = isLetter(codes[r] ?? 0) ? 1 : 0;
  let e = r;
  while (e + 2 < n && codes[e + 1] === spacer && isSingle(codes, e + 2, n)) {
    count++;
    e += 2;
    if (isLetter(codes[e] ?? 0)) letters++;
  }
  return count >= 3 && letters > 0 ? e + 2 : r;
}

/** One letter (or leet digit/symbol standing for one) with no word unit on either side. */
function isSingle(codes: Uint16Array, i: number, n: number): boolean {
  const c = codes[i] ?? 0;
  const single = isLetter(c) || (c < 128 && LEET[c] !== 0);
  if (!single) return false;
  const before = i > 0 ? (codes[i - 1] ?? 0) : 32;
  const after = i + 1 < n ? (codes[i + 1] ?? 0) : 32;
  return !isWordUnit(before) && !isWordUnit(after);
}

function grow(codes: Uint16Array, from: Int32Array, to: Int32Array, cap: number) {
  const next = cap * 2;
  const c2 = new Uint16Array(next);
  c2.set(codes);
  const f2 = new Int32Array(next);
  f2.set(from);
  const t2 = new Int32Array(next);
  t2.set(to);
  return { codes: c2, from: f2, to: t2, cap: next };
}

function decode(codes: Uint16Array, n: number): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
