/**
 * Cell-level rules of SpreadsheetML: column letters, date serial numbers, which number formats show a
 * date, and the `_xHHHH_` escapes Excel writes for control characters (a carriage return is `_x000D_`).
 */

/** "C5" -> column 2 and row 5 (0-based column, 1-based row); null when the reference is not one. */
export function cellReference(ref: string): { column: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of (m[1] as string).toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 system, counted so that serial 61 is 1900-03-01 (Excel's phantom 1900-02-29 is 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial as ISO 8601: the day (`1994-04-07`), with the time when the serial has one
 * (`1994-04-07T12:30:00`). Serials below 61 in the 1900 system are a day off in Excel's own count (it
 * takes 1900 for a leap year); they are mapped as Excel shows them, and 60, the day that never was, is
 * refused (null), as is anything outside years 1900..9999.
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (!date1904 && serial >= 60 && serial < 61) return null;
  const shifted = !date1904 && serial < 60 ? serial + 1 : serial;
  const ms = Math.round(shifted * DAY_MS) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1900 || year > 9999) return null;
  const iso = d.toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** Excel's built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a number format shows a date: a built-in date id, or a code with day, month or year letters. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  // Quoted text, escaped characters, [colours], [$-locale] and [h] durations are not date parts.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Undoes Excel's `_xHHHH_` escapes (`_x005F_` escapes a literal underscore before one). */
export function unescapeText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** A stored number as text: JavaScript's shortest round-trip form ("1945", "0.25", "1e-7"). */
export function numberText(raw: string): string | null {
  const t = raw.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? String(n) : null;
}
