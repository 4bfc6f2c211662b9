import assert from "node:assert/strict";
import { chmod, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { type Kysely, sql, type Transaction } from "kysely";
import { addSampleEvidence, type SampleEvidence } from "../../../test/support/sample-evidence.ts";
import { onEachEngine } from "../../../test/support/stores.ts";
import type { DB } from "../../adapters/db/schema.ts";
import type { AppContext } from "../../bootstrap.ts";
import { EventInput } from "../../domain/evidence/entities.ts";
import { documentHashes, eventIds } from "./document-hashes.ts";
import { verifyStore } from "./verify-store.ts";

function verify(app: AppContext) {
  return verifyStore(
    {
      store: app.store,
      blobs: app.blobs,
      documents: documentHashes(app.database.db),
      events: eventIds(app.database.db),
    },
    { pageSize: 4 }, // small pages, so that paging itself is exercised
  );
}

/** Changes the custody log the way a superuser could: with the append-only trigger switched off. */
async function asSuperuser(db: Kysely<DB>, fn: (tx: Transaction<DB>) => Promise<void>) {
  await db.transaction().execute(async (tx) => {
    await sql`ALTER TABLE custody_log DISABLE TRIGGER USER`.execute(tx);
    await fn(tx);
    await sql`ALTER TABLE custody_log ENABLE TRIGGER USER`.execute(tx);
  });
}

function blobPath(app: AppContext, sha256: string) {
  return join(app.blobs.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

const kinds = (r: Awaited<ReturnType<typeof verify>>) => [
  ...r.custody.breaks.map((b) => `${b.kind}@${b.seq}`),
  ...r.documents.breaks.map((b) => `${b.kind}@${b.documentId}`),
  ...r.batches.breaks.map((b) => `${b.kind}@${b.seq}`),
];

onEachEngine("tocsin verify", (store) => {
  let sample: SampleEvidence;
  const app = () => store().app;
  const db = () => store().app.database.db;

  test("an intact store verifies: every custody entry and every original", async () => {
    sample = await addSampleEvidence(app());
    const report = await verify(app());
    assert.deepEqual(kinds(report), []);
    assert.equal(report.ok, true);
    assert.equal(report.documents.checked, 3);
    assert.ok(report.custody.entries >= 15, `entries: ${report.custody.entries}`);
    assert.equal(report.custody.head?.seq, report.custody.entries);
  });

  test("a flipped byte in a stored original is reported with its document id", async () => {
    const id = sample.documentIds[0] as string;
    const doc = await app().evidence.get("document", id, { actor: "t", clearance: "confidential" });
    const path = blobPath(app(), doc.sha256);
    const original = await readFile(path);
    await chmod(path, 0o644);
    const flipped = Buffer.from(original);
    flipped[3] = (flipped[3] as number) ^ 0x01;
    await writeFile(path, flipped);
    try {
      const report = await verify(app());
      assert.equal(report.ok, false);
      assert.deepEqual(kinds(report), [`hash-mismatch@${id}`]);
      const [b] = report.documents.breaks;
      assert.equal(b?.kind === "hash-mismatch" && b.sha256, doc.sha256);
    } finally {
      await writeFile(path, original);
      await chmod(path, 0o444);
    }
    assert.equal((await verify(app())).ok, true);
  });

  test("a missing original is reported", async () => {
    const id = sample.documentIds[1] as string;
    const doc = await app().evidence.get("document", id, { actor: "t", clearance: "confidential" });
    const path = blobPath(app(), doc.sha256);
    await rename(path, `${path}.away`);
    try {
      assert.deepEqual(kinds(await verify(app())), [`missing-original@${id}`]);
    } finally {
      await rename(`${path}.away`, path);
    }
  });

  test("a document re-pointed at other bytes differs from its custody entry", async () => {
    const [a, b] = sample.documentIds as [string, string];
    const { sha256: shaA } = await db()
      .selectFrom("documents")
      .select("sha256")
      .where("id", "=", a)
      .executeTakeFirstOrThrow();
    const { sha256: shaB } = await db()
      .selectFrom("documents")
      .select("sha256")
      .where("id", "=", b)
      .executeTakeFirstOrThrow();
    await db().updateTable("documents").set({ sha256: shaB }).where("id", "=", a).execute();
    try {
      assert.deepEqual(kinds(await verify(app())), [`differs-from-custody@${a}`]);
    } finally {
      await db().updateTable("documents").set({ sha256: shaA }).where("id", "=", a).execute();
    }
  });

  test("the append-only trigger refuses edits from the application", async () => {
    await assert.rejects(sql`UPDATE custody_log SET actor = 'x' WHERE seq = 1`.execute(db()), /append-only/);
  });

  test("an edited custody row is reported at its seq", async () => {
    await asSuperuser(db(), (tx) =>
      sql`UPDATE custody_log SET actor = 'mallory' WHERE seq = 3`.execute(tx).then(() => {}),
    );
    try {
      const report = await verify(app());
      assert.equal(report.ok, false);
      assert.deepEqual(kinds(report), ["hash-mismatch@3"]);
    } finally {
      await asSuperuser(db(), (tx) =>
        sql`UPDATE custody_log SET actor = 'analyst:test' WHERE seq = 3`.execute(tx).then(() => {}),
      );
    }
    assert.equal((await verify(app())).ok, true, "repaired");
  });

  test("a deleted custody row is reported where the chain breaks", async () => {
    const row = await db()
      .selectFrom("custody_log")
      .selectAll()
      .where("seq", "=", 5 as never)
      .executeTakeFirstOrThrow();
    await asSuperuser(db(), (tx) => sql`DELETE FROM custody_log WHERE seq = 5`.execute(tx).then(() => {}));
    try {
      assert.deepEqual(kinds(await verify(app())), ["gap@6", "broken-link@6"]);
    } finally {
      await asSuperuser(db(), (tx) =>
        sql`INSERT INTO custody_log SELECT * FROM jsonb_populate_record(NULL::custody_log, ${JSON.stringify(row)}::jsonb)`
          .execute(tx)
          .then(() => {}),
      );
    }
    assert.equal((await verify(app())).ok, true, "repaired");
  });

  test("two swapped custody rows are reported at both positions", async () => {
    // seq is the primary key: move entry 7 aside, put 8 in its place, then 7 in 8's.
    const swap = async (tx: Transaction<DB>) => {
      await sql`UPDATE custody_log SET seq = -1 WHERE seq = 7`.execute(tx);
      await sql`UPDATE custody_log SET seq = 7 WHERE seq = 8`.execute(tx);
      await sql`UPDATE custody_log SET seq = 8 WHERE seq = -1`.execute(tx);
    };
    await asSuperuser(db(), swap);
    try {
      const report = await verify(app());
      assert.equal(report.ok, false);
      const at = new Set(report.custody.breaks.map((b) => b.seq));
      assert.ok(at.has(7) && at.has(8), kinds(report).join(", "));
    } finally {
      await asSuperuser(db(), swap);
    }
    assert.equal((await verify(app())).ok, true, "swapped back");
  });

  test("a bulk batch is recomputed from the ids in its range: a row dropped or added unlogged is caught", async () => {
    const importer = { actor: "importer:test", clearance: "confidential" as const };
    const rows = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) =>
        EventInput.parse({
          title: `Bulk ${from + i}`,
          dateStart: "2024-05-01",
          place: { country: "ATA", precision: "country" },
          externalId: { dataset: "verify-test", id: String(from + i) },
          sensitivity: "public",
        }),
      );
    const a = await app().bulkEvents.writeBatch(rows(9, 0), { caller: importer, dataset: "verify-test" });
    const b = await app().bulkEvents.writeBatch(rows(5, 100), { caller: importer, dataset: "verify-test" });
    let report = await verify(app());
    assert.deepEqual(kinds(report), []);
    assert.equal(report.batches.checked, 2);

    // A delete through the use case is logged: the batch still verifies.
    const ids = (
      await db()
        .selectFrom("events")
        .select("id")
        .where("external_dataset", "=", "verify-test")
        .orderBy("id")
        .execute()
    ).map((r) => r.id);
    await app().evidence.remove("event", ids[3] as string, importer, "duplicate");
    assert.deepEqual(kinds(await verify(app())), []);

    // An unlogged delete, and an unlogged row slipped into a range, are not.
    const row = await db()
      .selectFrom("events")
      .selectAll()
      .where("id", "=", ids[5] as string)
      .executeTakeFirstOrThrow();
    await db()
      .deleteFrom("events")
      .where("id", "=", ids[5] as string)
      .execute();
    report = await verify(app());
    assert.deepEqual(kinds(report), [`batch-mismatch@${a.custodySeq}`]);
    const [found] = report.batches.breaks;
    assert.deepEqual([found?.recordedCount, found?.foundCount], [9, 8]);
    // Put it back as it was (every column but the generated one).
    const cols = Object.keys(row).filter((k) => k !== "search");
    await sql`INSERT INTO events (${sql.raw(cols.join(", "))})
      SELECT ${sql.raw(cols.join(", "))} FROM jsonb_populate_record(NULL::events, ${JSON.stringify(row)}::jsonb)`.execute(
      db(),
    );
    assert.deepEqual(kinds(await verify(app())), [], "put back");
    // An id just after the second batch's first (UUIDv7: the same time and counter, a larger random tail).
    const planted = `${(b.firstId as string).slice(0, -12)}ffffffffffff`;
    await sql`INSERT INTO events (id, title, date_start, date_precision, location_precision, sensitivity)
      VALUES (${planted}::uuid, 'planted', '2024-01-01', 'day', 'country', 'public')`.execute(db());
    assert.deepEqual(kinds(await verify(app())), [`batch-mismatch@${b.custodySeq}`]);
    await db().deleteFrom("events").where("id", "=", planted).execute();
  });
});
