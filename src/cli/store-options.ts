import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import type { z } from "zod";
import { redactUrl } from "../adapters/db/store-error.ts";
import { type Config, loadConfig } from "../app/config.ts";
import type { AppContext, OpenAppOptions } from "../bootstrap.ts";
import { CliError } from "./errors.ts";
import { EXIT } from "./exit-codes.ts";
import type { CliIo } from "./io.ts";

export interface StoreFlags {
  data?: string;
  json?: boolean;
  debug?: boolean;
}

/** The options every verb that opens the store takes. */
export function storeOptions(command: Command, options: { json?: boolean } = {}): Command {
  command.option(
    "--data <dir>",
    "data folder: the embedded database (unless DATABASE_URL is set) and the original documents (env TOCSIN_DATA, default ./var/tocsin)",
  );
  if (options.json !== false)
    command.option("--json", "print machine-readable JSON on stdout, and nothing else there");
  command.option("--debug", "print the stack trace of an error (or set TOCSIN_DEBUG=1)");
  return command;
}

/** The configuration from the environment (validated by loadConfig) with the verb's flags over it. */
export function configFor(io: CliIo, flags: StoreFlags, overrides: Partial<Config> = {}): Config {
  return loadConfig(io.env, { dataDir: flags.data ? resolve(flags.data) : undefined, ...overrides });
}

/** Validates flag values with zod; a bad one is a usage error naming the flag. */
export function parseFlags<S extends z.ZodType>(schema: S, flags: unknown, verb: string): z.infer<S> {
  const result = schema.safeParse(flags);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const flag = `--${String(issue?.path[0] ?? "option").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new CliError(
    `${flag}: ${issue?.message ?? "invalid"}`,
    `see tocsin ${verb} --help`,
    EXIT.usage,
    "usage",
  );
}

/** Where the store is, for messages. */
export function describeStore(config: Config): string {
  return config.databaseUrl
    ? `PostgreSQL at ${redactUrl(config.databaseUrl)} (originals in ${join(config.dataDir, "blobs")})`
    : `embedded store in ${config.dataDir}`;
}

/**
 * Opens the store for one verb and always closes it (releasing the data folder's lock). With `mustExist`,
 * a missing embedded store is an error rather than a new empty one (a mistyped --data would otherwise
 * verify or back up nothing, successfully).
 */
export async function withStore<T>(
  config: Config,
  verb: string,
  fn: (app: AppContext) => Promise<T>,
  options: { mustExist?: boolean } & Pick<OpenAppOptions, "migrate"> = {},
): Promise<T> {
  if (options.mustExist && !config.databaseUrl && !existsSync(join(config.dataDir, "pgdata"))) {
    throw new CliError(
      `there is no tocsin store in ${config.dataDir}`,
      "check --data or TOCSIN_DATA (or set DATABASE_URL); tocsin migrate, serve or restore create a store",
      EXIT.unavailable,
      "no-store",
    );
  }
  // Loaded on first use: `tocsin --help` and usage errors need none of the database code.
  const { openApp } = await import("../bootstrap.ts");
  const app = await openApp(
    { dataDir: config.dataDir, databaseUrl: config.databaseUrl },
    { command: `tocsin ${verb}`, migrate: options.migrate },
  );
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
