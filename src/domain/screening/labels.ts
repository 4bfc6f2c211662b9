/** The classifier's three classes, in the order of the model's outputs. */
export const SCREEN_LABELS = ["hateful", "offensive", "neither"] as const;
export type ScreenLabel = (typeof SCREEN_LABELS)[number];

/** Stages of genocide (domain.md section 2) that a text finding can bear on. */
export type FindingStage = 4 | 6 | 7 | 10;

/** One thing found in a text, with its span in the ORIGINAL text (UTF-16 offsets in the TypeScript API). */
export interface Finding {
  stage: FindingStage;
  kind: string;
  match: string;
  start: number;
  end: number;
  /** 0-1: how strongly this finding suggests the stage, after context (negation, quoting ...). */
  score: number;
  /** Lexicon entry or rule id, for the analyst to look up the meaning and the source. */
  ref: string;
}
