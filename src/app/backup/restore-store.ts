import { createHash, type Hash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { ConflictError } from "../../domain/errors.ts";
import type { BlobStore } from "../../ports/blob-store.ts";
import { checkArchive } from "./archive-check.ts";
import type { Manifest, ManifestPart } from "./archive-format.ts";
import { ArchiveError, readArchive } from "./archive-reader.ts";
import type { ArchiveProgress } from "./backup-store.ts";
import { readSchemaState } from "./schema-state.ts";
import { listTables, quoteIdent, type TableInfo } from "./table-catalog.ts";

// biome-ignore lint/suspicious/noExplicitAny: the archive writes every table, known to the schema or not.
type AnyDb = Kysely<any>;

export interface RestoreDeps {
  db: AnyDb;
  blobs: BlobStore;
  /** Every migration this tocsin knows, by name, in order. */
  knownMigrations: string[];
  /** Applies the known migrations up to `version` (and no further); returns the names applied. */
  migrateTo(version: number): Promise<string[]>;
}

export interface RestoreResult {
  manifest: Manifest;
  rows: Record<string, number>;
  blobs: number;
  /** Migrations applied to bring the empty store to the archive's schema. */
  migrated: string[];
  /**
   * Login sessions that were in the archive and were dropped: a restore never brings a live session back
   * (someone logged out, disabled or reset since the backup must not be logged in again by it).
   */
  sessionsDropped: number;
  /** API tokens restored live (not revoked, not expired): revocations made after the backup are undone. */
  liveTokens: number;
}

const BATCH_ROWS = 500;
const BATCH_CHARS = 2_000_000;

/**
 * Restores an archive into an empty store. The archive is checked whole first (checkArchive): nothing is
 * written from an archive that fails. The store is brought to the archive's schema version (a newer tocsin
 * then migrates it further), the originals are written (content-addressed, so writing one twice is
 * harmless), then every row in ONE transaction, custody entries as they were, so the chain verifies as
 * before. Each part is hashed again while it is written; a mismatch (the file changed since the check)
 * rolls everything back.
 */
export async function restoreStore(
  deps: RestoreDeps,
  file: string,
  options: { onProgress?: ArchiveProgress; acceptBrokenChain?: boolean } = {},
): Promise<RestoreResult> {
  const progress = options.onProgress ?? (() => {});
  const { manifest } = await checkArchive(file, options);
  const target = await readSchemaState(deps.db);
  const archived = manifest.schema.migrations;
  const unknown = archived.find((name, i) => deps.knownMigrations[i] !== name);
  if (unknown) {
    throw new ArchiveError(
      `the archive's schema has migration ${unknown}, which this tocsin does not know`,
      "restore it with the tocsin version that made it (or a newer one)",
    );
  }
  if (target.migrations.length > archived.length || target.migrations.some((n, i) => archived[i] !== n)) {
    throw new ConflictError(
      `this store is at schema version ${target.version}, past the archive's ${manifest.schema.version}: it cannot go back`,
      {
        hint: "restore into a new data folder (--data DIR) or a new empty database; tocsin migrates it after the restore",
      },
    );
  }
  for (const t of await listTables(deps.db)) {
    const any = await sql<{
      one: number;
    }>`SELECT 1 AS one FROM ${sql.raw(quoteIdent(t.name))} LIMIT 1`.execute(deps.db);
    if (any.rows.length > 0) {
      throw new ConflictError(
        `the store is not empty: table ${t.name} has rows; restore only writes into an empty store`,
        {
          hint: "restore into a new data folder (--data DIR) or a new empty database",
        },
      );
    }
  }
  const migrated =
    target.version < manifest.schema.version ? await deps.migrateTo(manifest.schema.version) : [];

  const tables = new Map((await listTables(deps.db)).map((t) => [t.name, t]));
  const expected = new Map<string, ManifestPart>(manifest.parts.map((p) => [p.part, p]));
  for (const p of manifest.parts) {
    const name = p.part.slice("table/".length);
    if (p.part.startsWith("table/") && !tables.has(name)) {
      throw new ArchiveError(
        `part ${p.part}: the store has no table ${name} at schema version ${manifest.schema.version}`,
      );
    }
  }
  const mustMatch = (part: string, hash: string) => {
    if (expected.get(part)?.sha256 !== hash) {
      throw new ArchiveError(
        `part ${part} changed since it was checked: nothing was restored`,
        "is something writing the archive file?",
      );
    }
  };

  const rows: Record<string, number> = {};
  let blobs = 0;
  let sessionsDropped = 0;
  let liveTokens = 0;
  const { lines } = readArchive(file);
  const it = lines[Symbol.asyncIterator]();
  let next = await it.next();

  // Originals first: a failure below then leaves no row pointing at an original that is not there.
  while (!next.done && next.value.line.kind !== "table") {
    const line = next.value.line;
    next = await it.next();
    if (line.kind !== "blob") continue;
    const chunks = [line.data];
    while (!next.done && next.value.line.kind === "blob" && next.value.line.sha256 === line.sha256) {
      chunks.push(next.value.line.data);
      next = await it.next();
    }
    const { sha256 } = await deps.blobs.put(Buffer.concat(chunks));
    mustMatch(`blob/${line.sha256}`, sha256);
    if ((await deps.blobs.rehash(sha256)) !== sha256) {
      throw new ConflictError(`the blob store already holds a damaged file for original ${sha256}`, {
        hint: "remove that file from the blobs folder and restore again",
      });
    }
    progress({
      part: "originals",
      done: ++blobs,
      total: manifest.parts.filter((p) => p.part.startsWith("blob/")).length,
    });
  }

  // The rows are restored as they were archived: triggers would add to them (a cache marking what changed,
  // say) or refuse them, so each table's own triggers are off while the transaction writes (foreign keys
  // stay checked). Switching them needs the table's owner, which is who ran the migrations.
  const triggered = [...tables.values()].filter((t) => t.userTriggers && expected.has(`table/${t.name}`));
  const notOwned = triggered.find((t) => !t.owned);
  if (notOwned) {
    throw new ConflictError(
      `restore must switch off the triggers of table ${notOwned.name}, which this database user does not own`,
      {
        hint: "run the restore as the database user that owns the tables (the one that ran the migrations)",
      },
    );
  }

  await deps.db.transaction().execute(async (tx) => {
    for (const t of triggered)
      await sql`ALTER TABLE ${sql.raw(quoteIdent(t.name))} DISABLE TRIGGER USER`.execute(tx);
    let current: { table: TableInfo; hash: Hash; batch: string[]; chars: number } | undefined;
    const flush = async () => {
      if (!current || current.batch.length === 0) return;
      const t = current.table;
      const cols = t.columns.map(quoteIdent).join(", ");
      await sql`INSERT INTO ${sql.raw(quoteIdent(t.name))} (${sql.raw(cols)}) OVERRIDING SYSTEM VALUE
        SELECT ${sql.raw(cols)} FROM jsonb_populate_recordset(NULL::${sql.raw(quoteIdent(t.name))}, ${`[${current.batch.join(",")}]`}::jsonb)`.execute(
        tx,
      );
      rows[t.name] = (rows[t.name] ?? 0) + current.batch.length;
      const listed = expected.get(`table/${t.name}`);
      progress({
        part: `table/${t.name}`,
        done: rows[t.name] ?? 0,
        total: listed && "rows" in listed ? listed.rows : null,
      });
      current.batch = [];
      current.chars = 0;
    };
    const finish = async () => {
      if (!current) return;
      await flush();
      const t = current.table;
      mustMatch(`table/${t.name}`, current.hash.digest("hex"));
      for (const col of t.sequenced) {
        await sql`SELECT setval(pg_get_serial_sequence(${quoteIdent(t.name)}, ${col}), max_value, true)
          FROM (SELECT max(${sql.raw(quoteIdent(col))}) AS max_value FROM ${sql.raw(quoteIdent(t.name))}) m
          WHERE max_value IS NOT NULL`.execute(tx);
      }
      current = undefined;
    };
    for (; !next.done; next = await it.next()) {
      const line = next.value.line;
      if (line.kind !== "table") continue;
      if (current?.table.name !== line.table) {
        await finish();
        const table = tables.get(line.table);
        if (!table) throw new ArchiveError(`part table/${line.table} is not in the manifest`);
        current = { table, hash: createHash("sha256"), batch: [], chars: 0 };
        rows[line.table] = 0;
      }
      current.hash.update(line.rowText).update("\n");
      current.batch.push(line.rowText);
      current.chars += line.rowText.length;
      if (current.batch.length >= BATCH_ROWS || current.chars >= BATCH_CHARS) await flush();
    }
    await finish();
    for (const t of triggered)
      await sql`ALTER TABLE ${sql.raw(quoteIdent(t.name))} ENABLE TRIGGER USER`.execute(tx);
    // Sessions are not restored (issue 8): the archive's rows are hashed and checked like every other part,
    // then deleted in the same transaction, so no session of the archive is ever valid here. Tokens are
    // kept (scripts depend on them; revocations are in the archive), counted for the report.
    if (tables.has("sessions")) {
      const dropped = await sql`DELETE FROM sessions`.execute(tx);
      sessionsDropped = Number(dropped.numAffectedRows ?? 0);
    }
    if (tables.has("api_tokens")) {
      const live = await sql<{ n: number }>`SELECT count(*)::int AS n FROM api_tokens
        WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`.execute(tx);
      liveTokens = Number(live.rows[0]?.n ?? 0);
    }
  });
  for (const p of manifest.parts) if (p.part.startsWith("table/")) rows[p.part.slice(6)] ??= 0;
  return { manifest, rows, blobs, migrated, sessionsDropped, liveTokens };
}
