// Screening of one post: the classifier's probabilities combined with the lexicon and rule findings.
//   score = 1 - (1 - p_hateful') * (1 - f)   (noisy-or)
// where p_hateful' is the classifier's hateful probability, lowered when the post negates or condemns what it
// quotes (counter-speech) or uses a reclaimed term in-group, and f is the strongest stage 4/6/7 finding
// rescaled so that weak findings (< 0.3) add nothing; denial (stage 10) counts at half weight, as denial is a
// warning sign rather than hate speech in itself. The label is "hateful" when the score reaches 0.5, else the
// classifier's choice between offensive and neither. Explicit derogation of a protected group
// (group-derogation.ts) counts like a finding of 0.65 but is not reported as one: it bears on no stage.
import { groupDerogation } from "./group-derogation.ts";
import type { Finding, ScreenLabel } from "./labels.ts";
import { normalise } from "./normalise.ts";
import { hasReclaimedUse } from "./reclaimed.ts";
import { scanTextDetailed } from "./scan-text.ts";

export interface Classifier {
  /** Probabilities in the order hateful, offensive, neither (a buffer the caller must not keep). */
  probabilitiesInto(text: string): Float64Array;
}

export interface ScreenResult {
  label: ScreenLabel;
  /** 0-1: probability-like score that the post is hateful. */
  score: number;
  findings: Finding[];
  /** The classifier's own probabilities, before findings and context. */
  classifier: Record<ScreenLabel, number>;
}

const COUNTER_FACTOR = 0.5;
const RECLAIMED_FACTOR = 0.35;
const DENIAL_WEIGHT = 0.5;
/** Longest text given to the classifier; the lexicon scan reads all of it. */
const CLASSIFIER_CHARS = 4000;

function strength(score: number): number {
  return Math.max(0, (score - 0.3) / 0.7);
}

function findingStrength(findings: readonly Finding[]): number {
  let best = 0;
  for (const f of findings) {
    const s = strength(f.score) * (f.stage === 10 ? DENIAL_WEIGHT : 1);
    if (s > best) best = s;
  }
  return best;
}

export function screenPost(text: string, classifier: Classifier): ScreenResult {
  const scan = scanTextDetailed(text);
  const p = classifier.probabilitiesInto(
    text.length > CLASSIFIER_CHARS ? text.slice(0, CLASSIFIER_CHARS) : text,
  );
  const probs = { hateful: p[0] ?? 0, offensive: p[1] ?? 0, neither: p[2] ?? 0 };
  let hate = probs.hateful;
  if (scan.dampened && scan.findings.length === 0) hate *= COUNTER_FACTOR;
  const folded = normalise(text.slice(0, CLASSIFIER_CHARS)).text;
  if (hate > 0.2 && hasReclaimedUse(folded)) hate *= RECLAIMED_FACTOR;
  const f = Math.max(findingStrength(scan.findings), strength(groupDerogation(folded)));
  const score = 1 - (1 - hate) * (1 - f);
  let label: ScreenLabel;
  if (score >= 0.5 || (hate >= probs.offensive && hate >= probs.neither)) label = "hateful";
  else label = probs.offensive >= probs.neither ? "offensive" : "neither";
  return { label, score: round(score), findings: scan.findings, classifier: probs };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
