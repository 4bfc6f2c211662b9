import type { DatePrecision } from "../../evidence/dates.ts";

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date from which a dated record is known to have happened: the last day of its precision period. An
 * event known only to the month (or year) is not counted before that month (or year) is over, so that no
 * assessment looks ahead.
 */
export function evidenceDate(dateStart: string, precision: DatePrecision): string {
  const [y, m] = dateStart.split("-").map(Number) as [number, number];
  if (precision === "year") return `${y}-12-31`;
  if (precision === "month" || precision === "unknown-day") {
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return dateStart;
}

/**
 * Recency: evidence counts half as much after the indicator's half-life, a quarter after two, and so on.
 * Evidence dated after the as-of date counts 0 (it is not known yet).
 */
export function decay(date: string, asOf: string, halfLifeDays: number): number {
  const age = dayNumber(asOf) - dayNumber(date);
  if (age < 0) return 0;
  return 0.5 ** (age / halfLifeDays);
}
