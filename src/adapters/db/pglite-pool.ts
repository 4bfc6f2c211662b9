import type { PGlite } from "@electric-sql/pglite";
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";

type Command = PostgresQueryResult<unknown>["command"];

/**
 * A pg-Pool-shaped wrapper so that Kysely's PostgresDialect runs on PGlite. PGlite has a single connection,
 * so the pool hands out one client at a time: a second `connect()` waits until the first is released, which
 * keeps one transaction's statements from interleaving with another's.
 */
export class PGlitePool implements PostgresPool {
  #queue: Promise<void> = Promise.resolve();

  constructor(readonly pglite: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#queue;
    this.#queue = previous.then(() => released);
    await previous;
    const pglite = this.pglite;
    let done = false;
    const client = {
      async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        // Without parameters, use the simple protocol (exec), which also runs multi-statement scripts such
        // as migrations; its last statement's result is the answer, as with pg.
        const result =
          parameters.length === 0
            ? ((await pglite.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
            : await pglite.query<R>(sql, parameters as unknown[]);
        return {
          command: commandOf(sql),
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows as R[],
        };
      },
      release() {
        if (done) return;
        done = true;
        release();
      },
    };
    return client as PostgresPoolClient;
  }

  /** Runs `fn` while holding the connection, for work outside Kysely (COPY, dumps). */
  async exclusive<T>(fn: (pglite: PGlite) => Promise<T>): Promise<T> {
    const client = await this.connect();
    try {
      return await fn(this.pglite);
    } finally {
      client.release();
    }
  }

  async end(): Promise<void> {
    // The owner closes PGlite itself (see database.ts), after releasing the data folder lock.
  }
}

function commandOf(sql: string): Command {
  const first = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "SELECT";
  // A data-modifying CTE (WITH ... INSERT) reports the command of its main statement.
  const word =
    first === "WITH"
      ? (/\b(insert|update|delete|merge)\b/i.exec(sql)?.[1]?.toUpperCase() ?? "SELECT")
      : first;
  return (
    ["UPDATE", "DELETE", "INSERT", "MERGE", "COMMIT", "ROLLBACK"].includes(word) ? word : "SELECT"
  ) as Command;
}
