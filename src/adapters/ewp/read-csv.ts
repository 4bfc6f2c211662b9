/**
 * Reads CSV files in the Early Warning Project's replication format. `NA` and empty cells are missing
 * values; any other cell of a numeric column must be a number, or the read fails with an error naming the
 * file, the line and the column (never a silent zero or NaN).
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export class EwpFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: string | null,
    detail: string,
  ) {
    const where = [
      file,
      line !== null ? `line ${line}` : null,
      column !== null ? `column "${column}"` : null,
    ];
    super(`${where.filter(Boolean).join(", ")}: ${detail}`);
    this.name = "EwpFormatError";
  }
}

export interface CsvTable {
  file: string;
  header: string[];
  /** Cells per record, with the 1-based line the record starts on. */
  records: { line: number; cells: string[] }[];
}

export function readCsvTable(file: string, text?: string): CsvTable {
  let content: string;
  try {
    content = text ?? readFileSync(file, "utf8");
  } catch (error) {
    throw new EwpFormatError(file, null, null, `cannot read: ${(error as Error).message}`);
  }
  let parsed: { info: { lines: number }; record: string[] }[];
  try {
    parsed = parse(content, { info: true, skip_empty_lines: true, bom: true }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new EwpFormatError(file, e.lines ?? null, null, `not valid CSV: ${e.message}`);
  }
  const [head, ...rest] = parsed;
  if (!head) throw new EwpFormatError(file, null, null, "empty file");
  return { file, header: head.record, records: rest.map((r) => ({ line: r.info.lines, cells: r.record })) };
}

/** Index of a required column, or an error naming the file. */
export function columnIndex(table: CsvTable, name: string): number {
  const i = table.header.indexOf(name);
  if (i < 0) throw new EwpFormatError(table.file, 1, name, "required column is missing from the header");
  return i;
}

const MISSING = new Set(["", "NA"]);

/** A numeric cell: null when missing, else a finite number or an EwpFormatError. */
export function numericCell(
  table: CsvTable,
  line: number,
  column: string,
  raw: string | undefined,
): number | null {
  const text = (raw ?? "").trim();
  if (MISSING.has(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new EwpFormatError(table.file, line, column, `not a number: "${raw}"`);
  return value;
}

/** A cell that must be present and a number. */
export function requiredNumber(
  table: CsvTable,
  line: number,
  column: string,
  raw: string | undefined,
): number {
  const value = numericCell(table, line, column, raw);
  if (value === null) throw new EwpFormatError(table.file, line, column, "value is required but missing");
  return value;
}
