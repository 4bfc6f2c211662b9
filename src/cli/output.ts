import type { CliIo } from "./io.ts";

/** Machine-readable output: one JSON document on stdout, and nothing else there. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Report lines for people, on stdout. */
export function say(io: CliIo, ...lines: string[]): void {
  for (const line of lines) io.stdout.write(`${line}\n`);
}

/** Something worth knowing that is not the report: on stderr, so --json output stays clean. */
export function warn(io: CliIo, message: string): void {
  io.stderr.write(`warning: ${message}\n`);
}

export function note(io: CliIo, message: string): void {
  io.stderr.write(`${message}\n`);
}

export function formatBytes(n: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
