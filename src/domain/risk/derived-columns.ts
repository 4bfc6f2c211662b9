/**
 * Columns derived from a country's own history in the panel (its rows of years <= t), as used by the
 * episode and conflict-history features. A year absent from the panel reads as `undefined`; the derive
 * function says what that means. Nothing from a year after the row's own is visible, and applying the same
 * derivation twice gives the same panel (values are recomputed from the input columns, columns added once).
 */
import type { Panel, PanelRow } from "./panel.ts";

/** The same country's row `back` years before the current one (0 = the row itself). */
export type PastRow = (back: number) => PanelRow | undefined;

export function withDerivedColumns(
  panel: Panel,
  columns: readonly string[],
  derive: (past: PastRow) => Readonly<Record<string, number>>,
): Panel {
  const byKey = new Map<string, PanelRow>(panel.rows.map((r) => [`${r.ccode}:${r.year}`, r]));
  const rows = panel.rows.map((row) => {
    const past: PastRow = (back) => (back === 0 ? row : byKey.get(`${row.ccode}:${row.year - back}`));
    const derived = derive(past);
    const values: Record<string, number | null> = { ...row.values };
    for (const name of columns) values[name] = derived[name] as number;
    return { ...row, values };
  });
  const added = columns.filter((c) => !panel.columns.includes(c));
  return { ...panel, columns: [...panel.columns, ...added], rows };
}
