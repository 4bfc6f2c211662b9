import { z } from "zod";

/** How precisely a date is known (HURIDOCS): a day, a month, a year, or a known month whose day is unknown. */
export const DatePrecision = z.enum(["day", "month", "year", "unknown-day"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** An ISO calendar date, YYYY-MM-DD, checked to exist (no 31 February). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date");

/** A date shown with its precision: "1918", "April 1992", "3 April 1992". */
export function formatDate(iso: string, precision: DatePrecision): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const month = d.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  if (precision === "year") return String(d.getUTCFullYear());
  if (precision === "month" || precision === "unknown-day") return `${month} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}
