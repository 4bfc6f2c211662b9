import { ValidationError } from "../../domain/errors.ts";

/**
 * Values as PostgreSQL's `COPY ... WITH (FORMAT csv)` reads them back exactly:
 * - null is an unquoted empty field, the empty string a quoted one (`""`): the two never mix;
 * - text is quoted when it holds a comma, quote, CR, LF or backslash (so a lone `\.` can never read as the
 *   end-of-data marker), with quotes doubled;
 * - arrays are array literals (`{"a","b\"c"}`: every element quoted and backslash-escaped, so an element
 *   spelled NULL stays text), then CSV-quoted like any text;
 * - objects are JSON (for jsonb); numbers and booleans as PostgreSQL reads them.
 * PostgreSQL text cannot hold U+0000 and UTF-8 cannot carry a lone surrogate: such values are refused,
 * naming the row and column, rather than silently changed.
 */
export type CsvValue = string | number | boolean | null | readonly (string | null)[] | object;

/** Says where a bad value sits, e.g. "row 12, title". Called only when a value is refused. */
export type Where = (column: number) => string;

export class CsvEncodeError extends ValidationError {}

// One test decides the common case (plain text goes out as it is); only a hit looks closer.
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is looked for in order to refuse it.
const SPECIAL = /[",\r\n\\\u0000\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One CSV line (with its newline) from values in column order. */
export function csvLine(values: readonly CsvValue[], where: Where): string {
  // join() makes one flat string; += would leave a tree of pieces for the garbage collector to chase.
  const fields = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) fields[i] = csvField(values[i] as CsvValue, where, i);
  return `${fields.join(",")}\n`;
}

export function csvField(value: CsvValue, where: Where, column: number): string {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "string":
      return csvText(value, where, column);
    case "number":
      if (!Number.isFinite(value)) throw refuse(where, column, `${value} is not a finite number`);
      return String(value);
    case "boolean":
      return value ? "t" : "f";
  }
  if (Array.isArray(value)) return csvText(arrayLiteral(value, where, column), where, column);
  const json = JSON.stringify(value);
  // JSON.stringify writes U+0000 as the escape \u0000, which jsonb refuses with a less helpful message.
  if (json.includes("\\u0000")) throw refuse(where, column, "holds a NUL character (U+0000)");
  return csvText(json, where, column);
}

function csvText(s: string, where: Where, column: number): string {
  if (s === "") return '""';
  if (!SPECIAL.test(s)) return s;
  if (s.includes("\u0000")) throw refuse(where, column, "holds a NUL character (U+0000)");
  if (LONE_SURROGATE.test(s)) {
    throw refuse(where, column, "holds a lone UTF-16 surrogate (not valid Unicode)");
  }
  return `"${s.replaceAll('"', '""')}"`;
}

function arrayLiteral(values: readonly (string | null)[], where: Where, column: number): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ",";
    if (v === null || v === undefined) out += "NULL";
    else if (typeof v !== "string") throw refuse(where, column, "array elements must be text");
    else out += `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  }
  return `${out}}`;
}

function refuse(where: Where, column: number, problem: string): CsvEncodeError {
  const path = where(column);
  return new CsvEncodeError(`${path}: ${problem}`, [{ path, message: problem }]);
}
