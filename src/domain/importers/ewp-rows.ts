/**
 * One row of an EWP file, read and checked: a country-year (predictors, base data) or a mass-killing
 * episode. A bad cell throws a FieldError naming its column; the importer writes the row to the reject file.
 * Numbers are read as the forecaster's file reader reads them (`NA` or empty: missing), so a panel rebuilt
 * from the store is the panel read from the file.
 */
import type { Panel, PanelRow } from "../risk/panel.ts";
import { EPISODE_COLUMNS, EWP_TEXT_COLUMNS } from "./ewp.ts";
import { FieldError } from "./field-error.ts";
import { optionalInt, type Row, requiredInt, requiredText, text } from "./fields.ts";

export type Cell = number | string | null;

export interface EwpCountryYear {
  ccode: number;
  year: number;
  /** EWP's country name (`ewp_name`). */
  country: string;
  /** Every column but the key columns and R's unnamed row-number column, by name. */
  cells: Record<string, Cell>;
}

export interface EwpEpisode {
  code: string;
  country: string;
  name: string;
  summary: string | null;
  startYear: number;
  /** Null: the sheet shows the episode as ongoing. */
  endYear: number | null;
  /** The sheet's "State-Led or Non-State-Led", as written. */
  perpetratorType: string | null;
  ethnicGroups: number | null;
  locationCcode: number | null;
  locationInheritors: number[];
  responsibleCcode: number | null;
  responsibleInheritors: number[];
  /** The other non-empty columns (date notes, notes, old name and summary) by their names. */
  notes: Record<string, string>;
}

const MISSING = new Set(["", "NA"]);
/** Columns that are the row's key, not its cells. */
const KEY_COLUMNS = new Set(["ewp_name", "year", "ccode", ""]);

function number(column: string, raw: string | undefined): number | null {
  const t = (raw ?? "").trim();
  if (MISSING.has(t)) return null;
  const value = Number(t);
  if (!Number.isFinite(value)) throw new FieldError(column, `not a number: "${t.slice(0, 40)}"`);
  return value;
}

/** A country-year of the predictors or the base data. */
export function countryYearRow(header: readonly string[], row: Row): EwpCountryYear {
  const year = requiredInt(row, "year", { min: 1800, max: 2200 });
  const ccode = requiredInt(row, "ccode", { min: 0, max: 9999 });
  const country = requiredText(row, "ewp_name");
  const cells: Record<string, Cell> = {};
  for (const column of header) {
    if (KEY_COLUMNS.has(column)) continue;
    const raw = row[column];
    if (EWP_TEXT_COLUMNS.has(column)) {
      const t = (raw ?? "").trim();
      cells[column] = MISSING.has(t) ? null : t;
    } else cells[column] = number(column, raw);
  }
  return { ccode, year, country, cells };
}

function ints(row: Row, columns: readonly string[]): number[] {
  const out: number[] = [];
  for (const c of columns) {
    if (row[c] === undefined) continue;
    const n = optionalInt(row, c, { min: 0, max: 9999 });
    if (n !== null) out.push(n);
  }
  return out;
}

function optional(row: Row, column: string): string | null {
  return row[column] === undefined ? null : text(row, column);
}

/** An episode of the mass-killing events sheet (short rows: the missing trailing cells are empty). */
export function episodeRow(header: readonly string[], row: Row): EwpEpisode {
  const C = EPISODE_COLUMNS;
  const startYear = requiredInt(row, C.start, { min: 1800, max: 2200 });
  const endYear = optionalInt(row, C.end, { min: 1800, max: 2200 });
  if (endYear !== null && endYear < startYear)
    throw new FieldError(C.end, `${endYear} is before the start year ${startYear}`);
  const used = new Set<string>([
    C.country,
    C.name,
    C.summary,
    C.start,
    C.end,
    C.code,
    C.perpetrator,
    C.ethnicGroups,
    C.location,
    C.responsible,
    ...C.locationInheritors,
    ...C.responsibleInheritors,
  ]);
  const code = requiredText(row, C.code);
  // The store keys an episode by its code (at most 100 characters): a longer one is this row's reject.
  if (code.length > 100) throw new FieldError(C.code, `longer than 100 characters (${code.length})`);
  const notes: Record<string, string> = {};
  for (const column of header) {
    if (used.has(column) || column === "") continue;
    const t = (row[column] ?? "").trim();
    if (t !== "") notes[column] = t;
  }
  return {
    code,
    country: requiredText(row, C.country),
    name: requiredText(row, C.name),
    summary: optional(row, C.summary),
    startYear,
    endYear,
    perpetratorType: optional(row, C.perpetrator),
    ethnicGroups: row[C.ethnicGroups] === undefined ? null : optionalInt(row, C.ethnicGroups, { min: 0 }),
    locationCcode: optionalInt(row, C.location, { min: 0, max: 9999 }),
    locationInheritors: ints(row, C.locationInheritors),
    responsibleCcode: row[C.responsible] === undefined ? null : optionalInt(row, C.responsible, { min: 0 }),
    responsibleInheritors: ints(row, C.responsibleInheritors),
    notes,
  };
}

/**
 * The forecaster's Panel from stored country-years, exactly as `readEwpPanel` builds it from the file:
 * columns in file order without the name and R's row-number column, numeric cells only, rows in file order.
 */
export function panelFromCountryYears(
  header: readonly string[],
  rows: readonly EwpCountryYear[],
  source: string,
): Panel {
  const columns = header.filter((c) => c !== "ewp_name" && c !== "" && !EWP_TEXT_COLUMNS.has(c));
  const valueColumns = columns.filter((c) => c !== "year" && c !== "ccode");
  const panelRows: PanelRow[] = rows.map((r) => {
    const values: Record<string, number | null> = {};
    for (const c of valueColumns) {
      const v = r.cells[c];
      values[c] = typeof v === "number" ? v : null;
    }
    return { country: r.country, ccode: r.ccode, year: r.year, values };
  });
  return { columns, rows: panelRows, source };
}
