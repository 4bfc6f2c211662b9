import { createHash } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { type Kysely, sql } from "kysely";
import { ConflictError } from "../../domain/errors.ts";
import type { BlobStore } from "../../ports/blob-store.ts";
import type { Clock } from "../../ports/clock.ts";
import type { EvidenceStore } from "../../ports/evidence-store.ts";
import {
  ARCHIVE_FORMAT,
  BLOB_CHUNK_BYTES,
  blobLine,
  headerLine,
  type Manifest,
  type ManifestPart,
  manifestLine,
  tableLine,
} from "./archive-format.ts";
import { readSchemaState } from "./schema-state.ts";
import { listTables, quoteIdent, type TableInfo } from "./table-catalog.ts";

// biome-ignore lint/suspicious/noExplicitAny: the archive reads every table, known to the schema or not.
type AnyDb = Kysely<any>;

export interface BackupDeps {
  db: AnyDb;
  engine: string;
  blobs: BlobStore;
  store: Pick<EvidenceStore, "transaction">;
  clock: Clock;
  /** Who is backing up, for the custody log. */
  actor: string;
}

/** `total` is null when it is not known in advance. */
export type ArchiveProgress = (p: { part: string; done: number; total: number | null }) => void;

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: Manifest;
  /** The SHA-256 of the manifest line: keep it apart from the archive to tell later that it is the same. */
  manifestSha256: string;
  rows: number;
  blobs: number;
}

const FETCH = 1000;

/**
 * Writes a full archive of the store (format in archive-format.ts) to `file`. Everything is read in one
 * REPEATABLE READ transaction, so the archive is one consistent moment even while others write (on
 * PostgreSQL); it goes to a temporary file renamed into place at the end, so a failed backup leaves no
 * half archive under the name. The backup itself is recorded in the custody log (it reads every
 * original), after the snapshot, so it is not part of the archive it describes.
 */
