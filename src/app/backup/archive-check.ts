import { createHash, type Hash } from "node:crypto";
import { stat } from "node:fs/promises";
import { type ChainBreak, ChainVerifier, type CustodyEntry } from "../../domain/custody/custody-chain.ts";
import { ARCHIVE_FORMAT, type ArchiveHeader, type Manifest, type ManifestPart } from "./archive-format.ts";
import { ArchiveError, readArchive } from "./archive-reader.ts";
import type { ArchiveProgress } from "./backup-store.ts";

export interface CheckedArchive {
  header: ArchiveHeader;
  manifest: Manifest;
  /** Bytes of the compressed file. */
  size: number;
  /** Where the custody chain in the archive is broken: refused unless the caller accepts it. */
  chainBreaks: ChainBreak[];
}

interface OpenPart {
  name: string;
  hash: Hash;
  count: number;
}

/**
 * Reads a whole archive once, before anything is written: it must be whole (header first, manifest last),
 * every part must hash to what the manifest says, every original to its own name, and the custody log in
 * it must still form an unbroken chain (unless the caller accepts a broken one). Throws an ArchiveError naming the first part at fault.
 */
export async function checkArchive(
  file: string,
  options: { onProgress?: ArchiveProgress; acceptBrokenChain?: boolean } = {},
): Promise<CheckedArchive> {
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new ArchiveError(`no archive at ${file}`, "check the file name");
    },
  );
  const progress = options.onProgress ?? (() => {});
  const { lines, position } = readArchive(file);
  let header: ArchiveHeader | undefined;
  let manifest: Manifest | undefined;
  const seen = new Map<string, { sha256: string; count: number }>();
  const chain = new ChainVerifier();
  let open: OpenPart | undefined;

  const close = () => {
    if (!open) return;
    seen.set(open.name, { sha256: open.hash.digest("hex"), count: open.count });
    open = undefined;
  };
  const enter = (name: string) => {
    if (open?.name === name) return open;
    close();
    if (seen.has(name)) throw new ArchiveError(`part ${name} appears twice in the archive (it was altered)`);
    open = { name, hash: createHash("sha256"), count: 0 };
    return open;
  };

  for await (const { no, line } of lines) {
    if (manifest)
      throw new ArchiveError(
        `line ${no} follows the manifest, which must come last (the archive was altered)`,
      );
    if (!header) {
      if (line.kind !== "header")
        throw new ArchiveError(`${file} is not a tocsin backup (no header on line 1)`, "check the file name");
      if (line.header.format !== ARCHIVE_FORMAT) {
        throw new ArchiveError(
          `archive format ${line.header.format} is not one this tocsin reads (format ${ARCHIVE_FORMAT})`,
          "restore it with the tocsin version that made it",
        );
      }
      header = line.header;
      continue;
    }
    if (line.kind === "header")
      throw new ArchiveError(`line ${no} is a second header (the archive was altered)`);
    if (line.kind === "manifest") {
      close();
      manifest = line.manifest;
    } else if (line.kind === "blob") {
      const part = enter(`blob/${line.sha256}`);
      part.hash.update(line.data);
      part.count += line.data.byteLength;
    } else {
      const part = enter(`table/${line.table}`);
      part.hash.update(line.rowText).update("\n");
      part.count++;
      if (line.table === "custody_log") chain.check(custodyEntry(line.rowText, no));
    }
    if (no % 1000 === 0) progress({ part: "checking", done: position(), total: size });
  }
  progress({ part: "checking", done: size, total: size });

  if (!header) throw new ArchiveError(`${file} is empty`, "check the file name");
  if (!manifest) {
    throw new ArchiveError(
      "the archive has no manifest: it is incomplete (was the backup interrupted, or the file cut short?)",
    );
  }
  compareWithManifest(manifest.parts, seen);
  const [first] = chain.breaks;
  if (first && !options.acceptBrokenChain) {
    throw new ArchiveError(
      `part table/custody_log: the custody chain in the archive is broken at entry #${first.seq} (${first.kind})`,
      "the store was altered before this backup: keep the archive as evidence; to restore it all the same, pass --accept-broken-chain (tocsin verify will keep reporting the break)",
    );
  }
  return { header, manifest, size, chainBreaks: chain.breaks };
}

const EMPTY = createHash("sha256").digest("hex");

function compareWithManifest(parts: ManifestPart[], seen: Map<string, { sha256: string; count: number }>) {
  const listed = new Set<string>();
  for (const p of parts) {
    listed.add(p.part);
    // An empty table has no lines: it is present when the manifest says it is empty.
    const found = seen.get(p.part) ?? ("rows" in p && p.rows === 0 ? { sha256: EMPTY, count: 0 } : undefined);
    if (!found)
      throw new ArchiveError(`part ${p.part} is listed in the manifest but missing from the archive`);
    if (found.sha256 !== p.sha256) {
      throw new ArchiveError(
        `part ${p.part} does not match its SHA-256 in the manifest: it was altered or damaged`,
      );
    }
    const expected = "rows" in p ? p.rows : p.bytes;
    if (found.count !== expected)
      throw new ArchiveError(`part ${p.part} has ${found.count}, not ${expected} as listed`);
    if (p.part.startsWith("blob/") && p.part.slice(5) !== found.sha256) {
      throw new ArchiveError(`part ${p.part}: the original's bytes do not hash to its name`);
    }
  }
  for (const name of seen.keys()) {
    if (!listed.has(name))
      throw new ArchiveError(`part ${name} is in the archive but not in its manifest (it was added)`);
  }
}

function custodyEntry(rowText: string, no: number): CustodyEntry {
  try {
    const r = JSON.parse(rowText) as Record<string, unknown>;
    return {
      seq: Number(r.seq),
      // Stored as timestamptz; the chain hashed the ISO form with milliseconds (see custody.queries.ts).
      at: new Date(r.at as string).toISOString(),
      actor: r.actor as string,
      action: r.action as string,
      targetType: r.target_type as string,
      targetId: r.target_id as string,
      reason: (r.reason ?? null) as string | null,
      details: (r.details ?? {}) as Record<string, unknown>,
      prevHash: r.prev_hash as string,
      hash: r.hash as string,
    };
  } catch {
    throw new ArchiveError(`part table/custody_log: line ${no} is not a custody entry`);
  }
}
