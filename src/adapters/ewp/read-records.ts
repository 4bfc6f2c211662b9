/**
 * EWP CSV records streamed one at a time, never the whole file in memory: each with the 1-based line it
 * starts on and the bytes read so far. Rows may be short (the episodes sheet leaves out empty trailing
 * cells); the importer decides what a short row means for its kind of file.
 */
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";

export interface EwpRecord {
  line: number;
  cells: string[];
  bytes: number;
}

export async function* readEwpRecords(file: string): AsyncGenerator<EwpRecord> {
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  // pipe() does not pass a read error on (a missing file would leave the parser waiting for ever).
  createReadStream(file)
    .on("error", (error) => parser.destroy(error))
    .pipe(parser);
  for await (const item of parser as AsyncIterable<{
    record: string[];
    info: { lines: number; bytes: number };
  }>)
    yield { line: item.info.lines, cells: item.record, bytes: item.info.bytes };
}
