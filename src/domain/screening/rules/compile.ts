// Compiles pattern rules (fear speech, denial) into folded, Unicode-aware regular expressions and runs them
// over a normalised text. Word boundaries are explicit look-arounds: JavaScript's \b only knows ASCII.
// Speed: each rule names trigger words, at least one of which is in every text it matches. One trie pass
// finds the triggers; the regular expressions then run only on the sentences around them, so a long report
// costs nothing more than the lexicon pass (the triggers share its trie) instead of one regex pass per rule.
import { foldString } from "../char-fold.ts";
import type { FindingStage } from "../labels.ts";
import type { LexiconEntry } from "../lexicon/types.ts";
import type { TermMatch } from "../lexicon-matcher.ts";

export interface PatternRule {
  id: string;
  stage: FindingStage;
  kind: string;
  /** Natural spelling; lower-case regex escapes only (the source is folded). */
  pattern: string;
  /** Score before context (negation, counter-speech). */
  score: number;
  /** "a|b|c*": words one of which occurs in every match ("*" marks a stem). */
  triggers: string;
}

export interface CompiledRule extends PatternRule {
  regex: RegExp;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** Trigger words as pseudo lexicon entries (kind "trigger", id = the rule's index). */
  triggerEntries: LexiconEntry[];
}

export function compileRules(rules: readonly PatternRule[]): CompiledRules {
  const compiled = rules.map((r) => ({
    ...r,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${foldString(r.pattern)})(?![\\p{L}\\p{N}])`, "gu"),
  }));
  const triggerEntries: LexiconEntry[] = compiled.map((r, i) => ({
    id: String(i),
    terms: r.triggers.split("|"),
    language: "",
    stage: r.stage,
    kind: "trigger",
    meaning: "",
    documented: "",
    sources: [],
    falsePositiveRisk: "high",
    needsFrame: false,
  }));
  return { rules: compiled, triggerEntries };
}

export interface RuleMatch {
  rule: CompiledRule;
  start: number;
  end: number;
}

const SENTENCE_END = new Set([46, 33, 63, 10, 0x3002, 0xff01, 0xff1f, 0x061f, 0x0964]);
const REACH = 300;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && start - s < REACH && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < REACH && !SENTENCE_END.has(text.charCodeAt(e))) e++;
  return [s, e];
}

/** Runs the rules around the trigger hits (found by the caller's lexicon pass, in text order). */
export function runRules(
  text: string,
  compiled: CompiledRules,
  hits: readonly TermMatch[],
  out: RuleMatch[] = [],
): RuleMatch[] {
  // Windows per rule, merged when they overlap.
  const windows = new Map<number, [number, number][]>();
  for (const hit of hits) {
    const ruleIndex = Number(hit.entry.id);
    const [s, e] = sentenceAround(text, hit.start, hit.end);
    const list = windows.get(ruleIndex) ?? [];
    const last = list[list.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else list.push([s, e]);
    windows.set(ruleIndex, list);
  }
  const seen = new Set<string>();
  for (const [ruleIndex, list] of windows) {
    const rule = compiled.rules[ruleIndex];
    if (!rule) continue;
    for (const [s, e] of list) {
      const piece = text.slice(s, e);
      rule.regex.lastIndex = 0;
      for (let m = rule.regex.exec(piece); m !== null; m = rule.regex.exec(piece)) {
        if (m[0].length === 0) {
          rule.regex.lastIndex++;
          continue;
        }
        const key = `${rule.id}:${s + m.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ rule, start: s + m.index, end: s + m.index + m[0].length });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
