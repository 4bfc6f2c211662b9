/**
 * Year-on-year change ("trend") features from EWP's own predictors: for each listed input, the change in
 * the country's value since its previous year, as a column `d.<input>`. It uses only years t and t-1, so a
 * forecast from year-t data sees nothing later. When the previous year is absent or either value missing
 * the change is 0 (no change known), so a row complete for the 39 inputs stays complete and the model is
 * fitted and scored on the same rows as the baseline. Applying it twice gives the same panel.
 */
import { EWP_PREDICTORS, type Panel, type PanelRow } from "./panel.ts";

/** EWP inputs that are not political, social or conflict indicators of the year (population, ethnic
 * fractionalisation, region, treaty status, year, country age, the onset history and its interactions): no
 * change of theirs is added. Chosen before any trend variant was scored. */
const NOT_TRENDED: ReadonlySet<string> = new Set([
  "popsize.log2",
  "efindex",
  "reg.na",
  "reg.eap",
  "reg.sca",
  "reg.mna",
  "reg.eur",
  "ios.iccpr1",
  "mean_mk_onset_interaction",
  "mk_onset_prev_year",
  "newcountry",
  "mk_ever",
  "year_sq",
  "year",
  "countryage.new.log2",
  "includesnonstate",
]);

/** The time-varying inputs whose change is added, in the order of EWP's coefficients. */
export const TREND_INPUTS: readonly string[] = EWP_PREDICTORS.filter((name) => !NOT_TRENDED.has(name));

export const TREND_COLUMNS: readonly string[] = TREND_INPUTS.map((name) => `d.${name}`);

export function withTrends(panel: Panel, inputs: readonly string[] = TREND_INPUTS): Panel {
  const byKey = new Map<string, PanelRow>(panel.rows.map((r) => [`${r.ccode}:${r.year}`, r]));
  const rows = panel.rows.map((row) => {
    const previous = byKey.get(`${row.ccode}:${row.year - 1}`);
    const values: Record<string, number | null> = { ...row.values };
    for (const name of inputs) {
      const now = row.values[name];
      const before = previous?.values[name];
      values[`d.${name}`] = now != null && before != null ? now - before : 0;
    }
    return { ...row, values };
  });
  const added = inputs.map((name) => `d.${name}`).filter((c) => !panel.columns.includes(c));
  return { ...panel, columns: [...panel.columns, ...added], rows };
}
