import { createHash } from "node:crypto";
import type { Compilable, Kysely, RawBuilder } from "kysely";

/**
 * Prepared statements for the hot reads (issue 8 load). On PostgreSQL, parsing and planning a read costs
 * several times its execution (an event by id: about 0.5 ms of planning for 0.15 ms of work, more with a
 * user's grants in the access check), and every unnamed statement pays it again. A query run through
 * `prepared()` carries a leading comment; the PostgreSQL pool (database.ts) sends such a text as a named
 * statement, which each connection parses once and, after a few runs, plans once (PostgreSQL's plan cache).
 * Only fixed texts with bound parameters are marked (no literal values in them), so their number is small;
 * and only texts that name their columns: PostgreSQL refuses to run a prepared `SELECT *` once a migration
 * (by another process) has added a column. PGlite ignores the comment.
 */
export const PREPARED_MARK = "/* prepared */ ";

/** Distinct prepared texts one connection keeps at most; beyond that a marked text runs unnamed. */
export const MAX_PREPARED_PER_CONNECTION = 200;

/** Runs a Kysely query as a prepared statement on PostgreSQL (as is elsewhere). */
export function prepared<R>(db: Pick<Kysely<unknown>, "executeQuery">, query: Compilable<R>) {
  const compiled = query.compile();
  return db.executeQuery<R>({ ...compiled, sql: `${PREPARED_MARK}${compiled.sql}` });
}

/** `prepared` for a plain SQL query. */
// biome-ignore lint/suspicious/noExplicitAny: any database handle compiles plain SQL.
export function preparedSql<R>(db: Kysely<any>, query: RawBuilder<R>) {
  const compiled = query.compile(db);
  return db.executeQuery<R>({ ...compiled, sql: `${PREPARED_MARK}${compiled.sql}` });
}

const names = new Map<string, string>();

/** The statement name of a marked text: the same text has the same name on every connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tocsin_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    if (names.size < 10 * MAX_PREPARED_PER_CONNECTION) names.set(text, name);
  }
  return name;
}

interface Queryable {
  query: (...args: never[]) => unknown;
}

/**
 * Makes a pg client send marked texts as named statements (at most MAX_PREPARED_PER_CONNECTION of them;
 * a name pg has not seen on this connection is parsed first, then reused). Everything else passes as is.
 */
export function prepareMarkedQueries(client: Queryable): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const seen = new Set<string>();
  client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
    if (typeof text !== "string" || !text.startsWith(PREPARED_MARK)) return query(text, values, callback);
    const name = statementName(text);
    if (!seen.has(name)) {
      if (seen.size >= MAX_PREPARED_PER_CONNECTION) return query(text, values, callback);
      seen.add(name);
    }
    return query({ name, text, values }, callback);
  }) as never;
}
