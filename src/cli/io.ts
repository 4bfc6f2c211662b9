import type { Readable, Writable } from "node:stream";

/** Where a run of the CLI reads and writes: the process's streams, or buffers in tests. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal: progress bars there, plain lines otherwise. */
  isTTY: boolean;
  /** Stops a long-running verb (serve), as SIGINT or SIGTERM do in a real process. */
  signal?: AbortSignal;
}

export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
  };
}
