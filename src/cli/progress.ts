import type { CliIo } from "./io.ts";

export interface ProgressUpdate {
  part: string;
  done: number;
  total: number | null;
}

export interface Progress {
  update(p: ProgressUpdate): void;
  /** Clears the bar (on a terminal) or prints the last part's line. */
  end(): void;
}

const WIDTH = 24;
const EVERY_MS = 100;

/**
 * Progress on stderr: a redrawn bar on a terminal; otherwise one plain line per finished part (so logs
 * stay readable). Quiet when `enabled` is false (for --json runs that are not on a terminal).
 */
export function createProgress(io: CliIo, label: string, enabled = true): Progress {
  let last: ProgressUpdate | undefined;
  let drawnAt = 0;
  const line = (p: ProgressUpdate) => `${label}: ${p.part} ${p.done}${p.total !== null ? `/${p.total}` : ""}`;
  if (!enabled) return { update() {}, end() {} };
  if (!io.isTTY) {
    return {
      update(p) {
        if (last && last.part !== p.part) io.stderr.write(`${line(last)}\n`);
        last = p;
      },
      end() {
        if (last) io.stderr.write(`${line(last)}\n`);
        last = undefined;
      },
    };
  }
  return {
    update(p) {
      last = p;
      const now = Date.now();
      if (now - drawnAt < EVERY_MS && !(p.total !== null && p.done >= p.total)) return;
      drawnAt = now;
      let bar = "";
      if (p.total !== null && p.total > 0) {
        const share = Math.min(1, p.done / p.total);
        const filled = Math.round(share * WIDTH);
        bar = ` [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%`;
      }
      io.stderr.write(`\r\x1b[2K${label}: ${p.part}${bar} ${p.done}${p.total !== null ? `/${p.total}` : ""}`);
    },
    end() {
      if (last) io.stderr.write("\r\x1b[2K");
      last = undefined;
    },
  };
}
