/**
 * Dates as people read them, at the precision they are known (HURIDOCS): "1918", "April 1992", "3 May 2026".
 * Plain TypeScript without JSX or DOM, so node:test can import it. Month names are spelled out here rather than
 * taken from Intl, so that the browser and the tests print the same text whatever the machine's locale.
 */

export type DatePrecision = "day" | "month" | "year" | "unknown-day";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

interface Parts {
  year: number;
  month: number;
  day: number;
}

function parts(iso: string): Parts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** One date at its precision; a date that does not parse is shown as given, never guessed at. */
export function formatDate(iso: string, precision: DatePrecision = "day"): string {
  const p = parts(iso);
  if (!p) return iso;
  const month = MONTHS[p.month - 1];
  if (precision === "year") return String(p.year);
  if (precision === "month" || precision === "unknown-day") return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/**
 * A span at one precision, without repeating what both ends share: "3-5 May 2026", "3 May - 2 June 2026",
 * "April-June 1992", "1992-1995". No end, or an end equal to the start, is the start alone.
 */
export function formatDateRange(start: string, end: string | null, precision: DatePrecision = "day"): string {
  const a = parts(start);
  const b = end ? parts(end) : null;
  const from = formatDate(start, precision);
  if (!a || !b || !end) return from;
  const to = formatDate(end, precision);
  if (to === from) return from;
  if (precision === "year") return `${a.year}\u2013${b.year}`;
  if (a.year !== b.year) return `${from} \u2013 ${to}`;
  if (precision === "month" || precision === "unknown-day") return `${MONTHS[a.month - 1]}\u2013${to}`;
  if (a.month === b.month) return `${a.day}\u2013${to}`;
  return `${a.day} ${MONTHS[a.month - 1]} \u2013 ${to}`;
}

/** An instant (ISO timestamp) in UTC to the minute: "25 November 2026, 20:32 UTC". */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}
