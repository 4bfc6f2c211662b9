/** What a forecasting model must offer to be backtested, applied and explained. */
import type { LinearModel } from "./linear-model.ts";
import type { Panel, PanelRow } from "./panel.ts";

export interface TrainedModel {
  /** Probability of an onset in t+1 or t+2 from year-t data; NaN when the row lacks an input. */
  score(row: PanelRow): number;
  /** The linear part, when the model has one (used to explain changes coefficient by change). */
  linear?: LinearModel;
  /** Free-form facts about the fit (lambda chosen, rows, ...). */
  notes?: Record<string, number | string>;
}

export interface ModelSpec {
  id: string;
  description: string;
  /** Columns a row must have to be used for training or scored. */
  inputs: readonly string[];
  /** Column holding the training outcome. */
  outcome: string;
  train(rows: readonly PanelRow[], seed: number): TrainedModel;
  /**
   * Columns the model derives from the whole panel before training or scoring (e.g. year-on-year changes,
   * which need a country's previous row). Must use no year after a row's own and give the same panel when
   * applied twice.
   */
  prepare?(panel: Panel): Panel;
}

/** The panel as the model sees it (its derived columns added). */
export function preparedPanel(spec: ModelSpec, panel: Panel): Panel {
  return spec.prepare ? spec.prepare(panel) : panel;
}
