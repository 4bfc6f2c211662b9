import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, type Transaction } from "kysely";
import pg from "pg";
import { lockDataFolder } from "./data-folder-lock.ts";
import { PGlitePool } from "./pglite-pool.ts";
import { prepareMarkedQueries } from "./prepared.ts";
import type { DB } from "./schema.ts";
import { redactUrl, StoreError } from "./store-error.ts";
import { PARSERS } from "./type-parsers.ts";

// Re-exported: callers that only report failures import store-error.ts, which loads no database driver.
export { redactUrl, StoreError };

export type Engine = "pglite" | "postgres";

/** An open store: Kysely over one of the two engines, plus what Kysely does not cover (bulk COPY). */
export interface Database {
  readonly engine: Engine;
  readonly db: Kysely<DB>;
  /** Loads CSV text (with a header-less row order matching `columns`) into `table` with COPY. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  /**
   * Runs `fn` in one transaction together with a `copy` that COPYs on that same transaction's connection,
   * so loaded rows and whatever else `fn` writes (a custody entry) land together or not at all.
   */
  copyTransaction<T>(fn: (tx: Transaction<DB>, copy: CopyCsv) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** COPY of header-less CSV text whose columns are in the order of `columns`. */
export type CopyCsv = (table: string, columns: readonly string[], csv: string) => Promise<void>;

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** What this process is doing, written into the PGlite lock file for whoever finds it held. */
  command?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openPGlite(options.dataDir, options.command ?? "tocsin");
}

async function openPGlite(dataDir: string, command: string): Promise<Database> {
  const unlock = lockDataFolder(dataDir, command);
  let pglite: PGlite;
  try {
    const folder = join(dataDir, "pgdata");
    mkdirSync(folder, { recursive: true });
    pglite = await PGlite.create(folder, { parsers: PARSERS });
    await pglite.query("select 1");
  } catch (error) {
    unlock();
    throw new StoreError(
      `cannot open the embedded database in ${dataDir}: ${errorText(error)}`,
      "the data folder may be damaged: restore it from a backup (tocsin restore FILE), or point --data at another folder",
      { cause: error },
    );
  }
  const pool = new PGlitePool(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: "pglite",
    db,
    async copyCsv(table, columns, csv) {
      await pool.exclusive((p) => copyBlob(p, table, columns, csv));
    },
    copyTransaction(fn) {
      // The transaction holds PGlite's one connection, so COPY goes to PGlite directly, inside it.
      return db
        .transaction()
        .execute((tx) => fn(tx, (table, columns, csv) => copyBlob(pglite, table, columns, csv)));
    },
    async close() {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // No JIT: the planner compiles the situations' evidence reads (5,000 events with their claims at 1M
    // events) for 50-700 ms on a loaded machine, more than the compiled code saves (bench/results/web.md).
    options: "-c jit=off",
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        PARSERS[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  // The hot reads go as named (prepared) statements: see prepared.ts.
  pool.on("connect", (client) => prepareMarkedQueries(client));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      `cannot connect to PostgreSQL at ${redactUrl(url)}: ${errorText(error)}`,
      "check that the server runs and that DATABASE_URL names the right host, port, database, user and password; unset DATABASE_URL to use the embedded database",
      { cause: error },
    );
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: "postgres",
    db,
    async copyCsv(table, columns, csv) {
      const { copyFromCsv } = await import("./postgres-copy.ts");
      await copyFromCsv(pool, table, columns, csv);
    },
    async copyTransaction(fn) {
      const { copyTransaction } = await import("./postgres-copy.ts");
      return copyTransaction(pool, fn);
    },
    async close() {
      await db.destroy();
    },
  };
}

async function copyBlob(pglite: PGlite, table: string, columns: readonly string[], csv: string) {
  await pglite.query(`COPY ${table} (${columns.join(", ")}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
    blob: new Blob([csv]),
  });
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}
