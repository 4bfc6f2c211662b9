import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Database } from "./database.ts";
import { StoreError } from "./database.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/** The numbered `NNNN_name.sql` files, in order. Forward only: there are no down migrations. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ""),
        sql: text,
        checksum: createHash("sha256").update(text).digest("hex"),
      };
    });
}

export interface MigrationReport {
  applied: string[];
  current: number;
}

/**
 * Applies the pending migrations, each in its own transaction. On PostgreSQL an advisory lock keeps two
 * processes starting at once from applying the same migration twice. A migration changed after it was
 * applied, or a database newer than this code, is refused.
 */
export async function migrate(database: Database, migrations = loadMigrations()): Promise<MigrationReport> {
  const { db } = database;
  return db.connection().execute(async (conn) => {
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`.execute(conn);
    await sql`SELECT pg_advisory_lock(7463001)`.execute(conn);
    try {
      const done = await conn.selectFrom("schema_migrations").selectAll().orderBy("version").execute();
      const known = new Map(migrations.map((m) => [m.version, m]));
      for (const row of done) {
        const m = known.get(row.version);
        if (!m) {
          throw new StoreError(
            `the database has migration ${row.name}, which this version of tocsin does not know`,
            "upgrade tocsin, or open another data folder",
          );
        }
        if (m.checksum !== row.checksum) {
          throw new StoreError(
            `migration ${m.name} was changed after it was applied`,
            "migrations are forward only: restore the file and add a new numbered migration instead",
          );
        }
      }
      const applied: string[] = [];
      const doneVersions = new Set(done.map((r) => r.version));
      for (const m of migrations) {
        if (doneVersions.has(m.version)) continue;
        await conn.transaction().execute(async (tx) => {
          await sql.raw(m.sql).execute(tx);
          await tx
            .insertInto("schema_migrations")
            .values({ version: m.version, name: m.name, checksum: m.checksum })
            .execute();
        });
        applied.push(m.name);
      }
      return { applied, current: migrations.at(-1)?.version ?? 0 };
    } finally {
      await sql`SELECT pg_advisory_unlock(7463001)`.execute(conn);
    }
  });
}
