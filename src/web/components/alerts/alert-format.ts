import { type DatePrecision, formatDateRange, formatInstant } from "../../format/dates.ts";
import { formatToll, type Toll } from "../../format/numbers.ts";

/** An episode's dates at the precision the evidence gives ("April 1992", "3-5 May 2026"). */
export function dateSpan(start: string, end: string | null, precision: string): string {
  return formatDateRange(start, end, precision as DatePrecision);
}

/** A toll as the range the sources give, never one number pretending certainty; null when none is known. */
export function tollText(t: Toll | null): string | null {
  const text = formatToll(t);
  return text === "unknown" ? null : `${text} killed`;
}

/** A timestamp for lists and histories. */
export function when(iso: string | null): string {
  return iso ? formatInstant(iso) : "";
}
