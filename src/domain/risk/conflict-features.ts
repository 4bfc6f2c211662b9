/**
 * Battle-death history features (round 3, declared in bench/results/forecast-models-round3.md): the worst
 * year of the last five, how many of them had battle deaths, and the change over three years. Derived from
 * EWP's `battledeaths.log2`, which is log2(1 + UCDP battle-related deaths located in the country) (0 before
 * 1989, when UCDP's series starts), so the product computes them from `--ewp FILE` or from the store without
 * importing UCDP's own file. An absent year or missing value counts as no battle deaths for the maximum and
 * the count, and as "no change known" (0) for the three-year change.
 */
import { withDerivedColumns } from "./derived-columns.ts";
import type { Panel, PanelRow } from "./panel.ts";

export const CONFLICT_COLUMNS: readonly string[] = ["bd.max5.log2", "bd.years5", "bd.d3"];

const deaths = (row: PanelRow | undefined): number | null => row?.values["battledeaths.log2"] ?? null;

export function withConflictHistory(panel: Panel): Panel {
  return withDerivedColumns(panel, CONFLICT_COLUMNS, (past) => {
    let max = 0;
    let years = 0;
    for (let back = 0; back < 5; back++) {
      const d = deaths(past(back)) ?? 0;
      max = Math.max(max, d);
      if (d > 0) years++;
    }
    const now = deaths(past(0));
    const before = deaths(past(3));
    return {
      "bd.max5.log2": max,
      "bd.years5": years,
      "bd.d3": now !== null && before !== null ? now - before : 0,
    };
  });
}
