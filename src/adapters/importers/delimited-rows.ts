import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import type { Row } from "../../domain/importers/fields.ts";
import type { EventFormat } from "../../domain/importers/import-record.ts";
import { decideHeader, type HeaderDecision } from "./header.ts";

export type RowItem =
  | { kind: "row"; line: number; values: string[]; row: Row }
  | { kind: "error"; line: number; values: string[] | null; column: string | null; reason: string };

/** Longest record accepted, in characters: a larger one is a reject, not a crash or a memory blow-up. */
const MAX_RECORD = 1_000_000;

/**
 * Streams the records of a delimited file (never the whole file in memory), after checking its header.
 * Records that cannot be parsed come out as errors with their line so the import can go on.
 */
export async function* readDelimited(
  file: string,
  format: EventFormat,
  onHeader?: (decision: HeaderDecision) => void,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<RowItem> {
  const skipped: RowItem[] = [];
  const input = createReadStream(file);
  // pipe() does not pass a read error on: a missing file would crash the process with a bare stack trace.
  input.on("error", (error) => parser.destroy(error));
  if (onBytes) input.on("data", () => onBytes(input.bytesRead));
  const parser = input.pipe(
    parse({
      delimiter: format.delimiter,
      bom: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
      skip_records_with_error: true,
      max_record_size: MAX_RECORD,
      // GDELT is tab-separated without quoting: a stray quote character is data there.
      quote: format.delimiter === "\t" ? false : '"',
    }),
  );
  let lastSkippedLine = -1;
  parser.on("skip", (error: { message: string; lines?: number }) => {
    // One bad record can raise several parse errors (each stray quote): it is one reject.
    if (error.lines === lastSkippedLine) return;
    lastSkippedLine = error.lines ?? -1;
    skipped.push({
      kind: "error",
      line: error.lines ?? 0,
      values: null,
      column: null,
      reason: `unreadable record: ${error.message}`,
    });
  });
  let header: HeaderDecision | null = null;
  let makeRow: RowMaker = rowByAssignment;
  try {
    yield* records();
  } finally {
    input.destroy(); // a reader stopped early (a header check) must not keep the file open
  }

  async function* records(): AsyncGenerator<RowItem> {
    let first = true;
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (header === null) {
        header = decideHeader(file, format, record);
        makeRow = rowMaker(header.columns);
        onHeader?.(header);
      }
      // Records the parser could not read come out in line order, after the header is known.
      yield* skipped.splice(0);
      if (first) {
        first = false;
        if (header.kind === "header") continue;
      }
      yield toItem(record, info.lines, header.columns, makeRow);
    }
    yield* skipped.splice(0);
  }
}

function toItem(values: string[], line: number, columns: readonly string[], makeRow: RowMaker): RowItem {
  if (values.length === 1 && values[0] === "")
    return { kind: "error", line, values, column: null, reason: "empty line" };
  if (values.length !== columns.length) {
    return {
      kind: "error",
      line,
      values,
      column: null,
      reason: `${values.length} fields where the header has ${columns.length}`,
    };
  }
  const bad = values.findIndex((v) => v.includes("\uFFFD"));
  if (bad >= 0)
    return { kind: "error", line, values, column: columns[bad] ?? null, reason: "not valid UTF-8 text" };
  return { kind: "row", line, values, row: makeRow(values, columns) };
}

type RowMaker = (values: readonly string[], columns: readonly string[]) => Row;

export function rowByAssignment(values: readonly string[], columns: readonly string[]): Row {
  const row: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i] as string;
  return row;
}

/**
 * A function building a file's rows as object literals of its columns. Why: a row of 49 columns assigned key
 * by key grows its property store about fifteen times (each a new copy), which was a sixth of all the bytes
 * an import allocated (about 6 KB a row) and so a good part of its garbage collection; a literal is
 * allocated once at its full size, and every row shares one shape. Safe to generate: the only text put in
 * the code is each column name through JSON.stringify (a string literal) and array indexes. Where code
 * generation is disallowed, rows are assigned key by key as before (same object, same keys).
 */
export function rowMaker(columns: readonly string[]): RowMaker {
  const fields = columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(", ");
  try {
    const make = new Function("v", `"use strict"; return { ${fields} };`) as (v: readonly string[]) => Row;
    return (values) => make(values);
  } catch {
    return rowByAssignment;
  }
}
