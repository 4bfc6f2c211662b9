// The report's own statements about stages, alert levels and recommendations ("now at Stage 9", "a Genocide
// Emergency", "Recommendation 3: ..."). They are the source's claims, filed as such, never tocsin's findings.
import type { Sentence, SourceClaim } from "./types.ts";

const STAGE_NAMES: Record<string, number> = {
  classification: 1,
  symbolization: 2,
  symbolisation: 2,
  discrimination: 3,
  dehumanization: 4,
  dehumanisation: 4,
  organization: 5,
  organisation: 5,
  polarization: 6,
  polarisation: 6,
  preparation: 7,
  persecution: 8,
  extermination: 9,
  denial: 10,
};
const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

const STAGE =
  /\b(?:stage|phase)\s+(10|[1-9]|x|ix|viii|vii|vi|v|iv|iii|ii|i)\b(?:\s*\(([a-z]+)\))?|\bstages?\s+of\s+(classification|symboli[sz]ation|discrimination|dehumani[sz]ation|organi[sz]ation|polari[sz]ation|preparation|persecution|extermination|denial)\b/gi;
const ALERT =
  /\bgenocide\s+(watch|warning|emergency)\b|\b(?:alert|risk)\s+level\s+(?:is\s+|of\s+|to\s+)?["\u201c]?(watch|warning|emergency)\b/gi;
const RECOMMENDATION = /^(?:recommendation\s+(\d{1,2})\b|we\s+(?:urge|recommend|call on)\b)/i;

/** Stage, alert-level and recommendation statements of the text's author, one per match. */
export function findStatements(sentences: readonly Sentence[], text: string): SourceClaim[] {
  const out: SourceClaim[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(STAGE)) {
      const token = (m[1] ?? "").toLowerCase();
      const stage = m[3] ? STAGE_NAMES[m[3].toLowerCase()] : (ROMAN[token] ?? Number(token));
      // "Genocide Watch" the organisation is named often: a bare "Stage" needs a number 1-10.
      if (!stage || stage < 1 || stage > 10) continue;
      out.push(claim("stage", String(stage), s, m.index, m[0].length, 0.8));
    }
    for (const m of s.text.matchAll(ALERT)) {
      const level = (m[1] ?? m[2] ?? "").toLowerCase();
      // "Genocide Watch" alone is usually the organisation: only a level after "alert"/"risk", or warning/emergency.
      if (m[1] && level === "watch" && !/\b(?:level|alert|declares?|issued?)\b/i.test(s.text)) continue;
      out.push(claim("alert-level", level, s, m.index, m[0].length, 0.75));
    }
    const rec = RECOMMENDATION.exec(s.text);
    if (rec) {
      const numbered = /^\s*(\d{1,2})[.)]/.exec(text.slice(Math.max(0, s.start - 6), s.start));
      const value = rec[1] ?? numbered?.[1] ?? s.text.slice(0, 80);
      out.push(claim("recommendation", value, s, 0, s.text.length, 0.6));
    }
  }
  return out;
}

function claim(
  kind: SourceClaim["kind"],
  value: string,
  s: Sentence,
  at: number,
  length: number,
  confidence: number,
): SourceClaim {
  return {
    kind,
    value,
    text: s.text.slice(at, at + length),
    start: s.start + at,
    end: s.start + at + length,
    confidence,
  };
}