export async function backupStore(
  deps: BackupDeps,
  file: string,
  options: { force?: boolean; onProgress?: ArchiveProgress } = {},
): Promise<BackupResult> {
  if (existsSync(file) && !options.force) {
    throw new ConflictError(`${file} already exists`, {
      hint: "choose another file name, or pass --force to replace it",
    });
  }
  const progress = options.onProgress ?? (() => {});
  const temp = `${file}.partial-${process.pid}`;
  let manifest: Manifest | undefined;
  let manifestText = "";
  try {
    await deps.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (tx) => {
        await sql`SET LOCAL TIME ZONE 'UTC'`.execute(tx);
        const schema = await readSchemaState(tx);
        const tables = await listTables(tx);
        const lines = archiveLines(tx, deps, tables, progress, (m) => {
          manifest = { ...m, schema };
          manifestText = manifestLine(manifest);
          return manifestText;
        });
        await pipeline(Readable.from(lines), createGzip(), createWriteStream(temp, { flags: "wx" }));
      });
    const handle = await open(temp, "r");
    await handle.sync();
    const { size } = await handle.stat();
    await handle.close();
    await rename(temp, file);
    const done = manifest as unknown as Manifest;
    const manifestSha256 = createHash("sha256").update(manifestText).digest("hex");
    await deps.store.transaction((tx) =>
      tx.appendCustody(
        {
          actor: deps.actor,
          action: "read",
          targetType: "store",
          targetId: "all",
          reason: "backup",
          details: { archive: basename(file), manifestSha256, custodyHead: done.custodyHead },
        },
        deps.clock.now(),
      ),
    );
    const rows = done.parts.reduce((n, p) => n + ("rows" in p ? p.rows : 0), 0);
    const blobs = done.parts.filter((p) => p.part.startsWith("blob/")).length;
    return { file, bytes: size, manifest: done, manifestSha256, rows, blobs };
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function* archiveLines(
  tx: AnyDb,
  deps: BackupDeps,
  tables: TableInfo[],
  progress: ArchiveProgress,
  finish: (m: Omit<Manifest, "schema">) => string,
): AsyncGenerator<string> {
  yield headerLine({
    tocsin: "backup",
    format: ARCHIVE_FORMAT,
    createdAt: deps.clock.now().toISOString(),
    engine: deps.engine,
  });
  const parts: ManifestPart[] = [];
  const missingBlobs: string[] = [];
  const hasDocuments = tables.some((t) => t.name === "documents");

  // Originals: every blob in the store, merged in hash order with the hashes documents refer to, so that a
  // referenced original that is missing is noticed without holding either list in memory.
  const refs = hasDocuments
    ? cursor(tx, `SELECT DISTINCT sha256::text COLLATE "C" AS r FROM documents ORDER BY 1`)
    : emptyCursor();
  const stored = deps.blobs.list()[Symbol.asyncIterator]();
  let ref = await refs.next();
  let blob = await stored.next();
  let done = 0;
  while (!ref.done || !blob.done) {
    if (!blob.done && (ref.done || blob.value <= ref.value)) {
      const sha256 = blob.value;
      if (!ref.done && ref.value === sha256) ref = await refs.next();
      blob = await stored.next();
      const bytes = await deps.blobs.get(sha256);
      const actual = bytes && createHash("sha256").update(bytes).digest("hex");
      if (!bytes || actual !== sha256) {
        // A damaged original is not archived under a name it no longer matches; `tocsin verify` names it.
        missingBlobs.push(sha256);
        continue;
      }
      for (let at = 0; at < bytes.byteLength || at === 0; at += BLOB_CHUNK_BYTES) {
        yield blobLine(sha256, bytes.subarray(at, at + BLOB_CHUNK_BYTES));
        if (bytes.byteLength === 0) break;
      }
      parts.push({ part: `blob/${sha256}`, bytes: bytes.byteLength, sha256 });
      progress({ part: "originals", done: ++done, total: null });
    } else if (!ref.done) {
      missingBlobs.push(ref.value);
      ref = await refs.next();
    }
  }

  for (const table of tables) {
    const total = await count(tx, table.name);
    const hash = createHash("sha256");
    let rows = 0;
    for await (const rowText of cursor(tx, selectRows(table))) {
      hash.update(rowText).update("\n");
      rows++;
      yield tableLine(table.name, rowText);
      if (rows % FETCH === 0) progress({ part: `table/${table.name}`, done: rows, total });
    }
    progress({ part: `table/${table.name}`, done: rows, total });
    parts.push({ part: `table/${table.name}`, rows, sha256: hash.digest("hex") });
  }

  const head = tables.some((t) => t.name === "custody_log")
    ? (
        await sql<{
          seq: number;
          hash: string;
        }>`SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1`.execute(tx)
      ).rows[0]
    : undefined;
  yield finish({
    format: ARCHIVE_FORMAT,
    parts,
    custodyHead: head ? { seq: Number(head.seq), hash: head.hash } : null,
    missingBlobs,
  });
}

/** Each row as PostgreSQL's jsonb text, generated columns left out, in primary-key order. */
function selectRows(t: TableInfo): string {
  const row = t.generated.length
    ? `(to_jsonb(x) - ARRAY[${t.generated.map((g) => `'${g.replaceAll("'", "''")}'`).join(", ")}]::text[])`
    : "to_jsonb(x)";
  const order = t.primaryKey.length
    ? t.primaryKey.map((k) => `x.${quoteIdent(k.name)}${k.textual ? ' COLLATE "C"' : ""}`).join(", ")
    : `${row}::text COLLATE "C"`;
  return `SELECT ${row}::text AS r FROM ${quoteIdent(t.name)} x ORDER BY ${order}`;
}

async function count(tx: AnyDb, table: string): Promise<number> {
  const result = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.raw(quoteIdent(table))}`.execute(tx);
  return Number(result.rows[0]?.n ?? 0);
}

let cursorNo = 0;

/** The `r` column of a query, fetched from a server-side cursor a page at a time. */
async function* cursor(tx: AnyDb, query: string): AsyncGenerator<string> {
  const name = `tocsin_backup_${++cursorNo}`;
  await sql.raw(`DECLARE ${name} NO SCROLL CURSOR FOR ${query}`).execute(tx);
  try {
    for (;;) {
      const page = await sql.raw<{ r: string }>(`FETCH ${FETCH} FROM ${name}`).execute(tx);
      for (const row of page.rows) yield row.r;
      if (page.rows.length < FETCH) break;
    }
  } finally {
    // After an error the transaction is aborted and rolled back anyway: keep the first error.
    await sql
      .raw(`CLOSE ${name}`)
      .execute(tx)
      .catch(() => {});
  }
}

async function* emptyCursor(): AsyncGenerator<string> {}
