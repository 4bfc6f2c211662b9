import { isCalendarDay } from "../evidence/dates.ts";
import { FieldError } from "./field-error.ts";

/**
 * Readers for one cell each. A cell that is present but unreadable is an error naming its column: never a
 * silent zero (a system once read UCDP's type_of_violence under a wrong name and reported 0 everywhere).
 */
export type Row = Readonly<Record<string, string | undefined>>;

export function text(row: Row, column: string): string | null {
  const v = row[column];
  if (v === undefined) throw new FieldError(column, "column missing from the row");
  const t = v.trim();
  return t === "" ? null : t;
}

export function requiredText(row: Row, column: string): string {
  const t = text(row, column);
  if (t === null) throw new FieldError(column, "is empty");
  return t;
}

const NA = new Set(["", "NA", "N/A", "NULL", "null", "NaN"]);

export function optionalInt(
  row: Row,
  column: string,
  { min = -(2 ** 31), max = 2 ** 31 - 1 } = {},
): number | null {
  const raw = row[column];
  if (raw === undefined) throw new FieldError(column, "column missing from the row");
  const t = raw.trim();
  if (NA.has(t)) return null;
  // Accept "12" and "12.0" (some exports write integers as floats), refuse "12.5", "1e3", "12abc".
  if (!/^-?\d+(\.0+)?$/.test(t)) throw new FieldError(column, `"${clip(t)}" is not a whole number`);
  const n = Number.parseInt(t, 10);
  if (n < min || n > max) throw new FieldError(column, `${n} is outside ${min}..${max}`);
  return n;
}

export function requiredInt(row: Row, column: string, range?: { min?: number; max?: number }): number {
  const n = optionalInt(row, column, range);
  if (n === null) throw new FieldError(column, "is empty");
  return n;
}

export function optionalFloat(
  row: Row,
  column: string,
  { min = -Infinity, max = Infinity } = {},
): number | null {
  const raw = row[column];
  if (raw === undefined) throw new FieldError(column, "column missing from the row");
  const t = raw.trim();
  if (NA.has(t)) return null;
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t))
    throw new FieldError(column, `"${clip(t)}" is not a number`);
  const n = Number(t);
  if (n < min || n > max) throw new FieldError(column, `${n} is outside ${min}..${max}`);
  return n;
}

export function oneOf<T extends string | number>(
  row: Row,
  column: string,
  allowed: readonly T[],
  value: T | null,
): T {
  if (value === null || !allowed.includes(value)) {
    throw new FieldError(column, `"${clip(String(row[column] ?? ""))}" is not one of ${allowed.join(", ")}`);
  }
  return value;
}

/** A date as YYYY-MM-DD from the common spellings datasets use ("2024-03-05", "2024-03-05 00:00:00.000", "05 March 2024"). */
export function date(row: Row, column: string): string | null {
  const t = text(row, column);
  if (t === null) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/.exec(t);
  const candidate = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : fromDayMonthYear(t);
  if (!candidate || !isCalendarDate(candidate)) throw new FieldError(column, `"${clip(t)}" is not a date`);
  return candidate;
}

export function requiredDate(row: Row, column: string): string {
  const d = date(row, column);
  if (d === null) throw new FieldError(column, "is empty");
  return d;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function fromDayMonthYear(t: string): string | null {
  const m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(t);
  if (!m) return null;
  const month = MONTHS.findIndex(
    (name) => name.startsWith((m[2] as string).toLowerCase()) && (m[2] as string).length >= 3,
  );
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
}

/** A YYYY-MM-DD string that names a real day. */
export const isCalendarDate = isCalendarDay;

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
