/**
 * EWP records from an Excel workbook: the form in which EWP publishes its mass-killing episode list
 * (`EWP mass killing events master list_2025.xlsx`, whose sheet "mk_events" the CSV export of the
 * episodes is taken from). The rows come out as the CSV reader gives them (line = the sheet's row number,
 * cells as text, empty trailing cells left out), so the importer maps and checks both the same way.
 */
import { statSync } from "node:fs";
import { openXlsxFile } from "../importers/xlsx/read-xlsx.ts";
import type { EwpRecord } from "./read-records.ts";

/** The worksheet read when the workbook has it (EWP's name for the episode list); else the first. */
export const EWP_EPISODE_SHEET = "mk_events";

export async function* readEwpXlsxRecords(file: string, shownAs: string): AsyncGenerator<EwpRecord> {
  const workbook = openXlsxFile(file, shownAs);
  const sheet = workbook.sheetNames.includes(EWP_EPISODE_SHEET) ? EWP_EPISODE_SHEET : undefined;
  // The whole sheet is parsed once before the first row comes out: a workbook that cannot be read whole
  // (malformed XML further down) fails at the header check, before anything is stored.
  for (const _ of workbook.rows(sheet));
  const size = statSync(file).size;
  for (const r of workbook.rows(sheet))
    yield { line: r.row, cells: r.cells, bytes: Math.round(r.done * size) };
}
