import { type Kysely, sql } from "kysely";
import type { SchemaState } from "./archive-format.ts";

// biome-ignore lint/suspicious/noExplicitAny: read on any database handle, migrated or not.
type Db = Kysely<any>;

/** The migrations applied to a database; version 0 and none when it was never migrated. */
export async function readSchemaState(db: Db): Promise<SchemaState> {
  const exists = await sql<{ present: boolean }>`
    SELECT to_regclass('schema_migrations') IS NOT NULL AS present`.execute(db);
  if (!exists.rows[0]?.present) return { version: 0, migrations: [] };
  const rows = await sql<{ version: number; name: string }>`
    SELECT version, name FROM schema_migrations ORDER BY version`.execute(db);
  return { version: rows.rows.at(-1)?.version ?? 0, migrations: rows.rows.map((r) => r.name) };
}
