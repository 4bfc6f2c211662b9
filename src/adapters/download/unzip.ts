import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { crc32, createInflateRaw } from "node:zlib";

/**
 * A small streaming ZIP reader over node:zlib (stored and deflated entries, ZIP64 sizes), so that pulling
 * a dataset needs no extra package and no `unzip` binary. It reads the central directory at the end of
 * the file, then inflates each entry straight to disk and checks its CRC-32 and size; nothing is held in
 * memory. Entry paths are flattened to their base name (no "../" escapes). A package such as `yauzl`
 * would do the same with more formats (encryption, split archives) that public datasets do not use.
 */
export interface UnzippedFile {
  name: string;
  path: string;
  bytes: number;
}

export class ZipError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "ZipError";
  }
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export async function unzipFile(zipPath: string, outDir: string): Promise<UnzippedFile[]> {
  const entries = await readDirectory(zipPath);
  const out: UnzippedFile[] = [];
  const handle = await open(zipPath, "r");
  try {
    for (const entry of entries) {
      if (entry.name.endsWith("/")) continue;
      const name = basename(entry.name.replaceAll("\\", "/"));
      if (!name || name === "." || name === "..") continue;
      if (entry.flags & 1) throw new ZipError(zipPath, `${entry.name} is encrypted`);
      if (entry.method !== 0 && entry.method !== 8)
        throw new ZipError(
          zipPath,
          `${entry.name} uses compression method ${entry.method} (only stored and deflate are read)`,
        );
      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, entry.localOffset);
      if (local.readUInt32LE(0) !== LOCAL) throw new ZipError(zipPath, `${entry.name}: bad local header`);
      const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const path = join(outDir, name);
      await extract(zipPath, entry, start, `${path}.part`);
      await rename(`${path}.part`, path);
      out.push({ name, path, bytes: entry.size });
    }
  } finally {
    await handle.close();
  }
  return out;
}

async function extract(zipPath: string, entry: Entry, start: number, dest: string): Promise<void> {
  let crc = 0;
  let size = 0;
  const out = createWriteStream(dest);
  try {
    if (entry.compressed > 0) {
      const raw = createReadStream(zipPath, { start, end: start + entry.compressed - 1 });
      const data: AsyncIterable<Buffer> = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
      for await (const chunk of data) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        if (!out.write(chunk)) await once(out, "drain");
      }
    }
    out.end();
    await once(out, "close");
  } catch (error) {
    out.destroy();
    await rm(dest, { force: true });
    throw new ZipError(zipPath, `${entry.name}: ${(error as Error).message}`);
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc >>> 0) {
    await rm(dest, { force: true });
    throw new ZipError(zipPath, `${entry.name}: damaged (size or CRC-32 differs from the archive's record)`);
  }
}

async function readDirectory(zipPath: string): Promise<Entry[]> {
  const handle = await open(zipPath, "r");
  try {
    const { size } = await handle.stat();
    const tailSize = Math.min(size, 22 + 65535);
    const tail = Buffer.alloc(tailSize);
    await handle.read(tail, 0, tailSize, size - tailSize);
    let eocd = -1;
    for (let i = tailSize - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError(zipPath, "not a ZIP file (no end of central directory)");
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirOffset === 0xffffffff)
      throw new ZipError(zipPath, "ZIP64 archives with a ZIP64 directory are not supported");
    if (dirOffset + dirSize > size)
      throw new ZipError(zipPath, "truncated (the central directory lies past the end)");
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries: Entry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL)
        throw new ZipError(zipPath, "damaged central directory");
      const nameLen = dir.readUInt16LE(p + 28);
      const extraLen = dir.readUInt16LE(p + 30);
      const commentLen = dir.readUInt16LE(p + 32);
      const entry: Entry = {
        flags: dir.readUInt16LE(p + 8),
        method: dir.readUInt16LE(p + 10),
        crc: dir.readUInt32LE(p + 16),
        compressed: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        localOffset: dir.readUInt32LE(p + 42),
        name: dir.toString("utf8", p + 46, p + 46 + nameLen),
      };
      zip64Sizes(entry, dir.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
      if (entry.localOffset + entry.compressed > size)
        throw new ZipError(zipPath, `${entry.name} lies past the end of the file (truncated download?)`);
      entries.push(entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** A ZIP64 extra field carries the 64-bit values of the fields set to 0xFFFFFFFF, in this order. */
function zip64Sizes(entry: Entry, extra: Buffer): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const len = extra.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const next = () => {
        const v = Number(extra.readBigUInt64LE(r));
        r += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressed === 0xffffffff) entry.compressed = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    q += 4 + len;
  }
}
