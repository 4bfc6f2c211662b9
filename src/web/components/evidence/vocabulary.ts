/**
 * The evidence model's controlled vocabularies, as the web app shows them. Copied from src/domain/evidence
 * rather than imported, because those modules build zod schemas at load time and would pull zod into the
 * bundle; test/web/evidence-vocabulary.test.ts fails the moment a copy drifts from the domain.
 */

export const ACT_TYPES = [
  "killing",
  "massacre",
  "torture",
  "sexual-violence",
  "forced-displacement",
  "arbitrary-detention",
  "disappearance",
  "destruction-of-homes",
  "destruction-of-cultural-property",
  "deprivation-of-food-water-aid",
  "attack-on-hospital",
  "discriminatory-law-or-policy",
  "citizenship-removal",
  "forced-marking",
  "hate-speech-or-incitement",
  "dehumanising-propaganda",
  "denial-statement",
  "arms-build-up",
  "militia-formation",
  "emergency-decree",
  "expulsion-of-ngos-or-media",
  "separation-or-segregation",
  "battle",
  "other",
] as const;

/** An act type: one of the core types, or a deployment's own `x-` extension. */
export function isActType(s: string): boolean {
  return (ACT_TYPES as readonly string[]).includes(s) || /^x-[a-z0-9-]{1,60}$/.test(s);
}

export const SENSITIVITIES = ["public", "internal", "confidential"] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const DATE_PRECISIONS = ["day", "month", "year", "unknown-day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const LOCATION_PRECISIONS = [
  "exact",
  "near",
  "admin2",
  "admin1",
  "country",
  "region",
  "unknown",
] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const LOCATION_PRECISION_LABELS: Record<LocationPrecision, string> = {
  exact: "exact location",
  near: "near the named place",
  admin2: "district (second-order division) only",
  admin1: "province (first-order division) only",
  country: "country only",
  region: "region only",
  unknown: "precision unknown",
};

export const INVOLVEMENTS = ["direct", "ordered", "complicit", "alleged", "unknown"] as const;
export type Involvement = (typeof INVOLVEMENTS)[number];

export const SOURCE_KINDS = ["organisation", "person", "publication", "dataset"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Admiralty (NATO) grading: the source's reliability, A-F. */
export const RELIABILITY_LABELS: Record<string, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

/** Admiralty (NATO) grading: the information's credibility, 1-6, graded apart from its source. */
export const CREDIBILITY_LABELS: Record<number, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};

/** Fields the API nulls for callers below `confidential` (CONFIDENTIAL_FIELDS in the domain). */
export const CONFIDENTIAL_FIELDS = {
  source: ["contact"],
  claim: ["witness"],
  document: ["collectedBy"],
} as const;
