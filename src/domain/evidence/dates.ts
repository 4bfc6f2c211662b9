import { z } from "zod";

/** How precisely a date is known (HURIDOCS): a day, a month, a year, or a known month whose day is unknown. */
export const DatePrecision = z.enum(["day", "month", "year", "unknown-day"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** An ISO calendar date, YYYY-MM-DD, checked to exist (no 31 February). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(isCalendarDay, "not a calendar date");

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a YYYY-MM-DD string naming a day of the proleptic Gregorian calendar (no 31 February). By
 * arithmetic: building a Date and printing it back, as this once did, cost a bulk import a second a million
 * rows.
 */
export function isCalendarDay(s: string): boolean {
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number));
}

/** A date shown with its precision: "1918", "April 1992", "3 April 1992". */
export function formatDate(iso: string, precision: DatePrecision): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const month = d.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  if (precision === "year") return String(d.getUTCFullYear());
  if (precision === "month" || precision === "unknown-day") return `${month} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}
