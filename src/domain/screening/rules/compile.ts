// Compiles pattern rules (fear speech, denial) into folded, Unicode-aware regular expressions and runs them
// over a normalised text. Word boundaries are explicit look-arounds: JavaScript's \b only knows ASCII.
import { foldString } from "../char-fold.ts";
import type { FindingStage } from "../labels.ts";

export interface PatternRule {
  id: string;
  stage: FindingStage;
  kind: string;
  /** Natural spelling; lower-case regex escapes only (the source is folded). */
  pattern: string;
  /** Score before context (negation, counter-speech). */
  score: number;
}

export interface CompiledRule extends PatternRule {
  regex: RegExp;
}

export function compileRules(rules: readonly PatternRule[]): CompiledRule[] {
  return rules.map((r) => ({
    ...r,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${foldString(r.pattern)})(?![\\p{L}\\p{N}])`, "gu"),
  }));
}

export interface RuleMatch {
  rule: CompiledRule;
  start: number;
  end: number;
}

export function runRules(text: string, rules: readonly CompiledRule[], out: RuleMatch[] = []): RuleMatch[] {
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(text); m !== null; m = rule.regex.exec(text)) {
      if (m[0].length === 0) {
        rule.regex.lastIndex++;
        continue;
      }
      out.push({ rule, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
