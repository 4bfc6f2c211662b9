// Numbers as reports write them: digits with thousands separators ("15,000"), words ("five", "two hundred and
// fifty", "twenty-one") and scales ("1.2 million", "15 thousand").

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const WORD = `(?:${Object.keys(UNITS)
  .filter((w) => w !== "a" && w !== "an")
  .join("|")}|hundred|thousand|million)`;
const WORDS = `(?:(?:an?\\s+)?${WORD}(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*)`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:hundred|thousand|million))?`;

/** Source of a regular expression matching one number, in words or digits (use with the `i` flag). */
export const NUMBER = `(?:${DIGITS}|${WORDS})`;

/** The value of a number phrase matched by NUMBER, or null when it is not one. */
export function parseNumber(phrase: string): number | null {
  const s = phrase.trim().toLowerCase();
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(hundred|thousand|million))?$/.exec(s);
  if (digits) {
    const base = Number(`${(digits[1] ?? "").replaceAll(",", "")}${digits[2] ?? ""}`);
    const value = base * (digits[3] ? (SCALES[digits[3]] ?? 1) : 1);
    return Number.isFinite(value) ? Math.round(value) : null;
  }
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === "and") continue;
    const unit = UNITS[w];
    const scale = SCALES[w];
    if (unit !== undefined) {
      current += unit;
      any = true;
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
    } else return null;
  }
  return any ? total + current : null;
}
