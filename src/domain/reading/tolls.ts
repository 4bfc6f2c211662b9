// Death tolls out of a sentence: a number phrase tied to a word for death ("killed", "bodies", "dead"),
// mapped to low / best / high by its qualifier. The mapping is documented in docs/reading.md ("Tolls").
// Numbers tied to other things (graves, days, villages) and numbers inside dates are left alone.
import { NUMBER, parseNumber } from "./numbers.ts";
import type { Span, TollMention, TollQualifier } from "./types.ts";

/** A pattern's spaces as any white space: reports are hard-wrapped ("at\nleast 40"). */
const flex = (pattern: string) => pattern.replaceAll(" ", String.raw`\s+`);
const oneSpace = (s: string) => s.replace(/\s+/g, " ");

const DEATH = String.raw`\b(?:killed|killing|killings|murdered|massacred|executed|slain|died|deaths?|dead|bodies|corpses|lost their lives|death toll)\b`;

/** Vague quantities and the ranges they stand for (documented in docs/reading.md). */
export const VAGUE: readonly { pattern: string; low: number; high: number }[] = [
  { pattern: "hundreds of thousands", low: 200_000, high: 999_999 },
  { pattern: "tens of thousands", low: 20_000, high: 99_999 },
  { pattern: "thousands", low: 2_000, high: 9_999 },
  { pattern: "hundreds", low: 200, high: 999 },
  { pattern: "scores", low: 40, high: 99 },
  { pattern: "dozens", low: 24, high: 99 },
  { pattern: "several", low: 3, high: 9 },
  { pattern: "a (?:few|handful of)", low: 2, high: 9 },
];

const QUALIFIERS: { pattern: string; qualifier: TollQualifier }[] = [
  { pattern: "at least|no (?:fewer|less) than|not less than|a minimum of", qualifier: "at-least" },
  { pattern: "more than|over|upwards of|in excess of", qualifier: "more-than" },
  { pattern: "up to|as many as|no more than|fewer than|less than|at most", qualifier: "up-to" },
  {
    pattern:
      "about|around|approximately|some|roughly|nearly|almost|an estimated|close to|an? (?:reported|estimated)",
    qualifier: "approximately",
  },
];

/** Words after a number that show it counts something other than people. */
const NOT_PEOPLE = String.raw`(?:mass\s+)?(?:graves?|villages?|towns?|houses?|homes?|buildings?|days?|weeks?|months?|years?|hours?|minutes?|km|kilometres?|kilometers?|miles?|metres?|times?|loads?|lorries|trucks?|vehicles?|camps?|districts?|provinces?|checkpoints?|schools?|hospitals?|cases?|reports?|incidents?|counts?|estimates?|accounts?|tall(?:y|ies)|percent|per\s+cent|%|am|pm|o'clock)\b`;

const RANGE = new RegExp(
  String.raw`\b(?:between\s+(${NUMBER})\s+and\s+(${NUMBER})|(?:from\s+)?(${NUMBER})\s*(?:to|-|\u2013|or)\s*(${NUMBER}))\b`,
  "gi",
);
const QUALIFIED = new RegExp(
  String.raw`\b(${QUALIFIERS.map((q) => flex(q.pattern)).join("|")})\s+(${NUMBER})\b`,
  "gi",
);
const VAGUE_RE = new RegExp(String.raw`\b(${VAGUE.map((v) => flex(v.pattern)).join("|")})\b`, "gi");
const PLAIN = new RegExp(String.raw`\b(${NUMBER})\b`, "gi");
/**
 * A whole population, or nearly all of it: "nearly all (of the village's) 300 residents", "the entire
 * population of 1,200", "almost the entire population of 900". Group 1 is "nearly"/"almost"/... when the text
 * says the toll falls short of the whole; group 2 the population's number when the text gives one.
 */
const WHOLE = String.raw`(?:(nearly|almost|virtually|practically)\s+)?(?:all|the\s+(?:entire|whole))`;
const WHOLE_OF_N = new RegExp(
  String.raw`\b${WHOLE}(?:\s+of)?(?:\s+(?:the|its|their|this|that|[\p{L}-]+['\u2019]s)){0,2}(?:\s+(?:population|people|community|inhabitants|residents)\s+of)?\s+(${NUMBER})\b`,
  "giu",
);
/** Without a number: "nearly all", "almost everyone", "the entire village", "virtually the whole family". */
const WHOLE_NO_N =
  /\b(?:(nearly|almost|virtually|practically)\s+(?:all|every(?:one|body)?|the\s+(?:entire|whole))|the\s+(?:entire|whole)\s+(?:population|village|community|family|families|household|congregation|crew|garrison|town)\b)/gi;

interface Candidate extends TollMention {}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function qualifierOf(word: string): TollQualifier {
  const w = oneSpace(word.toLowerCase());
  for (const q of QUALIFIERS) if (new RegExp(`^(?:${q.pattern})$`, "i").test(w)) return q.qualifier;
  return "exact";
}

function tollFor(q: TollQualifier, n: number): Pick<TollMention, "low" | "best" | "high"> {
  if (q === "at-least") return { low: n, best: n, high: null };
  if (q === "more-than") return { low: n, best: null, high: null };
  if (q === "up-to") return { low: null, best: null, high: n };
  if (q === "approximately") return { low: null, best: n, high: null };
  return { low: n, best: n, high: n };
}

