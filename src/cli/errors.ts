import { DataFolderLockedError } from "../adapters/db/data-folder-lock.ts";
import { StoreError } from "../adapters/db/store-error.ts";
import { ConfigError } from "../app/config.ts";
import { AppError } from "../domain/errors.ts";
import { EXIT } from "./exit-codes.ts";

/** An error raised by the CLI itself, already worded for the person at the terminal. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly exitCode: number = EXIT.failed,
    readonly code = "failed",
  ) {
    super(message);
  }
}

/** What the person (or script) is told: one line, a hint, a stable code and the exit code. */
export interface Failure {
  code: string;
  message: string;
  hint: string;
  exitCode: number;
}

const APP_HINTS: Record<string, string> = {
  "invalid-input": "correct the value named above and run again",
  conflict: "see the message above",
  "not-found": "check the id",
  "stale-version": "reload and apply the change again",
};

/** Turns any error into one clear line and a hint; unknown errors say how to see more. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof CliError) {
    return { code: error.code, message: error.message, hint: error.hint, exitCode: error.exitCode };
  }
  if (error instanceof DataFolderLockedError) {
    const h = error.holder;
    return {
      code: "data-folder-locked",
      message: error.message,
      hint: `one process owns an embedded store at a time: stop process ${h.pid} (${h.command}) first, or use another --data folder; to share one store between processes, use PostgreSQL (DATABASE_URL)${/\bserve\b/.test(h.command) ? "; a running server gives a backup at GET /api/v1/backup" : ""}`,
      exitCode: EXIT.unavailable,
    };
  }
  if (error instanceof StoreError) {
    return {
      code: "store-unavailable",
      message: error.message,
      hint: error.hint,
      exitCode: EXIT.unavailable,
    };
  }
  if (error instanceof ConfigError) {
    return { code: "invalid-config", message: error.message, hint: error.hint, exitCode: EXIT.usage };
  }
  if (error instanceof AppError) {
    const hint =
      typeof error.details.hint === "string"
        ? error.details.hint
        : (APP_HINTS[error.code] ?? "see the message above");
    return { code: error.code, message: error.message, hint, exitCode: EXIT.failed };
  }
  // Other verbs' own input errors carry their exit code (e.g. screen's ScreenInputError).
  const own = (error as { exitCode?: unknown })?.exitCode;
  if (error instanceof Error && typeof own === "number" && own > 0) {
    return {
      code: own === EXIT.usage ? "usage" : "failed",
      message: oneLine(error.message),
      hint: "see tocsin <verb> --help",
      exitCode: own,
    };
  }
  const message = error instanceof Error ? error.message || error.name : String(error);
  return {
    code: "internal",
    message: oneLine(message),
    hint: "run again with --debug (or TOCSIN_DEBUG=1) to see where it happened, and report it if it persists",
    exitCode: EXIT.failed,
  };
}

function oneLine(text: string): string {
  const first = text.split("\n").find((l) => l.trim() !== "") ?? text;
  return first.trim();
}
