/**
 * The tocsin backup archive, format 1: one gzip-compressed file of JSON Lines, written and read as a
 * stream (the database is never held in memory; one original document at most is).
 *
 *   line 1      {"tocsin":"backup","format":1,"createdAt":"…","engine":"pglite"}            the header
 *   then, per original document (blob), in hash order, one line per chunk of up to 192 KiB:
 *               {"blob":"<sha256>","data":"<base64>"}
 *   then, per table in foreign-key order (parents first), one line per row in primary-key order:
 *               {"table":"<name>","row":<the row as PostgreSQL's jsonb text, generated columns left out>}
 *   last line   {"manifest":{"format":1,"schema":{…},"parts":[…],"custodyHead":…,"missingBlobs":[…]}}
 *
 * A *part* is one blob ("blob/<sha256>") or one table ("table/<name>"). The manifest lists every part in
 * file order with its SHA-256: for a blob, the hash of its bytes (which is also its name); for a table, the
 * hash of its rows' text, each followed by "\n". It also records the schema (the migrations applied), so
 * a restore knows which migrations to bring an empty store to before loading the rows. Rows are PostgreSQL's
 * own jsonb text (keys in jsonb order, timestamps in UTC with microseconds), so the same data gives the same
 * bytes on PGlite and PostgreSQL, and a restored store backs up to the same parts.
 *
 * Blobs come before tables so that a restore can write the originals first: a restore that fails halfway
 * leaves no row pointing at a missing original. Nothing here signs the archive: the manifest proves the
 * parts agree with it, not who wrote it (keep the manifest's own hash, printed by `tocsin backup`, apart).
 */
export const ARCHIVE_FORMAT = 1;
export const BLOB_CHUNK_BYTES = 192 * 1024;

export interface ArchiveHeader {
  tocsin: "backup";
  format: number;
  createdAt: string;
  engine: string;
}

export interface SchemaState {
  /** The highest migration applied. */
  version: number;
  /** Every migration applied, by name, in order. */
  migrations: string[];
}

export type ManifestPart =
  | { part: `blob/${string}`; bytes: number; sha256: string }
  | { part: `table/${string}`; rows: number; sha256: string };

export interface Manifest {
  format: number;
  schema: SchemaState;
  parts: ManifestPart[];
  /** The last custody entry in the archive, to compare with a record kept elsewhere. */
  custodyHead: { seq: number; hash: string } | null;
  /** Originals that documents refer to but the blob store did not hold when the backup ran. */
  missingBlobs: string[];
}

const TABLE_PREFIX = '{"table":"';
const ROW_MARK = '","row":';

export function headerLine(header: ArchiveHeader): string {
  return `${JSON.stringify(header)}\n`;
}

export function blobLine(sha256: string, chunk: Uint8Array): string {
  return `{"blob":"${sha256}","data":"${Buffer.from(chunk).toString("base64")}"}\n`;
}

/** `rowText` is inserted as it is, so its bytes (and hash) survive the round trip exactly. */
export function tableLine(table: string, rowText: string): string {
  return `${TABLE_PREFIX}${table}${ROW_MARK}${rowText}}\n`;
}

export function manifestLine(manifest: Manifest): string {
  return `${JSON.stringify({ manifest })}\n`;
}

export type ArchiveLine =
  | { kind: "table"; table: string; rowText: string }
  | { kind: "blob"; sha256: string; data: Buffer }
  | { kind: "header"; header: ArchiveHeader }
  | { kind: "manifest"; manifest: Manifest };

/** Reads one line; null when it is none of the four kinds. Table rows are sliced, not parsed. */
export function parseLine(line: string): ArchiveLine | null {
  if (line.startsWith(TABLE_PREFIX)) {
    const mark = line.indexOf(ROW_MARK, TABLE_PREFIX.length);
    if (mark < 0 || !line.endsWith("}")) return null;
    return {
      kind: "table",
      table: line.slice(TABLE_PREFIX.length, mark),
      rowText: line.slice(mark + ROW_MARK.length, -1),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.blob === "string" && typeof v.data === "string")
    return { kind: "blob", sha256: v.blob, data: Buffer.from(v.data, "base64") };
  if (v.tocsin === "backup") return { kind: "header", header: v as unknown as ArchiveHeader };
  if (v.manifest && typeof v.manifest === "object")
    return { kind: "manifest", manifest: v.manifest as Manifest };
  return null;
}
