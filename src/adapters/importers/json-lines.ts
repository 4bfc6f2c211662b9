import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { EventFormat } from "../../domain/importers/import-record.ts";
import type { RowItem } from "./delimited-rows.ts";
import { HeaderError } from "./header.ts";

const MAX_LINE = 1_000_000;

/**
 * Streams a JSON Lines file as rows of text cells (numbers and booleans as written, nested values as JSON,
 * null as empty), so one mapping reads CSV and JSON Lines alike. The first object must carry every column
 * the format reads; a line that is not a JSON object is a reject with its line number.
 */
export async function* readJsonLines(
  file: string,
  format: EventFormat,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<RowItem> {
  const input = createReadStream(file, { encoding: "utf8" });
  if (onBytes) input.on("data", () => onBytes(input.bytesRead));
  let line = 0;
  let checked = false;
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (text.trim() === "") continue;
    const values = [text.length > 2000 ? `${text.slice(0, 2000)}...` : text];
    if (text.length > MAX_LINE) {
      yield { kind: "error", line, values, column: null, reason: `line longer than ${MAX_LINE} characters` };
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      yield { kind: "error", line, values, column: null, reason: `not JSON: ${(error as Error).message}` };
      continue;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      yield { kind: "error", line, values, column: null, reason: "not a JSON object" };
      continue;
    }
    const row = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, cell(v)]));
    if (!checked) {
      const missing = format.columns.filter((c) => !(c in row));
      if (missing.length > 0)
        throw new HeaderError(file, `the first record lacks the fields ${missing.join(", ")}`, missing);
      checked = true;
    }
    if (text.includes("\uFFFD")) {
      yield { kind: "error", line, values, column: null, reason: "not valid UTF-8 text" };
      continue;
    }
    yield { kind: "row", line, values, row };
  }
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}
