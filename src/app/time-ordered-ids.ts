import { randomBytes } from "node:crypto";
import type { Clock } from "../ports/clock.ts";

/**
 * UUIDv7 ids (RFC 9562) that strictly increase within this process: 48 bits of milliseconds, a 12-bit
 * counter for ids made in the same millisecond, then random bits. Bulk loads use them because rows given in
 * order get ids in order, so a batch is exactly the ids between its first and last (what its custody entry
 * records), and the primary key index grows at its right edge instead of at random pages.
 */
export function timeOrderedIds(clock: Clock): () => string {
  let lastMs = 0;
  let counter = 0;
  let pool = Buffer.alloc(0);
  let offset = 0;
  return () => {
    let ms = clock.now().getTime();
    if (ms <= lastMs) {
      ms = lastMs;
      counter++;
      // 4096 ids in one millisecond: borrow the next millisecond rather than repeat or go back.
      if (counter > 0xfff) {
        ms++;
        counter = 0;
      }
    } else {
      counter = 0;
    }
    lastMs = ms;
    if (offset + 8 > pool.length) {
      pool = randomBytes(8 * 1024);
      offset = 0;
    }
    // Read from the pool in place: a subarray per id was a Buffer object each (two a row of an import).
    const time = ms.toString(16).padStart(12, "0");
    const a = (0x7000 | counter).toString(16);
    const b = ((((pool[offset] as number) & 0x3f) | 0x80) * 256 + (pool[offset + 1] as number)).toString(16);
    const rest = pool.toString("hex", offset + 2, offset + 8);
    offset += 8;
    return `${time.slice(0, 8)}-${time.slice(8)}-${a}-${b}-${rest}`;
  };
}
