import type { Command } from "commander";
import { describeFailure } from "./errors.ts";
import type { CliIo } from "./io.ts";
import { printJson } from "./output.ts";

/** What every verb gets: the streams, and a wrapper that turns its result or error into the exit code. */
export interface Cli {
  io: CliIo;
  /**
   * Wraps a verb's action: the exit code it returns, or its error (one line and a hint on stderr, plus an
   * error object on stdout under --json), becomes the outcome of the run.
   */
  action<A extends unknown[]>(fn: (...args: A) => Promise<number>): (...args: A) => Promise<void>;
}

export function createCli(io: CliIo, setExitCode: (code: number) => void): Cli {
  return {
    io,
    action(fn) {
      return async (...args) => {
        const command = args.at(-1) as Command;
        const opts = (typeof command?.opts === "function" ? command.opts() : {}) as {
          json?: boolean;
          debug?: boolean;
        };
        try {
          setExitCode(await fn(...args));
        } catch (error) {
          setExitCode(
            reportFailure(io, error, {
              json: Boolean(opts.json),
              debug: Boolean(opts.debug) || io.env.TOCSIN_DEBUG === "1",
            }),
          );
        }
      };
    },
  };
}

/** One line, a hint, the stack only when asked for; returns the exit code. */
export function reportFailure(io: CliIo, error: unknown, options: { json: boolean; debug: boolean }): number {
  const f = describeFailure(error);
  io.stderr.write(`error: ${f.message}\nhint: ${f.hint}\n`);
  if (options.debug) {
    for (let e: unknown = error; e instanceof Error; e = e.cause)
      io.stderr.write(`${e.stack ?? e.message}\n`);
  }
  if (options.json) printJson(io, { ok: false, error: { code: f.code, message: f.message, hint: f.hint } });
  return f.exitCode;
}
