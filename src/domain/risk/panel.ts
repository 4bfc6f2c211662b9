/**
 * A country-year panel as the Early Warning Project publishes it: one row per country and year, named
 * numeric columns, `null` where a value is missing. Domain code reads it; adapters/ewp builds it.
 */
export interface PanelRow {
  country: string;
  ccode: number;
  year: number;
  values: Readonly<Record<string, number | null>>;
}

export interface Panel {
  /** Numeric columns in file order (country name excluded). */
  columns: readonly string[];
  rows: readonly PanelRow[];
  /** Where the panel came from, for messages. */
  source: string;
}

/** The outcome EWP forecasts: a mass-killing onset in year t+1 or t+2, given year-t data. */
export const EWP_OUTCOME = "mk_onset_1or2";
/** Onset of a new mass killing in the row's own year. */
export const EWP_ONSET = "mk_onset";

/** The 39 candidate predictors of EWP's 2025 model, in the order of its coefficients file. */
export const EWP_PREDICTORS: readonly string[] = [
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
  "popsize.log2",
  "gdppcgrowth",
  "un_imr_sqrt",
  "efindex",
  "discrimpop",
  "reg.na",
  "reg.eap",
  "reg.sca",
  "reg.mna",
  "reg.eur",
  "ios.iccpr1",
  "battledeaths.log2",
  "coup.try.5yr",
  "mk_ongoing_count_log2",
  "mean_mk_onset_interaction",
  "mk_onset_prev_year",
  "newcountry",
  "mk_ever",
  "year_sq",
  "year",
  "countryage.new.log2",
  "includesnonstate",
];

/** A row's value of a column: the year is a column too. */
export function cell(row: PanelRow, column: string): number | null {
  if (column === "year") return row.year;
  if (column === "ccode") return row.ccode;
  return row.values[column] ?? null;
}

/** True when every listed column has a value (EWP fits on complete cases only). */
export function isComplete(row: PanelRow, columns: readonly string[]): boolean {
  for (const c of columns) if (cell(row, c) === null) return false;
  return true;
}

/** Columns of a design matrix (one Float64Array per predictor) for complete rows. */
export function designColumns(rows: readonly PanelRow[], predictors: readonly string[]): Float64Array[] {
  return predictors.map((name) => Float64Array.from(rows, (row) => cell(row, name) ?? Number.NaN));
}
