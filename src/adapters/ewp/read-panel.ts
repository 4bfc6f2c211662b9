/** Reads EWP's prepared predictors file (`ewp_name, year, ..., ccode, ...`) into a Panel. */
import type { Panel, PanelRow } from "../../domain/risk/panel.ts";
import { columnIndex, EwpFormatError, numericCell, readCsvTable, requiredNumber } from "./read-csv.ts";

export function readEwpPanel(file: string, text?: string): Panel {
  const table = readCsvTable(file, text);
  const nameAt = columnIndex(table, "ewp_name");
  const yearAt = columnIndex(table, "year");
  const ccodeAt = columnIndex(table, "ccode");
  const numeric = table.header
    .map((name, index) => ({ name, index }))
    .filter((c) => c.index !== nameAt && c.name !== "");
  const seen = new Set<string>();
  const rows: PanelRow[] = table.records.map(({ line, cells }) => {
    if (cells.length !== table.header.length) {
      throw new EwpFormatError(file, line, null, `${cells.length} cells, header has ${table.header.length}`);
    }
    const country = (cells[nameAt] ?? "").trim();
    if (country === "") throw new EwpFormatError(file, line, "ewp_name", "country name is missing");
    const year = requiredNumber(table, line, "year", cells[yearAt]);
    const ccode = requiredNumber(table, line, "ccode", cells[ccodeAt]);
    if (!Number.isInteger(year)) throw new EwpFormatError(file, line, "year", `not a whole year: ${year}`);
    const key = `${ccode}:${year}`;
    if (seen.has(key))
      throw new EwpFormatError(file, line, "year", `duplicate row for ccode ${ccode}, ${year}`);
    seen.add(key);
    const values: Record<string, number | null> = {};
    for (const c of numeric) {
      if (c.index === yearAt || c.index === ccodeAt) continue;
      values[c.name] = numericCell(table, line, c.name, cells[c.index]);
    }
    return { country, ccode, year, values };
  });
  return { columns: numeric.map((c) => c.name), rows, source: file };
}
