/**
 * One reading of PostgreSQL values on both engines: dates stay 'YYYY-MM-DD' (a JS Date would shift them by
 * the time zone), timestamps become ISO-8601 UTC strings, bigints become numbers (our counts and sequence
 * numbers stay far below 2^53).
 */
export const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** '2026-01-02 03:04:05[.123456]+00' as PostgreSQL prints a UTC timestamptz: year, time, optional fraction. */
const UTC_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

export function toIsoTimestamp(text: string): string {
  // Every row read carries two timestamps, so the common UTC case is rewritten as a string (Date's parser
  // costs several times more); digits beyond the millisecond are cut, as Date would. Any other offset or
  // a year outside 0000-9999 goes through Date once the space becomes a 'T'.
  const utc = UTC_TIMESTAMP.exec(text);
  if (utc) return `${utc[1]}T${utc[2]}.${(utc[3] ?? "").slice(0, 3).padEnd(3, "0")}Z`;
  return new Date(text.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")).toISOString();
}

export const PARSERS: Record<number, (text: string) => unknown> = {
  [OID.int8]: (text) => Number(text),
  [OID.date]: (text) => text,
  [OID.timestamp]: (text) => toIsoTimestamp(`${text}+00`),
  [OID.timestamptz]: toIsoTimestamp,
};
