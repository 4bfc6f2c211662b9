import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type AppContext, openApp } from "../src/bootstrap.ts";

export interface BenchStore {
  app: AppContext;
  /** True when the store is new (or was emptied): the caller generates its data. */
  fresh: boolean;
  dispose: () => Promise<void>;
}

/**
 * A named store for a benchmark on "pglite" or "postgres" (DATABASE_URL). With `keep` (a folder), the store
 * survives the run and is reused by the next one, since generating 1M events takes minutes; without, it is new
 * and removed at the end.
 */
export async function openBenchStore(
  engine: string,
  name: string,
  keep: string | null,
  command: string,
): Promise<BenchStore> {
  if (engine === "pglite") {
    const dir = keep ? join(keep, name) : join(tmpdir(), `${name}-${process.pid}`);
    const fresh = !existsSync(join(dir, "pgdata"));
    const app = await openApp({ dataDir: dir, databaseUrl: undefined }, { command });
    return { app, fresh, dispose: () => app.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (exists && !keep) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (!exists || !keep) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const app = await openApp({ dataDir: join(tmpdir(), name), databaseUrl: url.toString() }, { command });
  return {
    app,
    fresh: !exists || !keep,
    dispose: async () => {
      await app.close();
      if (keep) return;
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
