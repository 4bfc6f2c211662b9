import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { sql } from "kysely";
import type { Manifest } from "../../src/app/backup/archive-format.ts";
import { backupStore } from "../../src/app/backup/backup-store.ts";
import { restoreStore } from "../../src/app/backup/restore-store.ts";
import { verifyStore } from "../../src/app/verify/verify-store.ts";
import { backupDeps, restoreDeps, verifyDeps } from "../../src/cli/store-deps.ts";
import { createHttpApp } from "../../src/http/server.ts";
import { call, type HttpApp } from "../support/http.ts";
import { addSampleEvidence } from "../support/sample-evidence.ts";
import { disposeStore, freshPGlite, freshPostgres, onEachEngine, type TestStore } from "../support/stores.ts";

// A backup taken from the running server (GET /api/v1/backup) while clients keep writing records and
// uploading originals: the archive is one consistent moment (every record in it has its custody entries and
// no custody entry names a record it lacks), it restores into an empty store where `verify` passes with the
// archive's custody head, and a backup of the restored store has the same manifest.
const dir = mkdtempSync(join(tmpdir(), "tocsin-backup-load-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes one group and one document after another until told to stop; returns what was acknowledged. */
function writeUntil(http: HttpApp, sourceId: string, tag: string, stop: () => boolean, onAck: () => void) {
  let acked = 0;
  const run = async () => {
    for (let i = 0; !stop(); i++) {
      const group = await call(http, "POST", "/api/v1/groups", {
        json: {
          name: `Fictional ${tag} group ${i}`,
          kind: "ethnic",
          sensitivity: i % 3 ? "public" : "confidential",
        },
      });
      assert.equal(group.status, 201, JSON.stringify(group.body));
      const form = new FormData();
      form.set("file", new File([`fictional ${tag} report ${i}`], `r${i}.txt`, { type: "text/plain" }));
      form.set("title", `Fictional ${tag} report ${i}`);
      form.set("sourceId", sourceId);
      form.set("collectedAt", "2026-01-02T03:04:05Z");
      const doc = await call(http, "POST", "/api/v1/documents", { body: form });
      assert.equal(doc.status, 201, JSON.stringify(doc.body));
      acked += 2;
      onAck();
    }
    return acked;
  };
  return run();
}

function manifestOf(archive: Buffer): Manifest {
  const lines = gunzipSync(archive).toString("utf8").trimEnd().split("\n");
  const last = JSON.parse(lines.at(-1) as string);
  return (last.manifest ?? last) as Manifest;
}

async function ids(store: TestStore, query: ReturnType<typeof sql>): Promise<Set<string>> {
  const { rows } = await query.execute(store.app.database.db);
  return new Set((rows as { id: string }[]).map((r) => String(r.id)));
}

onEachEngine("a backup while the server writes", (source) => {
  test("is one consistent moment, restores, verifies, and backs up the same again", {
    timeout: 180_000,
  }, async () => {
    const { app, engine } = source();
    await addSampleEvidence(app);
    const http = createHttpApp(app, { clearance: "confidential", publicMode: false });
    const monitor = await call(http, "POST", "/api/v1/sources", {
      json: { kind: "organisation", name: "Fictional Backup Monitor", reliability: "B" },
    });
    const refused = await call(
      createHttpApp(app, { clearance: "internal", publicMode: false }),
      "GET",
      "/api/v1/backup",
    );
    assert.equal(refused.status, 403, "a backup needs confidential clearance");

    let stop = false;
    let backingUp = false;
    let during = 0; // writes acknowledged while the backup was being taken
    const writers = [0, 1].map((w) =>
      writeUntil(
        http,
        monitor.body.id,
        `${engine}-${w}`,
        () => stop,
        () => {
          if (backingUp) during++;
        },
      ),
    );
    await new Promise((r) => setTimeout(r, 300)); // writers under way
    backingUp = true;
    const res = await http.request("/api/v1/backup");
    backingUp = false;
    assert.equal(res.status, 200);
    const archive = Buffer.from(await res.arrayBuffer());
    await new Promise((r) => setTimeout(r, 200)); // and still writing afterwards
    stop = true;
    const written = (await Promise.all(writers)).reduce((a, b) => a + b, 0);
    assert.ok(written > 0, "the writers wrote");
    const manifest = manifestOf(archive);
    assert.equal(res.headers.get("content-length"), String(archive.length));
    assert.match(res.headers.get("x-tocsin-manifest-sha256") ?? "", /^[0-9a-f]{64}$/);

    const file = join(dir, `${engine}.tocsin`);
    writeFileSync(file, archive);
    const target = engine === "pglite" ? await freshPGlite() : await freshPostgres();
    try {
      await restoreStore(restoreDeps(target.app), file);
      const report = await verifyStore(verifyDeps(target.app));
      assert.equal(report.ok, true, JSON.stringify(report));
      assert.deepEqual(
        report.custody.head,
        manifest.custodyHead,
        "the restored chain ends where the archive's did",
      );

      // One moment: the records and the custody log agree both ways.
      for (const kind of ["group", "document"] as const) {
        const table = kind === "group" ? "groups" : "documents";
        const records = await ids(target, sql`SELECT id::text AS id FROM ${sql.table(table)}`);
        const logged = await ids(
          target,
          sql`SELECT target_id AS id FROM custody_log WHERE target_type = ${kind} AND action = 'create'
              EXCEPT SELECT target_id FROM custody_log WHERE target_type = ${kind} AND action = 'delete'`,
        );
        assert.deepEqual(
          [...records].filter((id) => !logged.has(id)),
          [],
          `every ${kind} has its custody entry`,
        );
        assert.deepEqual(
          [...logged].filter((id) => !records.has(id)),
          [],
          `no custody entry without its ${kind}`,
        );
      }
      const docs = await ids(target, sql`SELECT sha256::text AS id FROM documents`);
      for (const sha of docs) assert.ok(await target.app.blobs.get(sha), `original ${sha} restored`);

      const again = await backupStore(backupDeps(target.app, "test"), join(dir, `${engine}-again.tocsin`));
      assert.deepEqual(again.manifest.parts, manifest.parts, "the restored store archives the same");
      const rows = manifest.parts.reduce((n, p) => n + ("rows" in p ? p.rows : 0), 0);
      console.log(
        `backup under load [${engine}]: ${written} writes acknowledged around it (${during} while it ran), archive ${archive.length} bytes, ${rows} rows, restored and verified`,
      );
    } finally {
      await disposeStore(target);
    }
  });
});
