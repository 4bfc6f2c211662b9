import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { sql } from "kysely";
import { EVENT_FORMATS } from "../../src/app/import/formats.ts";
import { ChainVerifier } from "../../src/domain/custody/custody-chain.ts";
import { EventInput } from "../../src/domain/evidence/entities.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

// The bulk writer COPYs rows whose external id is not stored straight into `events`, so a repeated
// external id must be caught before COPY (inside a batch) or found stored (across batches): never two
// events for one id, never a row dropped without being counted.

const importer: Caller = { actor: "importer:test", clearance: "confidential" };

function event(dataset: string, id: string, title = `Event ${id}`): EventInput {
  return EventInput.parse({
    title,
    dateStart: "2024-05-01",
    place: { country: "ATA", precision: "country" },
    externalId: { dataset, id },
    sensitivity: "public",
  });
}

onEachEngine("repeated external ids in bulk loads", (store) => {
  const app = () => store().app;
  const bulk = () => store().app.bulkEvents;
  const titles = async (dataset: string) =>
    (
      await sql<{ external_id: string; title: string; version: number }>`
        SELECT external_id, title, version FROM events WHERE external_dataset = ${dataset}
        ORDER BY external_id`.execute(app().database.db)
    ).rows.map((r) => `${r.external_id}:${r.title}:v${r.version}`);

  test("inside one batch: stored once, the repeat counted as skipped (first kept, or last under 'update')", async () => {
    const skip = await bulk().writeBatch(
      [event("in-batch", "x", "first x"), event("in-batch", "y"), event("in-batch", "x", "second x")],
      { caller: importer, dataset: "in-batch" },
    );
    assert.deepEqual([skip.rows, skip.inserted, skip.updated, skip.skipped], [3, 2, 0, 1]);
    assert.deepEqual(await titles("in-batch"), ["x:first x:v1", "y:Event y:v1"]);

    const update = await bulk().writeBatch(
      [event("in-batch", "z", "first z"), event("in-batch", "z", "last z")],
      { caller: importer, dataset: "in-batch", onDuplicate: "update" },
    );
    assert.deepEqual([update.inserted, update.updated, update.skipped], [1, 0, 1]);

    // A repeat of an id that is stored already: one revision (ON CONFLICT cannot touch a row twice).
    const stored = await bulk().writeBatch(
      [event("in-batch", "x", "x again"), event("in-batch", "x", "x at last"), event("in-batch", "w")],
      { caller: importer, dataset: "in-batch", onDuplicate: "update" },
    );
    assert.deepEqual([stored.inserted, stored.updated, stored.skipped], [1, 1, 1]);
    assert.deepEqual(await titles("in-batch"), [
      "w:Event w:v1",
      "x:x at last:v2",
      "y:Event y:v1",
      "z:last z:v1",
    ]);
  });

  test("across batches: the stored event is skipped or revised, never copied again", async () => {
    const batches = [
      [event("across", "a"), event("across", "b")],
      [event("across", "b"), event("across", "c")],
      [event("across", "c", "c revised"), event("across", "a")],
    ];
    const total = await bulk().writeAll(batches, {
      caller: importer,
      dataset: "across",
      onDuplicate: "update",
    });
    assert.deepEqual(total, { rows: 6, inserted: 3, updated: 1, skipped: 2, batches: 3 });
    assert.deepEqual(await titles("across"), ["a:Event a:v1", "b:Event b:v1", "c:c revised:v2"]);
  });

  test("the writer itself refuses a batch that repeats an id (its contract), and writes nothing", async () => {
    const rows = [event("raw", "r"), event("raw", "r")].map((input, i) => ({
      id: crypto.randomUUID(),
      input,
      row: i + 1,
    }));
    await assert.rejects(app().bulkEvents.writer.batch((b) => b.load(rows, "skip")));
    assert.deepEqual(await titles("raw"), []);
  });

  test("two batches of one dataset at once, sharing new ids: each id once", async () => {
    const ids = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => event("race", String(from + k)));
    const [one, two] = await Promise.all([
      bulk().writeBatch(ids(0, 300), { caller: importer, dataset: "race" }),
      bulk().writeBatch(ids(200, 500), { caller: importer, dataset: "race" }),
    ]);
    assert.equal((one?.inserted ?? 0) + (two?.inserted ?? 0), 500);
    assert.equal((one?.skipped ?? 0) + (two?.skipped ?? 0), 100);
    assert.equal((await titles("race")).length, 500);
  });

  test("an import whose file repeats ids inside and across batches: each id once, every row accounted for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tocsin-dup-"));
    // Batches of 3: lines 2-4, 5-7, 8-10. 900001 repeats inside the first batch (same values), 900002
    // across batches with other values (a revision), 900003 across batches unchanged.
    const file = writeGed(join(dir, "repeats.csv"), [
      gedRow(1),
      gedRow(2),
      gedRow(1),
      gedRow(3),
      gedRow(2, { best: "44", high: "60" }),
      gedRow(4),
      gedRow(3),
      gedRow(5),
      gedRow(6),
    ]);
    const format = EVENT_FORMATS["ucdp-ged"];
    assert.ok(format);
    const summary = await app().imports.importFile({
      format,
      file,
      caller: importer,
      batchSize: 3,
      accessedAt: "2026-11-01",
    });
    const c = summary.counts;
    assert.deepEqual([c.read, c.loaded, c.updated, c.duplicates, c.rejected], [9, 6, 1, 2, 0]);
    assert.equal(c.read, c.loaded + c.updated + c.duplicates + c.rejected + c.skipped);
    const rows = (
      await sql<{ external_id: string; best: number; version: number; claims: number }>`
        SELECT e.external_id, e.fatalities_best AS best, e.version,
               (SELECT count(*)::int FROM claims c WHERE c.event_id = e.id) AS claims
        FROM events e WHERE e.external_dataset = 'ucdp-ged' ORDER BY e.external_id`.execute(app().database.db)
    ).rows;
    assert.deepEqual(
      rows.map((r) => r.external_id),
      ["900001", "900002", "900003", "900004", "900005", "900006"],
    );
    const revised = rows.find((r) => r.external_id === "900002");
    assert.deepEqual([revised?.best, revised?.version, revised?.claims], [44, 2, 2]);
    assert.ok(rows.every((r) => r.external_id === "900002" || r.claims === 1));
    const verifier = new ChainVerifier();
    for (const e of await app().store.custodyLog(0, 1_000_000)) verifier.check(e);
    assert.deepEqual(verifier.breaks, []);
  });
});
