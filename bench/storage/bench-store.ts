import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type AppContext, openApp } from "../../src/bootstrap.ts";

export type BenchEngine = "pglite" | "postgres";

/** Where one phase's store lives: a PGlite folder, or a database of its own on DATABASE_URL's server. */
export interface StoreLocation {
  engine: BenchEngine;
  dataDir: string;
  databaseUrl: string | undefined;
}

export async function createLocation(engine: BenchEngine): Promise<StoreLocation> {
  const dataDir = mkdtempSync(join(tmpdir(), "tocsin-bench-"));
  if (engine === "pglite") return { engine, dataDir, databaseUrl: undefined };
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const name = `tocsin_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { engine, dataDir, databaseUrl: url.toString() };
}

export async function removeLocation(location: StoreLocation): Promise<void> {
  rmSync(location.dataDir, { recursive: true, force: true });
  const base = process.env.DATABASE_URL;
  if (location.databaseUrl && base) {
    const name = new URL(location.databaseUrl).pathname.slice(1);
    await admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

export function openLocation(location: StoreLocation): Promise<AppContext> {
  return openApp({ dataDir: location.dataDir, databaseUrl: location.databaseUrl }, { command: "bench" });
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The process's peak resident memory so far, in MiB. */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
