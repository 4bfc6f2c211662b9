// The lexicon and rule scan: normalise the text, find lexicon terms and rule patterns, weigh each by its
// context (framing words raise it; negation, counter-speech and quoting lower it), and report findings in
// ORIGINAL offsets. Findings are suggestions for an analyst, never verdicts.
import { around, hasCue, phraseBefore, sentenceHasCue } from "./context.ts";
import type { Finding } from "./labels.ts";
import { CODED_TERMS } from "./lexicon/coded-terms.ts";
import { CALL_CUES, COUNTER_CUES, FRAME_CUES, LITERAL_CUES, NEGATION_CUES } from "./lexicon/context-cues.ts";
import { DEHUMANISING_METAPHORS } from "./lexicon/dehumanising-metaphors.ts";
import { ELIMINATIONIST_VERBS } from "./lexicon/eliminationist-verbs.ts";
import type { LexiconEntry } from "./lexicon/types.ts";
import { LexiconMatcher, type TermMatch } from "./lexicon-matcher.ts";
import { type Normalised, normalise, originalSpan } from "./normalise.ts";
import { compileRules, runRules } from "./rules/compile.ts";
import { DENIAL_RULES } from "./rules/denial.ts";
import { FEAR_SPEECH_RULES } from "./rules/fear-speech.ts";

export const LEXICON: readonly LexiconEntry[] = [
  ...CODED_TERMS,
  ...DEHUMANISING_METAPHORS,
  ...ELIMINATIONIST_VERBS,
];
const rules = compileRules([...FEAR_SPEECH_RULES, ...DENIAL_RULES]);
// One trie for lexicon terms and rule triggers; it reports every term ending at a start, and the lexicon
// keeps the longest per start ("kill all" over "kill") while the rules see every trigger.
const matcher = new LexiconMatcher([...LEXICON, ...rules.triggerEntries], { allEntriesAtPrefix: true });

/** Lexicon matches, longest per start; rule triggers apart. */
function partition(all: TermMatch[]): { terms: TermMatch[]; triggers: TermMatch[] } {
  const terms: TermMatch[] = [];
  const triggers: TermMatch[] = [];
  for (const m of all) {
    if (m.entry.kind === "trigger") {
      triggers.push(m);
      continue;
    }
    const last = terms[terms.length - 1];
    if (last && last.start === m.start && last.end < m.end) {
      // a longer term at the same start: drop every shorter one already kept
      while (
        terms.length > 0 &&
        terms[terms.length - 1]?.start === m.start &&
        (terms[terms.length - 1]?.end ?? 0) < m.end
      )
        terms.pop();
    } else if (last && last.start === m.start && last.end > m.end) continue;
    terms.push(m);
  }
  return { terms, triggers };
}

/** Findings below this score are dropped: a bare everyday word with no frame. */
export const MIN_FINDING_SCORE = 0.3;

const BASE_FRAMED = { low: 0.5, medium: 0.3, high: 0.2 } as const;
const BASE_FREE = { low: 0.85, medium: 0.7, high: 0.5 } as const;

/** Multipliers applied by context. */
const NEGATED = 0.25;
const COUNTERED = 0.3;

/** Whether context lowered a score: the post negates, quotes or condemns what it mentions. */
interface Scored {
  score: number;
  dampened: boolean;
}

function lexiconScore(entry: LexiconEntry, text: string, m: TermMatch): Scored {
  const a = around(text, m.start, m.end);
  let score: number;
  if (entry.kind === "eliminationist-call") {
    const strong = entry.id.startsWith("elim.strong");
    const call = hasCue(a.before, CALL_CUES) || phraseBefore(a.before, CALL_CUES);
    const target = hasCue(a.after, FRAME_CUES) || hasCue(a.before, FRAME_CUES);
    score = strong ? 0.4 : 0.1;
    if (call) score += strong ? 0.35 : 0.4;
    if (target) score += strong ? 0.15 : 0.2;
  } else {
    score = entry.needsFrame ? BASE_FRAMED[entry.falsePositiveRisk] : BASE_FREE[entry.falsePositiveRisk];
    const literal = hasCue(a.before.slice(-1), LITERAL_CUES);
    const framed = !literal && (hasCue(a.before, FRAME_CUES) || phraseBefore(a.before, FRAME_CUES));
    if (framed) score += entry.needsFrame ? 0.45 : 0.1;
  }
  return dampen(score, a, 3);
}

