import { randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe } from "node:test";
import pg from "pg";
import { loadDemoScenario } from "../../src/app/demo/load-demo.ts";
import { type AppContext, openApp } from "../../src/bootstrap.ts";
import type { Clock } from "../../src/ports/clock.ts";
import { DEMO_TEMPLATE_ENV, templateDir } from "./template.ts";

export type EngineName = "pglite" | "postgres";

export interface TestStore {
  app: AppContext;
  engine: EngineName;
  dataDir: string;
  databaseUrl: string | undefined;
}

/**
 * A fresh, migrated PGlite store in a temporary folder, copied from the run's template (or from `template`, a
 * closed PGlite data folder).
 */
export async function freshPGlite(options: { clock?: Clock; template?: string } = {}): Promise<TestStore> {
  const { template = templateDir(), ...openOptions } = options;
  const dataDir = mkdtempSync(join(tmpdir(), "tocsin-test-"));
  if (existsSync(template)) cpSync(template, dataDir, { recursive: true });
  const app = await openApp({ dataDir, databaseUrl: undefined }, { command: "test", ...openOptions });
  return {
    app,
    engine: "pglite",
    dataDir,
    databaseUrl: undefined,
  };
}

/**
 * A fresh PGlite store holding the fictional scenario: a copy of the run's scenario template when
 * scripts/test.mjs made one (it does for files that call this), else loaded here (10-20 s).
 */
export async function freshDemoPGlite(): Promise<TestStore> {
  const template = process.env[DEMO_TEMPLATE_ENV];
  if (template) return freshPGlite({ template });
  const store = await freshPGlite();
  await loadDemoScenario(store.app);
  return store;
}

/** A fresh database on the PostgreSQL server named by DATABASE_URL, dropped again by `disposeStore`. */
export async function freshPostgres(options: { clock?: Clock } = {}): Promise<TestStore> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const name = `tocsin_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), "tocsin-test-pg-"));
  const app = await openApp({ dataDir, databaseUrl: url.toString() }, { command: "test", ...options });
  return { app, engine: "postgres", dataDir, databaseUrl: url.toString() };
}

export async function disposeStore(store: TestStore): Promise<void> {
  await store.app.close();
  rmSync(store.dataDir, { recursive: true, force: true });
  if (store.engine === "postgres" && store.databaseUrl && process.env.DATABASE_URL) {
    const name = new URL(store.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Why the PostgreSQL half of the storage suite is skipped, or false when it runs. In CI it must run. */
export function postgresSkip(): string | false {
  if (process.env.DATABASE_URL) return false;
  if (process.env.CI) throw new Error("CI must run the storage suite on PostgreSQL: DATABASE_URL is not set");
  return "DATABASE_URL is not set: the PostgreSQL half of the storage suite is skipped (CI sets it)";
}

/**
 * Declares the same suite once per engine: the storage suite runs on PGlite and on PostgreSQL. `body`
 * receives a getter for the store opened before the suite's tests.
 */
export function onEachEngine(
  title: string,
  body: (store: () => TestStore) => void,
  options: { clock?: Clock } = {},
): void {
  for (const engine of ["pglite", "postgres"] as const) {
    const skip = engine === "postgres" ? postgresSkip() : false;
    describe(`${title} [${engine}]`, { skip }, () => {
      let store: TestStore | undefined;
      before(async () => {
        store = engine === "pglite" ? await freshPGlite(options) : await freshPostgres(options);
      });
      after(async () => {
        if (store) await disposeStore(store);
      });
      body(() => {
        if (!store) throw new Error("store not open");
        return store;
      });
    });
  }
}
