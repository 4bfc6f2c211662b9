// Hashed n-gram features: word unigrams and bigrams, and character n-grams of each word with boundary marks
// ("<rat>" gives "<r", "ra", "at", "t>", "<ra", ...). Hashing keeps the model a fixed size with no vocabulary
// to ship; the hash is FNV-1a over UTF-16 units, computed in place without building substrings.

export interface FeatureSpec {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Shortest and longest character n-gram. */
  charMin: number;
  charMax: number;
  /** Emit word bigrams as well as unigrams. */
  wordBigrams: boolean;
  /** Relative weight of the word block and the character block (each block is L2-normalised first). */
  wordWeight: number;
  charWeight: number;
}

export interface FeatureVector {
  idx: Int32Array;
  val: Float32Array;
  n: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b1;
const BIGRAM_SEED = 0x7f4a7c15;
const LT = 60; // "<"
const GT = 62; // ">"

function step(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

function finish(h: number): number {
  // Murmur3 finaliser: spreads FNV's weak low bits before masking.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Reusable buffers: featurise() is called once per post on the hot path. */
export function createVector(capacity = 4096): FeatureVector {
  return { idx: new Int32Array(capacity), val: new Float32Array(capacity), n: 0 };
}

/** Fills `out` with the features of `text` (already passed through classifierText). */
export function featurise(text: string, spec: FeatureSpec, out: FeatureVector): FeatureVector {
  const mask = (1 << spec.bits) - 1;
  const len = Math.min(text.length, 2000);
  let n = 0;
  let words = 0;
  let prev = 0;
  const cap = out.idx.length;
  for (let i = 0; i < len; ) {
    while (i < len && text.charCodeAt(i) === 32) i++;
    if (i >= len) break;
    let e = i;
    let h = FNV_OFFSET ^ WORD_SEED;
    while (e < len && text.charCodeAt(e) !== 32) {
      h = step(h, text.charCodeAt(e));
      e++;
    }
    const wh = finish(h);
    if (n + 2 >= cap) break;
    out.idx[n++] = wh & mask;
    if (spec.wordBigrams && words > 0) out.idx[n++] = finish(step(prev ^ BIGRAM_SEED, wh)) & mask;
    words++;
    prev = wh;
    i = e;
  }
  const wordCount = n;
  // Character n-grams over "<word>".
  for (let i = 0; i < len; ) {
    while (i < len && text.charCodeAt(i) === 32) i++;
    if (i >= len) break;
    let e = i;
    while (e < len && text.charCodeAt(e) !== 32) e++;
    // positions -1 .. (e - i) where -1 is "<" and (e - i) is ">"
    const wl = e - i;
    for (let s = -1; s <= wl; s++) {
      let h = FNV_OFFSET;
      for (let k = 0; k < spec.charMax; k++) {
        const p = s + k;
        if (p > wl) break;
        const c = p < 0 ? LT : p === wl ? GT : text.charCodeAt(i + p);
        h = step(h, c);
        if (k + 1 >= spec.charMin) {
          if (n >= cap) break;
          out.idx[n++] = finish(h) & mask;
        }
      }
    }
    i = e;
  }
  const charCount = n - wordCount;
  const wv = wordCount > 0 ? spec.wordWeight / Math.sqrt(wordCount) : 0;
  const cv = charCount > 0 ? spec.charWeight / Math.sqrt(charCount) : 0;
  for (let k = 0; k < wordCount; k++) out.val[k] = wv;
  for (let k = wordCount; k < n; k++) out.val[k] = cv;
  out.n = n;
  return out;
}
