/**
 * Ongoing-episode features (round 3, declared in bench/results/forecast-models-round3.md). EWP's outcome is
 * the onset of a *new* mass killing, and a country with an episode in progress is more likely to see another
 * (years <= 1993: 5.5% against 2.8% of country-years), so the model is told whether an episode is in progress,
 * for how long, and whether one ended in the last five years. Derived from EWP's own
 * `mk_ongoing_count_log2`, so `--ewp FILE` and the store give the same values.
 */
import { withDerivedColumns } from "./derived-columns.ts";
import type { Panel, PanelRow } from "./panel.ts";

export const EPISODE_COLUMNS: readonly string[] = ["ep.ongoing", "ep.years.log2", "ep.ended5"];

/** An episode is in progress in the row's year; an absent year or missing value counts as none. */
function ongoing(row: PanelRow | undefined): boolean {
  return (row?.values.mk_ongoing_count_log2 ?? 0) > 0;
}

export function withEpisodes(panel: Panel): Panel {
  return withDerivedColumns(panel, EPISODE_COLUMNS, (past) => {
    let years = 0;
    while (ongoing(past(years))) years++;
    let endedRecently = false;
    if (years === 0) for (let back = 1; back <= 5; back++) endedRecently ||= ongoing(past(back));
    return {
      "ep.ongoing": years > 0 ? 1 : 0,
      "ep.years.log2": Math.log2(1 + years),
      "ep.ended5": endedRecently ? 1 : 0,
    };
  });
}
