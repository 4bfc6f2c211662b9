import { z } from "zod";
import { DatePrecision } from "../../evidence/dates.ts";
import { Reliability } from "../../evidence/grades.ts";
import { Sensitivity } from "../../evidence/sensitivity.ts";
import { STAGE_LEVELS } from "../../stages/levels.ts";
import { Addressee } from "../recommendations/addressees.ts";
import { AlertLevel } from "../rules/rule-set.ts";

/**
 * An alert's content: one situation's published document (domain.md section 3). Composed from the evidence
 * and the assessment engine at PUBLIC clearance, then edited by the analyst. Every cited record keeps the
 * sensitivity it had when composed, so that rendering can check it again with redact().
 */
const Toll = z.object({
  low: z.number().int().nullable(),
  best: z.number().int().nullable(),
  high: z.number().int().nullable(),
});

/** A source behind an episode or a finding, as the claim citing it says. */
export const CitedSource = z.object({
  sourceId: z.string(),
  name: z.string(),
  reliability: Reliability,
  url: z.string().nullable(),
  claimId: z.string().nullable(),
  credibility: z.number().int().nullable(),
  statedAt: z.string().nullable(),
  /** The toll this source asserts, when it asserts one. */
  toll: Toll.nullable(),
  sensitivity: Sensitivity,
});
export type CitedSource = z.infer<typeof CitedSource>;

/** One event of the background or the current situation: dates at their precision, toll as a range. */
export const Episode = z.object({
  eventId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  dateStart: z.string(),
  dateEnd: z.string().nullable(),
  datePrecision: DatePrecision,
  place: z.string().nullable(),
  acts: z.array(z.string()),
  toll: Toll,
  contested: z.boolean(),
  sources: z.array(CitedSource),
  sensitivity: Sensitivity,
});
export type Episode = z.infer<typeof Episode>;

export const FindingEvidence = z.object({
  kind: z.enum(["event", "claim"]),
  id: z.string(),
  title: z.string(),
  date: z.string(),
  contested: z.boolean(),
  toll: Toll.nullable(),
  sources: z.array(CitedSource),
  sensitivity: Sensitivity,
});
export type FindingEvidence = z.infer<typeof FindingEvidence>;

const StageLevel = z.enum(STAGE_LEVELS);

export const StageFinding = z.object({
  stage: z.number().int().min(1).max(10),
  name: z.string(),
  level: StageLevel,
  computedLevel: StageLevel,
  override: z.object({ value: z.string(), reason: z.string(), at: z.string() }).nullable(),
  score: z.number(),
  indicators: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      level: StageLevel,
      evidence: z.array(FindingEvidence),
    }),
  ),
});
export type StageFinding = z.infer<typeof StageFinding>;

export const Determination = z.object({
  asOf: z.string(),
  method: z.object({ catalogue: z.string(), rules: z.string(), reading: z.string() }),
  /** Stages at least "possible" (or overridden), in stage order. */
  stages: z.array(StageFinding),
  /** The UN Framework risk factors at least "possible". */
  riskFactors: z.array(z.object({ number: z.number().int(), name: z.string(), level: StageLevel })),
  /** The analyst's determination in words. */
  text: z.string(),
});
export type Determination = z.infer<typeof Determination>;

export const LevelFinding = z.object({
  value: AlertLevel,
  computed: AlertLevel,
  /** The rule that set the computed level (the first fired rule at that level), if any. */
  rule: z.object({ id: z.string(), because: z.string() }).nullable(),
  override: z.object({ value: AlertLevel, reason: z.string(), at: z.string() }).nullable(),
  concerns: z.array(z.object({ id: z.string(), because: z.string() })),
});
export type LevelFinding = z.infer<typeof LevelFinding>;

export const Recommendation = z.object({
  /** The library entry it came from; null for the analyst's own. */
  libraryId: z.string().nullable(),
  addressee: Addressee,
  text: z.string(),
  basis: z.object({ stages: z.array(z.number().int()), riskFactors: z.array(z.number().int()) }),
});
export type Recommendation = z.infer<typeof Recommendation>;

/** What a dataset's licence requires us to say, for each dataset behind the cited evidence. */
export const Attribution = z.object({
  sourceId: z.string().nullable(),
  dataset: z.string(),
  text: z.string(),
  licence: z.string().nullable(),
  url: z.string().nullable(),
  accessedAt: z.string().nullable(),
  version: z.string().nullable(),
  /** The filters the data were read with (ACLED asks for them). */
  filters: z.string().nullable(),
  /** The dataset family's notice (UCDP, ACLED, GDELT, EWP) when known. */
  notice: z.string().nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

export const AlertContent = z.object({
  situation: z.object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    groups: z.array(z.string()),
    perpetrators: z.array(z.string()),
  }),
  place: z.string(),
  title: z.string(),
  summary: z.string(),
  background: z.object({ text: z.string(), episodes: z.array(Episode) }),
  currentSituation: z.object({ text: z.string(), events: z.array(Episode) }),
  determination: Determination,
  level: LevelFinding,
  recommendations: z.array(Recommendation),
  attributions: z.array(Attribution),
});
export type AlertContent = z.infer<typeof AlertContent>;
