import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "kysely";
import pg from "pg";
import { addSampleEvidence } from "../../../test/support/sample-evidence.ts";
import {
  disposeStore,
  freshPGlite,
  freshPostgres,
  onEachEngine,
  type TestStore,
} from "../../../test/support/stores.ts";
import { openApp } from "../../bootstrap.ts";
import { backupDeps, restoreDeps, verifyDeps } from "../../cli/store-deps.ts";
import { verifyStore } from "../verify/verify-store.ts";
import { ARCHIVE_FORMAT, type Manifest } from "./archive-format.ts";
import { backupStore } from "./backup-store.ts";
import { restoreStore } from "./restore-store.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-backup-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function lines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
}

/** The archive with one line changed, gzip'd again: what someone editing it by hand would produce. */
function altered(file: string, name: string, change: (lines: string[]) => string[]): string {
  const out = join(dir, name);
  writeFileSync(out, gzipSync(`${change(lines(file)).join("\n")}\n`));
  return out;
}

async function rowCount(store: TestStore, table: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.ref(table)}`.execute(
    store.app.database.db,
  );
  return Number(r.rows[0]?.n);
}

onEachEngine("backup and restore", (source) => {
  let target: TestStore;
  let spare: TestStore;
  let first: string;
  const fresh = () => (source().engine === "pglite" ? freshPGlite() : freshPostgres());

  before(async () => {
    [target, spare] = [await fresh(), await fresh()];
  });
  after(async () => {
    await disposeStore(target);
    await disposeStore(spare);
  });

  test("backup -> restore into an empty store -> backup gives the same archive, and verify passes", async () => {
    await addSampleEvidence(source().app);
    first = join(dir, `first-${source().engine}.tocsin`);
    const a = await backupStore(backupDeps(source().app, "test"), first);
    assert.equal(a.manifest.format, ARCHIVE_FORMAT);
    assert.equal(a.blobs, 3);
    assert.deepEqual(a.manifest.missingBlobs, []);
    const tables = a.manifest.parts.filter((p) => p.part.startsWith("table/")).map((p) => p.part.slice(6));
    for (const t of [
      "sources",
      "actors",
      "groups",
      "situations",
      "events",
      "claims",
      "documents",
      "document_copies",
      "custody_log",
    ])
      assert.ok(tables.includes(t), `archive has ${t}`);
    assert.ok(tables.indexOf("sources") < tables.indexOf("documents"), "parents first");
    assert.ok(tables.indexOf("documents") < tables.indexOf("claims"), "parents first");
    assert.equal(a.manifest.schema.migrations[0], "0001_evidence");

    const restored = await restoreStore(restoreDeps(target.app), first);
    assert.equal(restored.blobs, 3);
    assert.equal(restored.rows.events, 1);
    assert.equal(restored.rows.custody_log, a.manifest.custodyHead?.seq);
    const report = await verifyStore(verifyDeps(target.app));
    assert.equal(report.ok, true, JSON.stringify(report));
    assert.equal(report.custody.head?.hash, a.manifest.custodyHead?.hash);

    const second = join(dir, `second-${source().engine}.tocsin`);
    const b = await backupStore(backupDeps(target.app, "test"), second);
    assert.deepEqual(b.manifest, a.manifest as Manifest);
    assert.equal(b.manifestSha256, a.manifestSha256);
    assert.deepEqual(
      lines(second).slice(1),
      lines(first).slice(1),
      "identical after the header (which holds the time)",
    );
  });

  test("restore into a database never migrated brings it to the archive's schema first", async (t) => {
    if (source().engine !== "postgres") {
      t.skip("creating an embedded store from nothing costs seconds: this path runs on PostgreSQL");
      return;
    }
    const base = process.env.DATABASE_URL as string;
    const name = `tocsin_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const dataDir = mkdtempSync(join(tmpdir(), "tocsin-test-pg-"));
    const app = await openApp({ dataDir, databaseUrl: url.toString() }, { command: "test", migrate: false });
    const bare: TestStore = { app, engine: "postgres", dataDir, databaseUrl: url.toString() };
    try {
      const result = await restoreStore(restoreDeps(app), first);
      const archived = (await backupStore(backupDeps(source().app, "test"), join(dir, "again.tocsin")))
        .manifest;
      assert.deepEqual(result.migrated, archived.schema.migrations);
      assert.equal((await verifyStore(verifyDeps(app))).ok, true);
    } finally {
      await disposeStore(bare);
    }
  });

  test("the backup itself is recorded in the custody log of the store it read", async () => {
    const trail = await source().app.store.custodyFor("store", "all");
    assert.equal(trail.at(-1)?.action, "read");
    assert.equal(trail.at(-1)?.reason, "backup");
  });

  test("restore refuses a store that is not empty, and writes nothing", async () => {
    const before = await rowCount(target, "custody_log");
    await assert.rejects(restoreStore(restoreDeps(target.app), first), /not empty: table \w+ has rows/);
    assert.equal(await rowCount(target, "custody_log"), before);
  });

  test("an archive with an edited row is refused, naming the part, before anything is written", async () => {
    const file = altered(first, "edited-row", (ls) =>
      ls.map((l) => l.replace("Attack on a fictional village", "Skirmish")),
    );
    await assert.rejects(
      restoreStore(restoreDeps(spare.app), file),
      /part table\/events does not match its SHA-256/,
    );
    assert.equal(await rowCount(spare, "events"), 0);
    assert.equal(await rowCount(spare, "sources"), 0);
  });

  test("an archive with an altered original is refused, naming the part", async () => {
    const blob = lines(first).find((l) => l.startsWith('{"blob"') && !l.includes('"data":""')) as string;
    const sha = (JSON.parse(blob) as { blob: string }).blob;
    const file = altered(first, "edited-blob", (ls) =>
      ls.map((l) =>
        l === blob ? JSON.stringify({ blob: sha, data: Buffer.from("forged").toString("base64") }) : l,
      ),
    );
    await assert.rejects(
      restoreStore(restoreDeps(spare.app), file),
      new RegExp(`part blob/${sha} does not match`),
    );
  });

  test("a removed row, an added part, a cut-short file and a damaged gzip are each refused", async () => {
    const claim = lines(first).findIndex((l) => l.startsWith('{"table":"claims"'));
    const removed = altered(first, "removed", (ls) => ls.filter((_, i) => i !== claim));
    await assert.rejects(restoreStore(restoreDeps(spare.app), removed), /part table\/claims/);
    const added = altered(first, "added", (ls) => [
      ...ls.slice(0, -1),
      '{"table":"zzz","row":{}}',
      ...ls.slice(-1),
    ]);
    await assert.rejects(
      restoreStore(restoreDeps(spare.app), added),
      /part table\/zzz is in the archive but not in its manifest/,
    );
    const cut = altered(first, "cut", (ls) => ls.slice(0, -1));
    await assert.rejects(restoreStore(restoreDeps(spare.app), cut), /no manifest/);
    const bytes = readFileSync(first);
    const damaged = join(dir, "damaged");
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 20));
    await assert.rejects(restoreStore(restoreDeps(spare.app), damaged), /damaged/);
    assert.equal(await rowCount(spare, "custody_log"), 0);
  });

  test("a custody chain broken before the backup is refused unless accepted", async () => {
    const row = lines(first).find(
      (l) => l.startsWith('{"table":"custody_log"') && l.includes('"seq": 2,'),
    ) as string;
    const forged = row.replace('"actor": "analyst:test"', '"actor": "mallory"');
    assert.notEqual(forged, row);
    // A consistent forgery: the manifest is rewritten too, so only the chain can tell.
    const { createHash } = await import("node:crypto");
    const file = altered(first, "forged", (ls) => {
      const out = ls.map((l) => (l === row ? forged : l));
      const rowsText = out
        .filter((l) => l.startsWith('{"table":"custody_log"'))
        .map((l) => `${l.slice(l.indexOf('"row":') + 6, -1)}\n`)
        .join("");
      const m = JSON.parse(out.at(-1) as string) as { manifest: Manifest };
      for (const p of m.manifest.parts)
        if (p.part === "table/custody_log") p.sha256 = createHash("sha256").update(rowsText).digest("hex");
      return [...out.slice(0, -1), JSON.stringify(m)];
    });
    await assert.rejects(
      restoreStore(restoreDeps(spare.app), file),
      /custody chain in the archive is broken at entry #2/,
    );
    assert.equal(await rowCount(spare, "custody_log"), 0);
    // Accepted, it restores as it is, and verify keeps reporting the break where it is.
    await restoreStore(restoreDeps(spare.app), file, { acceptBrokenChain: true });
    const report = await verifyStore(verifyDeps(spare.app));
    assert.deepEqual(
      report.custody.breaks.map((b) => `${b.kind}@${b.seq}`),
      ["hash-mismatch@2"],
    );
  });
});
