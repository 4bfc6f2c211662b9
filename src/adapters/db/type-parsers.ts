/**
 * One reading of PostgreSQL values on both engines: dates stay 'YYYY-MM-DD' (a JS Date would shift them by
 * the time zone), timestamps become ISO-8601 UTC strings, bigints become numbers (our counts and sequence
 * numbers stay far below 2^53).
 */
export const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

export function toIsoTimestamp(text: string): string {
  // PostgreSQL prints '2026-01-02 03:04:05.123+00'; Date parses it once the space becomes a 'T'.
  return new Date(text.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")).toISOString();
}

export const PARSERS: Record<number, (text: string) => unknown> = {
  [OID.int8]: (text) => Number(text),
  [OID.date]: (text) => text,
  [OID.timestamp]: (text) => toIsoTimestamp(`${text}+00`),
  [OID.timestamptz]: toIsoTimestamp,
};
