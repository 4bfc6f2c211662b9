import { resolve } from "node:path";
import { z } from "zod";
import { Sensitivity } from "../domain/evidence/sensitivity.ts";

/** Settings read from the environment, validated at start so that a bad value fails with its name. */
const Env = z.object({
  TOCSIN_DATA: z.string().min(1).default("./var/tocsin"),
  // An empty value means unset (as `DATABASE_URL= tocsin ...` reads to a person).
  DATABASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
  ),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default("127.0.0.1"),
  TOCSIN_CLEARANCE: Sensitivity.default("internal"),
  TOCSIN_ACTOR: z.string().min(1).max(200).optional(),
});

export interface Config {
  /** The data folder: the embedded database (unless DATABASE_URL is set), original documents, locks. */
  dataDir: string;
  databaseUrl: string | undefined;
  port: number;
  host: string;
  /** The most a caller of this process may see, until users and roles arrive. */
  clearance: Sensitivity;
  /** Who this process acts as in the custody log. */
  actor: string;
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<Config> = {}): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new ConfigError(
      `${name}: ${issue?.message ?? "invalid"}`,
      `fix or unset the environment variable ${name}`,
    );
  }
  const e = parsed.data;
  const clean = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return {
    dataDir: resolve(e.TOCSIN_DATA),
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    clearance: e.TOCSIN_CLEARANCE,
    actor: e.TOCSIN_ACTOR ?? `cli:${env.USER ?? "unknown"}`,
    ...clean,
  };
}
