import { crc32 } from "node:zlib";
import { Inflate } from "fflate";
import { XlsxError } from "./xlsx-error.ts";

/**
 * The parts of an xlsx package (a ZIP archive) that the reader asks for, inflated in memory with fflate.
 *
 * Why a cap: an xlsx is read whole (its parts are small and the reader needs them all before the first row),
 * and a ZIP entry can inflate ~1,000 times its size, or claim a small size in its header and inflate to
 * gigabytes anyway (fflate's `unzipSync` trusts the header: it silently cuts such an entry and still spends
 * the time inflating it). So entries are inflated with fflate's streaming `Inflate`, a slice at a time,
 * and the reading stops as soon as the bytes out pass the cap, whatever the header says. EWP's episode
 * workbook inflates to well under 1 MiB; the default caps leave a hundred times that.
 */
export interface ZipLimits {
  /** Largest inflated size of one part, in bytes. */
  maxPartBytes: number;
  /** Largest inflated size of all the parts read, together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxPartBytes: 64 * 2 ** 20, maxTotalBytes: 128 * 2 ** 20 };

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
/** Input handed to the inflater at a time: its output per step is at most ~1,032 times this. */
const SLICE = 16 * 1024;

export class ZipParts {
  readonly #entries = new Map<string, Entry>();
  #inflated = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly file: string,
    readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    for (const e of readDirectory(bytes, file)) this.#entries.set(e.name, e);
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The part's bytes, or null when the package has no such part. */
  read(name: string): Uint8Array | null {
    const e = this.#entries.get(name);
    if (!e) return null;
    const fail = (detail: string): never => {
      throw new XlsxError(this.file, name, detail);
    };
    if (e.flags & 1) fail("encrypted (a password-protected workbook cannot be read)");
    if (e.method !== 0 && e.method !== 8)
      fail(`compression method ${e.method} (only stored and deflate are read)`);
    const b = this.bytes;
    if (e.localOffset + 30 > b.length || u32(b, e.localOffset) !== LOCAL) fail("bad local header");
    const start = e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
    if (start + e.compressed > b.length) fail("the archive is cut short");
    const data = b.subarray(start, start + e.compressed);
    const cap = Math.min(this.limits.maxPartBytes, this.limits.maxTotalBytes - this.#inflated);
    const tooBig = () =>
      fail(
        `inflates past ${cap} bytes (the reader's cap: ${this.limits.maxPartBytes} per part, ${this.limits.maxTotalBytes} in all): not read, it may be a zip bomb`,
      );
    if (e.size > cap) tooBig();
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else {
      const chunks: Uint8Array[] = [];
      let total = 0;
      const inflater = new Inflate((chunk) => {
        total += chunk.length;
        if (total > cap) tooBig();
        chunks.push(chunk);
      });
      try {
        for (let at = 0; at < data.length; at += SLICE)
          inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
        if (data.length === 0) inflater.push(new Uint8Array(0), true);
      } catch (error) {
        if (error instanceof XlsxError) throw error;
        fail(`damaged deflate data (${(error as Error).message})`);
      }
      out = Buffer.concat(chunks, total);
    }
    if (out.length !== e.size) fail(`${out.length} bytes where the archive says ${e.size}`);
    if (crc32(out) >>> 0 !== e.crc) fail("CRC-32 mismatch: the archive is damaged");
    this.#inflated += out.length;
    return out;
  }
}

function readDirectory(b: Uint8Array, file: string): Entry[] {
  const fail = (detail: string): never => {
    throw new XlsxError(file, "zip", detail);
  };
  if (b.length < 22 || u32(b, 0) !== LOCAL) fail("not an xlsx workbook (not a ZIP archive)");
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) fail("no end of central directory: the archive is cut short or damaged");
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  if (count === 0xffff || at === 0xffffffff) fail("a ZIP64 archive (a workbook this large is not read)");
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) fail(`central directory entry ${k + 1} is damaged`);
    const nameLength = u16(b, at + 28);
    const entry: Entry = {
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      crc: u32(b, at + 16),
      compressed: u32(b, at + 20),
      size: u32(b, at + 24),
      localOffset: u32(b, at + 42),
      name: Buffer.from(b.subarray(at + 46, at + 46 + nameLength)).toString("utf8"),
    };
    entries.push(entry);
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}
