/**
 * EWP CSV records streamed one at a time, never the whole file in memory: each with the 1-based line it
 * starts on and the bytes read so far. Rows may be short (the episodes sheet leaves out empty trailing
 * cells); the importer decides what a short row means for its kind of file. A record that cannot be read
 * (a stray quote, a record over MAX_RECORD characters) or a cell that is not valid UTF-8 comes out with
 * `error` set, so the importer rejects that row, with its line, and goes on. A file that starts as a ZIP
 * archive does is read as an Excel workbook (`read-xlsx-records.ts`), whatever its name.
 */
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { looksLikeZip } from "../importers/xlsx/read-xlsx.ts";
import { readEwpXlsxRecords } from "./read-xlsx-records.ts";

export interface EwpRecord {
  line: number;
  cells: string[];
  bytes: number;
  /** Why the record is refused (the column when one cell is at fault), else absent. */
  error?: { column: number | null; reason: string };
}

/** Longest record accepted, in characters (as for the event formats): a larger one is a reject. */
const MAX_RECORD = 1_000_000;

export async function* readEwpRecords(file: string, shownAs = file): AsyncGenerator<EwpRecord> {
  if (looksLikeZip(file)) {
    yield* readEwpXlsxRecords(file, shownAs);
    return;
  }
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD,
  });
  const skipped: EwpRecord[] = [];
  let lastSkippedLine = -1;
  parser.on("skip", (error: { message: string; lines?: number }) => {
    // One bad record can raise several parse errors (each stray quote): it is one reject.
    if (error.lines === lastSkippedLine) return;
    lastSkippedLine = error.lines ?? -1;
    skipped.push({
      line: error.lines ?? 0,
      cells: [],
      bytes: 0,
      error: { column: null, reason: `unreadable record: ${error.message}` },
    });
  });
  // pipe() does not pass a read error on (a missing file would leave the parser waiting for ever).
  const input = createReadStream(file)
    .on("error", (error) => parser.destroy(error))
    .pipe(parser);
  try {
    for await (const item of input as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>) {
      // Records the parser could not read come out in line order: the parser reports them as it reads a
      // chunk, ahead of the good records before them.
      while (skipped.length > 0 && (skipped[0] as EwpRecord).line < item.info.lines)
        yield { ...(skipped.shift() as EwpRecord), bytes: item.info.bytes };
      const bad = item.record.findIndex((c) => c.includes("\uFFFD"));
      yield {
        line: item.info.lines,
        cells: item.record,
        bytes: item.info.bytes,
        ...(bad >= 0 ? { error: { column: bad, reason: "not valid UTF-8 text" } } : {}),
      };
    }
    yield* skipped.splice(0);
  } finally {
    parser.destroy(); // a reader stopped early (the header check) must not keep the file open
  }
}
