/**
 * Year-on-year change ("trend") features from EWP's own predictors: for each listed input, the change in
 * the country's value since its previous year, as a column `d.<input>`. It uses only years t and t-1, so a
 * forecast from year-t data sees nothing later. When the previous year is absent or either value missing
 * the change is 0 (no change known), so a row complete for the 39 inputs stays complete and the model is
 * fitted and scored on the same rows as the baseline. Applying it twice gives the same panel.
 */
import type { Panel, PanelRow } from "./panel.ts";

/** The time-varying inputs whose change is added: political, social and conflict indicators (not region,
 * year, population, country age or the cumulative mk_ever), chosen before any trend variant was scored. */
export const TREND_INPUTS: readonly string[] = [
  "widetargeting",
  "narrowtargeting",
  "v2csgender_binary",
  "v2mecenefm_binary",
  "partyban.new.0",
  "partyban.new.1",
  "partyban.new.2",
  "minorityrule",
  "judicialreform",
  "religiousfreedom",
  "pol_killing_approved",
  "freediscussion",
  "social_inequality",
  "even_civilrights",
  "repress_civilsoc",
  "social_power_dist",
  "ses_power_dist",
  "gdppcgrowth",
  "un_imr_sqrt",
  "discrimpop",
  "battledeaths.log2",
  "coup.try.5yr",
  "mk_ongoing_count_log2",
];

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
