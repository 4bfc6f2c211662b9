import { ACT_PATTERNS, NEGATIONS } from "./act-patterns.ts";
import type { ActMention } from "./types.ts";

const compiled = ACT_PATTERNS.map((p) => ({
  type: p.type,
  re: new RegExp(String.raw`\b(?:${p.pattern})\b`, "gi"),
}));

/**
 * The act types a sentence names, each once, with the words that named it. A negated mention ("no one was
 * killed", "denied killing") is not an act; denial itself is the act "denial-statement".
 */
export function findActs(sentence: string): ActMention[] {
  const out: ActMention[] = [];
  for (const { type, re } of compiled) {
    for (const m of sentence.matchAll(re)) {
      const before = sentence.slice(Math.max(0, m.index - 40), m.index);
      if (type !== "denial-statement" && NEGATIONS.test(before)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type });
      break;
    }
  }
  // A massacre is a killing too; name the killing only when the text does.
  return out.sort((a, b) => a.start - b.start);
}
