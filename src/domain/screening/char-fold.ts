// Per-character folding used by the obfuscation normaliser: case, compatibility forms (full-width, ligatures,
// mathematical letters), Latin/Greek/Cyrillic diacritics, Arabic vowel marks and letter variants, and a small
// table of look-alike letters in the spirit of Unicode TS #39 "skeletons". The same folding is applied to the
// lexicon and to the text, so a folded Russian word still matches its folded lexicon entry even though some of
// its letters became Latin look-alikes.

/** Code points that are dropped outright: zero-width and bidi controls, soft hyphen, Arabic tatweel. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    cp === 0x0640
  );
}

/**
 * Combining marks that are diacritics (dropped), as opposed to marks that are letters' vowels (Devanagari
 * matras and similar are kept, or words in those scripts would collapse into their consonants).
 */
function isDroppedMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06ed) ||
    cp === 0x093c
  );
}

// Look-alikes folded to the Latin letter they imitate (lower case only: folding lower-cases first).
const CONFUSABLE: Record<string, string> = {
  // Cyrillic
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  // Greek
  α: "a",
  ο: "o",
  ν: "v",
  ι: "i",
  κ: "k",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ε: "e",
  // Latin letters without a canonical decomposition
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ɡ: "g",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  // Typographic apostrophes, so "didn’t" reads as "didn't"
  "’": "'",
  "‘": "'",
  ʼ: "'",
  // Arabic letter variants commonly normalised before matching
  ى: "ي",
  ة: "ه",
  ی: "ي",
  ک: "ك",
};

const cache = new Map<number, string>();

/** The folded form of one code point (possibly empty, possibly several characters). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out = "";
  if (!isInvisible(cp)) {
    const decomposed = String.fromCodePoint(cp).normalize("NFKD").toLowerCase();
    for (const ch of decomposed) {
      const c = ch.codePointAt(0) ?? 0;
      if (isDroppedMark(c) || isInvisible(c)) continue;
      out += CONFUSABLE[ch] ?? ch;
    }
  }
  cache.set(cp, out);
  return out;
}

/** Folds a whole string (used for lexicon entries, where no offsets are needed). */
export function foldString(s: string): string {
  let out = "";
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0) ?? 0);
  return out;
}

const LETTER = /[\p{L}\p{N}]/u;
const letterCache = new Uint8Array(65536);

/** Letter or digit, for one UTF-16 code unit; surrogates (emoji and rare scripts) count as non-letters. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = letterCache[c] ?? 0;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = LETTER.test(ch) || /\p{M}/u.test(ch) ? 1 : 2;
    letterCache[c] = v;
  }
  return v === 1;
}

/** Scripts written without spaces between words: every character may start a match. */
export function isUnspacedScript(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x0e00 && c <= 0x0e7f)
  );
}
