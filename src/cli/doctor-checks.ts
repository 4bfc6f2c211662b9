import { constants, existsSync, readFileSync } from "node:fs";
import { access, readdir, rm, statfs, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { sql } from "kysely";
import { type Database, openDatabase } from "../adapters/db/database.ts";
import { loadMigrations } from "../adapters/db/migrator.ts";
import type { Config } from "../app/config.ts";
import { describeFailure } from "./errors.ts";
import { formatBytes } from "./output.ts";
import { VERSION } from "./version.ts";

export type CheckStatus = "ok" | "warn" | "fail" | "skip";

export interface Check {
  name: string;
  status: CheckStatus;
  detail: string;
  hint?: string;
}

const MIN_NODE = 20;
const LOW_DISK = 1024 ** 3;

export function checkNode(version = process.versions.node): Check {
  const major = Number(version.split(".")[0]);
  return major >= MIN_NODE
    ? {
        name: "node",
        status: "ok",
        detail: `v${version}; tocsin ${VERSION}, ${loadMigrations().length} migrations`,
      }
    : {
        name: "node",
        status: "fail",
        detail: `v${version}, older than ${MIN_NODE}`,
        hint: `install Node.js ${MIN_NODE} or newer`,
      };
}

/** The data folder: there, writable, with room left. */
export async function checkDataFolder(dir: string): Promise<Check> {
  const name = "data folder";
  if (!existsSync(dir)) {
    let parent = dirname(dir);
    while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
    const writable = await access(parent, constants.W_OK).then(
      () => true,
      () => false,
    );
    return writable
      ? {
          name,
          status: "warn",
          detail: `${dir} does not exist yet`,
          hint: "tocsin migrate, serve or restore create it",
        }
      : {
          name,
          status: "fail",
          detail: `${dir} does not exist and ${parent} is not writable`,
          hint: "choose another --data folder",
        };
  }
  const probe = join(dir, `.doctor-${process.pid}`);
  const writable = await writeFile(probe, "").then(
    () => rm(probe, { force: true }).then(() => true),
    () => false,
  );
  if (!writable)
    return {
      name,
      status: "fail",
      detail: `${dir} is not writable`,
      hint: "fix its permissions or choose another --data folder",
    };
  const fs = await statfs(dir);
  const free = fs.bavail * fs.bsize;
  return free < LOW_DISK
    ? {
        name,
        status: "warn",
        detail: `${dir}: writable, only ${formatBytes(free)} free`,
        hint: "free some disk space: the store and its originals grow",
      }
    : { name, status: "ok", detail: `${dir}: writable, ${formatBytes(free)} free` };
}

export interface LockState {
  check: Check;
  /** True when a live process holds the folder (the embedded database cannot be opened now). */
  held: boolean;
}

export function checkLock(dir: string): LockState {
  const file = join(dir, "tocsin.lock");
  if (!existsSync(file)) return { held: false, check: { name: "lock", status: "ok", detail: "free" } };
  let holder: { pid: number; host: string; command: string; since: string };
  try {
    holder = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {
      held: false,
      check: { name: "lock", status: "ok", detail: `${file} is unreadable: it will be taken over` },
    };
  }
  const here = holder.host === hostname();
  if (here && !alive(holder.pid)) {
    return {
      held: false,
      check: {
        name: "lock",
        status: "ok",
        detail: `left by process ${holder.pid}, which is gone: it will be taken over`,
      },
    };
  }
  return {
    held: true,
    check: {
      name: "lock",
      status: "warn",
      detail: `held by process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.since})`,
      hint: "that process owns the embedded store until it stops; the database checks below need it",
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The database: reachable, its engine and version, and whether its migrations are current. */
export async function checkDatabase(
  config: Config,
  lockHeld: boolean,
): Promise<{ checks: Check[]; documents: number | null }> {
  if (!config.databaseUrl) {
    if (!existsSync(join(config.dataDir, "pgdata"))) {
      return {
        documents: null,
        checks: [
          {
            name: "database",
            status: "warn",
            detail: "no embedded store yet",
            hint: "tocsin migrate, serve or restore create one",
          },
        ],
      };
    }
    if (lockHeld)
      return {
        documents: null,
        checks: [
          {
            name: "database",
            status: "skip",
            detail: "the data folder is in use by another process (see lock)",
          },
        ],
      };
  }
  let database: Database;
  try {
    database = await openDatabase({
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
      command: "tocsin doctor",
    });
  } catch (error) {
    const f = describeFailure(error);
    return {
      documents: null,
      checks: [{ name: "database", status: "fail", detail: f.message, hint: f.hint }],
    };
  }
  try {
    const version = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(
      database.db,
    );
    const engine = database.engine === "pglite" ? "embedded PGlite" : "PostgreSQL";
    const checks: Check[] = [
      { name: "database", status: "ok", detail: `${engine} ${version.rows[0]?.v ?? "?"}, reachable` },
      await checkMigrations(database),
    ];
    const docs = await sql<{ n: number | null }>`
      SELECT CASE WHEN to_regclass('documents') IS NULL THEN NULL
             ELSE (SELECT count(*)::int FROM documents) END AS n`
      .execute(database.db)
      .catch(() => ({ rows: [{ n: null }] }));
    return { checks, documents: docs.rows[0]?.n ?? null };
  } finally {
    await database.close();
  }
}

async function checkMigrations(database: Database): Promise<Check> {
  const name = "migrations";
  const known = loadMigrations();
  const present = await sql<{ p: boolean }>`SELECT to_regclass('schema_migrations') IS NOT NULL AS p`.execute(
    database.db,
  );
  const applied = present.rows[0]?.p
    ? (
        await sql<{
          version: number;
          name: string;
          checksum: string;
        }>`SELECT version, name, checksum FROM schema_migrations ORDER BY version`.execute(database.db)
      ).rows
    : [];
  const byVersion = new Map(known.map((m) => [m.version, m]));
  for (const row of applied) {
    const m = byVersion.get(row.version);
    if (!m)
      return {
        name,
        status: "fail",
        detail: `the database has migration ${row.name}, unknown to this tocsin`,
        hint: "upgrade tocsin",
      };
    if (m.checksum !== row.checksum) {
      return {
        name,
        status: "fail",
        detail: `migration ${m.name} changed after it was applied`,
        hint: "restore the migration file: migrations are forward only",
      };
    }
  }
  const done = new Set(applied.map((r) => r.version));
  const pending = known.filter((m) => !done.has(m.version)).map((m) => m.name);
  const current = applied.at(-1)?.version ?? 0;
  return pending.length === 0
    ? { name, status: "ok", detail: `schema version ${current}, up to date` }
    : {
        name,
        status: "warn",
        detail: `schema version ${current}; ${pending.length} pending: ${pending.join(", ")}`,
        hint: "tocsin migrate applies them (serve does too)",
      };
}

/** The blob store: readable and writable; present whenever documents refer to originals. */
export async function checkBlobs(dir: string, documents: number | null): Promise<Check> {
  const root = join(dir, "blobs");
  const name = "originals";
  if (!existsSync(root)) {
    return documents
      ? {
          name,
          status: "fail",
          detail: `${root} is missing, but ${documents} documents refer to originals`,
          hint: "restore the data folder from a backup (tocsin restore FILE)",
        }
      : { name, status: "ok", detail: `${root}: none stored yet` };
  }
  const readable = await readdir(root).then(
    () => true,
    () => false,
  );
  const writable = await access(root, constants.W_OK).then(
    () => true,
    () => false,
  );
  if (!readable || !writable) {
    return {
      name,
      status: "fail",
      detail: `${root} is not ${readable ? "writable" : "readable"}`,
      hint: "fix the folder's permissions",
    };
  }
  const count = documents === null ? "" : `; ${documents} documents (tocsin verify checks each original)`;
  return { name, status: "ok", detail: `${root}: readable and writable${count}` };
}