function dampen(raw: number, a: ReturnType<typeof around>, negationWindow: number): Scored {
  let score = raw;
  // Unspaced scripts (zh) come as one long token: their negators are looked for inside the last one.
  const negated =
    hasCue(a.before.slice(-negationWindow), NEGATION_CUES) || phraseBefore(a.before.slice(-1), NEGATION_CUES);
  const countered = a.quoted || sentenceHasCue(a.sentence, COUNTER_CUES);
  if (negated) score *= NEGATED;
  if (countered) score *= COUNTERED;
  return { score: Math.min(0.95, score), dampened: negated || countered };
}

function ruleScore(base: number, text: string, start: number, end: number): Scored {
  return dampen(base, around(text, start, end), 2);
}

function toFinding(
  n: Normalised,
  original: string,
  f: Omit<Finding, "match" | "start" | "end">,
  s: number,
  e: number,
): Finding {
  const [start, end] = originalSpan(n, s, e);
  return { ...f, match: original.slice(start, end), start, end };
}

export interface Scan {
  findings: Finding[];
  /** Some term or pattern was there but negated, quoted or condemned (counter-speech). */
  dampened: boolean;
}

export function scanText(original: string): Finding[] {
  return scanTextDetailed(original).findings;
}

/** Longest span a finding can have (a rule match within one sentence window, 300 units each side). */
const MAX_CONTAINER = 1024;

/** Long texts are scanned in pieces of about this many UTF-16 units, cut at a line or sentence end. */
const CHUNK = 1 << 16;

export function scanTextDetailed(original: string, options: { rules?: boolean } = {}): Scan {
  if (original.length <= CHUNK) return scanChunk(original, options.rules ?? true);
  const findings: Finding[] = [];
  let dampened = false;
  for (let at = 0; at < original.length; ) {
    const end = cutPoint(original, at);
    const part = scanChunk(original.slice(at, end), options.rules ?? true);
    dampened ||= part.dampened;
    for (const f of part.findings) findings.push({ ...f, start: f.start + at, end: f.end + at });
    at = end;
  }
  return { findings, dampened };
}

/** The end of the piece starting at `at`: the last newline, else sentence end, else space before CHUNK. */
function cutPoint(text: string, at: number): number {
  const limit = at + CHUNK;
  if (limit >= text.length) return text.length;
  const floor = at + (CHUNK >> 1);
  let space = -1;
  let stop = -1;
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 32) {
      if (space < 0) space = i + 1;
      if (stop < 0 && text.charCodeAt(i - 1) === 46) stop = i + 1;
    }
  }
  return stop > 0 ? stop : space > 0 ? space : limit;
}

function scanChunk(original: string, withRules: boolean): Scan {
  if (original.length === 0) return { findings: [], dampened: false };
  const n = normalise(original);
  const found: Finding[] = [];
  let dampened = false;
  const { terms, triggers } = partition(matcher.scan(n.text));
  for (const m of terms) {
    const s = lexiconScore(m.entry, n.text, m);
    dampened ||= s.dampened;
    if (s.score < MIN_FINDING_SCORE) continue;
    const f = { stage: m.entry.stage, kind: m.entry.kind, score: s.score, ref: m.entry.id };
    found.push(toFinding(n, original, f, m.start, m.end));
  }
  for (const m of withRules ? runRules(n.text, rules, triggers) : []) {
    const s = ruleScore(m.rule.score, n.text, m.start, m.end);
    dampened ||= s.dampened;
    if (s.score < MIN_FINDING_SCORE) continue;
    const f = { stage: m.rule.stage, kind: m.rule.kind, score: s.score, ref: m.rule.id };
    found.push(toFinding(n, original, f, m.start, m.end));
  }
  return { findings: dedupe(found), dampened };
}

/**
 * One finding per (span, stage): the same word can be in two entries (e.g. "parasites", fr and en); and a
 * finding inside a larger, at least as strong one of the same stage ("kill" in "kill them before they kill
 * us") adds nothing.
 */
function dedupe(found: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of found) {
    const key = `${f.start}:${f.end}:${f.stage}`;
    const prev = best.get(key);
    if (!prev || f.score > prev.score) best.set(key, f);
  }
  // Sorted by start, longer first: anything containing f comes before it, and spans are short (a sentence
  // at most), so looking back a bounded distance keeps this linear on long texts with many findings.
  const all = [...best.values()].sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  const kept: Finding[] = [];
  for (let i = 0; i < all.length; i++) {
    const f = all[i] as Finding;
    let inside = false;
    for (let j = i - 1; j >= 0; j--) {
      const g = all[j] as Finding;
      if (g.start < f.start - MAX_CONTAINER) break;
      if (g.stage === f.stage && g.end >= f.end && g.end - g.start > f.end - f.start && g.score >= f.score) {
        inside = true;
        break;
      }
    }
    if (!inside) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || b.score - a.score);
}