/** Every number phrase of the sentence that could be a count, longest forms first, none inside `taken`. */
function candidates(sentence: string, taken: Span[]): Candidate[] {
  const found: Candidate[] = [];
  const free = (s: Span) => !taken.some((t) => overlaps(t, s)) && !found.some((f) => overlaps(f, s));
  for (const m of sentence.matchAll(RANGE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const low = parseNumber(m[1] ?? m[3] ?? "");
    const high = parseNumber(m[2] ?? m[4] ?? "");
    if (low === null || high === null || low >= high || !free(span)) continue;
    found.push({ ...span, text: m[0], low, best: null, high, qualifier: "range" });
  }
  for (const m of sentence.matchAll(WHOLE_OF_N)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const n = parseNumber(m[2] ?? "");
    if (n === null || !free(span)) continue;
    // All of N: N. Nearly all of N: at most N; how far short of it the text does not say, so no low or best.
    if (m[1]) found.push({ ...span, text: m[0], low: null, best: null, high: n, qualifier: "nearly-all" });
    else found.push({ ...span, text: m[0], low: n, best: n, high: n, qualifier: "all" });
  }
  for (const m of sentence.matchAll(QUALIFIED)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const n = parseNumber(m[2] ?? "");
    if (n === null || !free(span)) continue;
    const q = qualifierOf(m[1] ?? "");
    found.push({ ...span, text: m[0], ...tollFor(q, n), qualifier: q });
  }
  for (const m of sentence.matchAll(VAGUE_RE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const v = VAGUE.find((x) => new RegExp(`^(?:${x.pattern})$`, "i").test(oneSpace(m[0])));
    if (!v || !free(span)) continue;
    found.push({ ...span, text: m[0], low: v.low, best: null, high: v.high, qualifier: "vague" });
  }
  for (const m of sentence.matchAll(PLAIN)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const n = parseNumber(m[1] ?? "");
    // "no one was killed" names no toll.
    if (
      n === null ||
      !free(span) ||
      /^an?$/i.test(m[0].trim()) ||
      /\bno\s+$/i.test(sentence.slice(0, m.index))
    )
      continue;
    found.push({ ...span, text: m[0], ...tollFor("exact", n), qualifier: "exact" });
  }
  for (const m of sentence.matchAll(WHOLE_NO_N)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const qualifier = m[1] ? "nearly-all" : "all";
    if (free(span)) found.push({ ...span, text: m[0], low: null, best: null, high: null, qualifier });
  }
  return found
    .filter((c) => !new RegExp(`^\\s*(?:of\\s+)?${NOT_PEOPLE}`, "i").test(sentence.slice(c.end, c.end + 30)))
    .filter((c) => !/^\s*(?:st|nd|rd|th)\b/i.test(sentence.slice(c.end, c.end + 3)))
    .filter((c) => !/^\s+(?:more|others?)\b/i.test(sentence.slice(c.end, c.end + 8)))
    .sort((a, b) => a.start - b.start);
}

function words(s: string): number {
  return s.trim() === "" ? 0 : s.trim().split(/\s+/).length;
}

/** True when the count is tied to a word for death: before it within 12 words, or just after it. */
function tiedToDeath(sentence: string, c: Span, deaths: Span[]): boolean {
  return deaths.some((d) => {
    if (d.start >= c.end)
      return words(sentence.slice(c.end, d.start)) <= 12 && !/[;:]/.test(sentence.slice(c.end, d.start));
    // After the death word: "killed, 140 by the Centre's count", not "killed and dozens more fled".
    const between = sentence.slice(d.end, c.start);
    return words(between) <= 8 && !/\b(?:and|while|but|whereas)\b/i.test(between);
  });
}

/**
 * The death toll a sentence states, or null. Several figures for the same deaths are combined: a range
 * gives low and high, a single figure within it the best estimate ("between 100 and 160 were killed, 140 by
 * the Centre's count"). `taken` are spans already read as something else (dates).
 */
export function findToll(sentence: string, taken: Span[] = []): TollMention | null {
  const deaths = [...sentence.matchAll(new RegExp(flex(DEATH), "gi"))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (deaths.length === 0) return null;
  const tied = candidates(sentence, taken).filter((c) => tiedToDeath(sentence, c, deaths));
  if (tied.length === 0) return null;
  if (tied.length === 1) return tied[0] ?? null;
  return combine(tied);
}

function combine(tied: Candidate[]): TollMention {
  const lows = tied.map((t) => t.low).filter((n): n is number => n !== null);
  const highs = tied.map((t) => t.high).filter((n): n is number => n !== null);
  const low = lows.length ? Math.min(...lows) : null;
  const high = highs.length ? Math.max(...highs) : null;
  const best =
    tied
      .map((t) => t.best)
      .find((b): b is number => b !== null && (low === null || b >= low) && (high === null || b <= high)) ??
    null;
  const first = tied[0] as Candidate;
  const last = tied[tied.length - 1] as Candidate;
  return {
    start: first.start,
    end: last.end,
    text: tied.map((t) => t.text).join(" ... "),
    low,
    best,
    high,
    qualifier: low !== null && high !== null && low !== high ? "range" : first.qualifier,
  };
}
