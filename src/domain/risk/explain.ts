/**
 * Explaining change: which inputs moved a country's risk since the previous year, and EWP's published
 * categories. One method for every model: the contribution of input j is the change in the log-odds when j
 * alone goes from last year's value to this year's (this year's row with j set back to last year's value).
 * For a linear model that is exactly coefficient x change, so the contributions add up to the change in
 * log-odds; for a non-linear model they need not add up (interactions), which the output says.
 */
import { linearPredictor } from "./linear-model.ts";
import type { TrainedModel } from "./model-spec.ts";
import { cell, type PanelRow } from "./panel.ts";

export interface Driver {
  variable: string;
  previous: number | null;
  current: number | null;
  /** Change in log-odds attributed to this input. */
  contribution: number;
}

const logit = (p: number): number => Math.log(p / (1 - p));

function withValue(row: PanelRow, variable: string, value: number | null): PanelRow {
  if (variable === "year") return { ...row, year: value ?? row.year };
  return { ...row, values: { ...row.values, [variable]: value } };
}

/** Inputs ranked by the size of their contribution (largest first); unchanged inputs are left out. */
export function drivers(
  model: TrainedModel,
  inputs: readonly string[],
  previous: PanelRow,
  current: PanelRow,
): Driver[] {
  const out: Driver[] = [];
  const linear = model.linear;
  const base = linear ? linearPredictor(linear, current) : logit(model.score(current));
  for (const variable of inputs) {
    const before = cell(previous, variable);
    const after = cell(current, variable);
    if (before === after || before === null || after === null) continue;
    let contribution: number;
    if (linear) {
      const j = linear.predictors.indexOf(variable);
      contribution = j < 0 ? 0 : (linear.beta[j] as number) * (after - before);
    } else {
      contribution = base - logit(model.score(withValue(current, variable, before)));
    }
    if (contribution !== 0) out.push({ variable, previous: before, current: after, contribution });
  }
  return out.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}

export type Category = "highest risk" | "risk increased significantly" | "consistently high" | "unexpected";

export interface CategoryInput {
  rank: number;
  risk: number;
  previousRisk: number | null;
  /** Ranks in the two previous years, when scored. */
  earlierRanks: (number | null)[];
  /** An onset happened in the data year although last year's rank was outside the top group. */
  onsetNow: boolean;
  previousRank: number | null;
}

/** Thresholds, written down because EWP describes these categories in words, not numbers. */
export const CATEGORY_RULES = {
  /** EWP calls its top 30 "high risk". */
  top: 30,
  /** "Increased significantly": up by at least 1 percentage point, or by half with risk now >= 2%. */
  absoluteIncrease: 0.01,
  relativeIncrease: 1.5,
  relativeFloor: 0.02,
} as const;

export function categories(c: CategoryInput): Category[] {
  const out: Category[] = [];
  const top = CATEGORY_RULES.top;
  if (c.rank <= top) out.push("highest risk");
  if (
    c.previousRisk !== null &&
    (c.risk - c.previousRisk >= CATEGORY_RULES.absoluteIncrease ||
      (c.risk >= CATEGORY_RULES.relativeFloor && c.risk >= CATEGORY_RULES.relativeIncrease * c.previousRisk))
  ) {
    out.push("risk increased significantly");
  }
  if (c.rank <= top && c.earlierRanks.length >= 2 && c.earlierRanks.every((r) => r !== null && r <= top)) {
    out.push("consistently high");
  }
  if (c.onsetNow && (c.previousRank === null || c.previousRank > top)) out.push("unexpected");
  return out;
}
