import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { sql } from "kysely";
import { StoreError } from "../../src/adapters/db/database.ts";
import { loadMigrations, migrate } from "../../src/adapters/db/migrator.ts";
import { onEachEngine } from "../support/stores.ts";

test("migration files are numbered without gaps or duplicates", () => {
  const versions = loadMigrations().map((m) => m.version);
  assert.ok(versions.length >= 2);
  assert.deepEqual(
    versions,
    versions.map((_, i) => i + 1),
  );
});

onEachEngine("migrations", (store) => {
  test("every migration is applied once and recorded with its checksum", async () => {
    const { db } = store().app.database;
    const rows = await db.selectFrom("schema_migrations").selectAll().orderBy("version").execute();
    assert.deepEqual(
      rows.map((r) => r.checksum),
      loadMigrations().map((m) => m.checksum),
    );
    const again = await migrate(store().app.database);
    assert.deepEqual(again.applied, [], "a second run applies nothing");
  });

  test("each migration's tables exist with their constraints", async () => {
    const { db } = store().app.database;
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(
      db,
    );
    const names = tables.rows.map((r) => r.table_name);
    for (const t of [
      "sources",
      "documents",
      "document_copies",
      "actors",
      "groups",
      "situations",
      "events",
      "claims",
      "custody_log",
    ]) {
      assert.ok(names.includes(t), `table ${t} exists`);
    }
    await assert.rejects(
      sql`INSERT INTO events (id, title, date_start, date_precision, location_precision, sensitivity, fatalities_low, fatalities_best)
          VALUES (gen_random_uuid(), 't', '2020-01-01', 'day', 'unknown', 'public', 9, 3)`.execute(db),
      /check/i,
      "low above best is refused by the database too",
    );
  });

  test("a migration edited after it was applied is refused, and so is an unknown newer one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tocsin-mig-"));
    const migrations = loadMigrations();
    for (const m of migrations) writeFileSync(join(dir, `${m.name}.sql`), m.sql);
    const edited = loadMigrations(dir).map((m, i) => (i === 0 ? { ...m, checksum: "changed" } : m));
    await assert.rejects(
      migrate(store().app.database, edited),
      (e: unknown) => e instanceof StoreError && /changed after it was applied/.test(e.message),
    );
    const older = migrations.slice(0, -1);
    await assert.rejects(
      migrate(store().app.database, older),
      (e: unknown) => e instanceof StoreError && /does not know/.test(e.message),
    );
  });

  test("the custody log refuses updates, deletes and truncation", async () => {
    const { app } = store();
    await app.evidence.create(
      "group",
      { name: "Fictional group", kind: "ethnic" },
      { actor: "t", clearance: "confidential" },
    );
    const { db } = app.database;
    await assert.rejects(sql`UPDATE custody_log SET actor = 'x'`.execute(db), /append-only/);
    await assert.rejects(sql`DELETE FROM custody_log`.execute(db), /append-only/);
    await assert.rejects(sql`TRUNCATE custody_log`.execute(db), /append-only/);
  });
});
