// Splits a byte stream into lines without ever holding more than one (capped) line: enormous files stream
// through in constant memory. Each line is decoded as UTF-8 on its own, so a badly encoded line is reported
// and replaced instead of failing the whole file.
import type { Readable } from "node:stream";

export interface Line {
  /** 1-based line number. */
  number: number;
  text: string;
  /** Set when the line had to be altered: "invalid-utf8", "truncated". */
  problems: string[];
}

/** Lines longer than this are cut (and flagged): one post is never megabytes long. */
export const MAX_LINE_BYTES = 1 << 20;

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

function decode(bytes: Uint8Array, problems: string[]): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // BOM
  const body = bytes.subarray(start, bytes.length > start && bytes[bytes.length - 1] === 13 ? -1 : undefined);
  try {
    return strict.decode(body);
  } catch {
    problems.push("invalid-utf8");
    return lenient.decode(body);
  }
}

export async function* readLines(input: Readable): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let number = 0;
  const flush = (): Line => {
    number++;
    const problems: string[] = truncated ? ["truncated"] : [];
    const text = decode(Buffer.concat(parts, size), problems);
    parts = [];
    size = 0;
    truncated = false;
    return { number, text, problems };
  };
  const take = (chunk: Buffer) => {
    const room = MAX_LINE_BYTES - size;
    if (chunk.length <= room) {
      parts.push(chunk);
      size += chunk.length;
    } else {
      if (room > 0) {
        parts.push(chunk.subarray(0, room));
        size += room;
      }
      truncated = true;
    }
  };
  for await (const raw of input) {
    const chunk: Buffer = typeof raw === "string" ? Buffer.from(raw) : (raw as Buffer);
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield flush();
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.subarray(from));
  }
  // A last line without a newline still counts; a file ending in "\n" has no extra empty line.
  if (size > 0 || truncated) yield flush();
}

/** True when a file's first bytes look binary (NUL bytes), in which case it is refused with a clear error. */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  for (let i = 0; i < n; i++) if (head[i] === 0) return true;
  return false;
}
