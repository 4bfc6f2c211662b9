import type { FindingStage } from "../labels.ts";

/** How often the term appears in harmless use (literal animals, medicine, gardening, history teaching ...). */
export type FalsePositiveRisk = "low" | "medium" | "high";

export interface LexiconEntry {
  /** Stable id, shown with each finding (e.g. "dehum.vermin.en", "coded.inyenzi"). */
  id: string;
  /** Surface forms as written; a trailing "*" accepts any letters after (a stem). Folded before matching. */
  terms: string[];
  /** BCP 47 language code. */
  language: string;
  stage: FindingStage;
  /** Finding kind: "dehumanising-metaphor", "coded-term", "eliminationist-euphemism", ... */
  kind: string;
  /** What the term says about the people it targets. */
  meaning: string;
  /** Where and when its use against people was documented (empty for general-vocabulary metaphors). */
  documented: string;
  /** Ids in SOURCES (lexicon/sources.ts). */
  sources: string[];
  falsePositiveRisk: FalsePositiveRisk;
  /** Needs a framing word (copula, comparison, demonstrative) near it before it scores highly. */
  needsFrame: boolean;
}

/** A published source. `status` says how sure we are that it documents the entries citing it. */
export interface Source {
  id: string;
  citation: string;
  status: "verified" | "to-verify";
  note?: string;
}
