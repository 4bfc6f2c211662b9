import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { idsDigest } from "../../src/domain/custody/batch-digest.ts";
import { ChainVerifier } from "../../src/domain/custody/custody-chain.ts";
import { ValidationError } from "../../src/domain/errors.ts";
import { EventInput } from "../../src/domain/evidence/entities.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";

const importer: Caller = { actor: "importer:test", clearance: "confidential" };

function event(dataset: string | null, id: string, extra: Record<string, unknown> = {}): EventInput {
  return EventInput.parse({
    title: `Event ${id}`,
    dateStart: "2024-05-01",
    place: { country: "ATA", precision: "country" },
    externalId: dataset ? { dataset, id } : null,
    sensitivity: "public",
    ...extra,
  });
}

onEachEngine("bulk event writes", (store) => {
  const app = () => store().app;
  const bulk = () => store().app.bulkEvents;
  const count = async (dataset: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM events WHERE external_dataset = ${dataset}`.execute(
          app().database.db,
        )
      ).rows[0]?.n,
    );
  const custodyAfter = async (seq: number) =>
    (await app().store.custodyLog(seq, 1000)).filter((e) => e.seq > seq);
  const lastSeq = async () => (await app().store.custodyLog(0, 100_000)).at(-1)?.seq ?? 0;

  test("tricky values come back exactly as they went in", async () => {
    const group = await app().evidence.create(
      "group",
      { name: 'The "Fictional", {Valley} people', kind: "ethnic", sensitivity: "public" },
      importer,
    );
    const actor = await app().evidence.create(
      "actor",
      { name: "Fictional militia", kind: "militia", sensitivity: "public" },
      importer,
    );
    const tricky = [
      event("tricky", "1", {
        title: 'Quote " and ""double"", comma, semicolon; tab\tend',
        description: 'line one\nline two\r\nline three\rend, with "quotes" and \\backslashes\\',
        place: {
          country: "ATA",
          admin1: "",
          admin2: null,
          name: "NULL",
          latitude: -12.345678901234567,
          longitude: 179.99999999999997,
          precision: "exact",
        },
        acts: [
          { type: "massacre", description: 'said "{a,b}" \\ NULL , ok' },
          { type: "x-forced-labour", description: null },
        ],
        perpetrators: [{ actorId: actor.id, involvement: "alleged" }],
        targetedGroupIds: [group.id],
        fatalities: { low: 0, best: 0, high: 2_000_000_000 },
        dateEnd: "2024-05-03",
        datePrecision: "unknown-day",
      }),
      event("tricky", "2", {
        title: "Unicode: ä ß 日本語 العربية עברית 🚨 e\u0301 \u200b",
        description: "",
        place: { country: null, admin1: "\\.", admin2: '"', name: ",", latitude: 0, longitude: -0.5 },
        fatalities: { low: null, best: 7, high: null },
      }),
      event("tricky", "3", { title: "\\.", description: null }),
      event(null, "no-external-id", { title: "{}", description: "{NULL}", sensitivity: "confidential" }),
    ];
    const report = await bulk().writeBatch(tricky, { caller: importer, dataset: "tricky" });
    assert.equal(report.inserted, 4);
    const rows = await sql<{ id: string }>`SELECT id FROM events WHERE id BETWEEN ${report.firstId}::uuid
      AND ${report.lastId}::uuid ORDER BY id`.execute(app().database.db);
    assert.equal(rows.rows.length, 4);
    for (const [i, row] of rows.rows.entries()) {
      const stored = await app().store.get("event", row.id, "confidential");
      assert.ok(stored);
      const { id, version, createdAt, updatedAt, contested, ...input } = stored;
      assert.deepEqual(input, tricky[i], `row ${i + 1}`);
      assert.equal(version, 1);
      assert.equal(contested, false);
    }
  });

  test("one custody entry per batch, recording count, first and last id and the digest of the ids", async () => {
    const stats = async () =>
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'events'`.execute(
          app().database.db,
        )
      ).rows[0]?.n;
    assert.equal(await stats(), 0, "no planner statistics before");
    const before = await lastSeq();
    const batches = [0, 1, 2].map((b) =>
      Array.from({ length: 5 + b }, (_, i) => event("chain", `${b}-${i}`)),
    );
    const reports: { firstId: string | null; lastId: string | null; custodySeq: number | null }[] = [];
    const total = await bulk().writeAll(
      batches,
      { caller: importer, dataset: "chain", reason: "test" },
      (r) => reports.push(r),
    );
    assert.deepEqual(total, { rows: 18, inserted: 18, updated: 0, skipped: 0, batches: 3 });
    assert.ok(
      Number(await stats()) > 0,
      "writeAll refreshes the planner's statistics (PGlite has no autovacuum)",
    );
    const entries = await custodyAfter(before);
    assert.equal(entries.length, 3);
    for (const [b, entry] of entries.entries()) {
      const ids = (
        await sql<{
          id: string;
        }>`SELECT id FROM events WHERE id BETWEEN ${entry.details.firstId as string}::uuid
          AND ${entry.details.lastId as string}::uuid ORDER BY id`.execute(app().database.db)
      ).rows.map((r) => r.id);
      assert.equal(entry.action, "import");
      assert.equal(entry.actor, importer.actor);
      assert.equal(entry.reason, "test");
      assert.equal(entry.seq, reports[b]?.custodySeq);
      assert.deepEqual(entry.details, {
        dataset: "chain",
        count: 5 + b,
        firstId: reports[b]?.firstId,
        lastId: reports[b]?.lastId,
        idsSha256: idsDigest(ids),
        updated: 0,
        skipped: 0,
      });
      assert.equal(ids.length, 5 + b);
    }
    const verifier = new ChainVerifier();
    for (const e of await app().store.custodyLog(0, 100_000)) verifier.check(e);
    assert.deepEqual(verifier.breaks, []);
  });

  test("an external id is never loaded twice: repeats are skipped, revisions update under 'update'", async () => {
    const first = await bulk().writeBatch([event("dup", "a"), event("dup", "b"), event("dup", "a")], {
      caller: importer,
      dataset: "dup",
    });
    assert.deepEqual([first.inserted, first.skipped], [2, 1]);
    const before = await lastSeq();
    const again = await bulk().writeBatch([event("dup", "a"), event("dup", "b")], {
      caller: importer,
      dataset: "dup",
    });
    assert.deepEqual([again.inserted, again.updated, again.skipped, again.custodySeq], [0, 0, 2, null]);
    assert.equal(await lastSeq(), before, "a batch that changes nothing adds no custody entry");
    assert.equal(await count("dup"), 2);

    const stored = await app()
      .database.db.selectFrom("events")
      .select("id")
      .where("external_dataset", "=", "dup")
      .where("external_id", "=", "b")
      .executeTakeFirstOrThrow();
    await app()
      .database.db.updateTable("events")
      .set({ sensitivity: "confidential" })
      .where("id", "=", stored.id)
      .execute();
    const revised = await bulk().writeBatch(
      [event("dup", "a"), event("dup", "b", { title: "Revised b" }), event("dup", "c")],
      { caller: importer, dataset: "dup", onDuplicate: "update" },
    );
    assert.deepEqual([revised.inserted, revised.updated, revised.skipped], [1, 1, 1]);
    const after = await app().store.get("event", stored.id, "confidential");
    assert.equal(after?.title, "Revised b");
    assert.equal(after?.version, 2);
    assert.equal(after?.sensitivity, "confidential", "a revision keeps the analysts' sensitivity");
    const [entry] = await custodyAfter(before);
    assert.equal(entry?.details.updated, 1);
    assert.equal(entry?.details.updatedIdsSha256, idsDigest([stored.id]));
    assert.equal(await count("dup"), 3);

    // External ids are looked up as array parameters: awkward characters must match exactly.
    const odd = ['q"u,o{t}e\\', "NULL", " spaced ", "日本"];
    const once = await bulk().writeBatch(
      odd.map((id) => event("dup odd", id)),
      { caller: importer, dataset: "dup odd" },
    );
    const twice = await bulk().writeBatch(
      [...odd, "new"].map((id) => event("dup odd", id)),
      { caller: importer, dataset: "dup odd" },
    );
    assert.deepEqual([once.inserted, twice.inserted, twice.skipped], [4, 1, 4]);
  });

  test("a failing batch writes nothing, and says which row and column failed", async () => {
    await bulk().writeBatch([event("fail", "ok")], { caller: importer, dataset: "fail" });
    const before = await lastSeq();
    const attempt = (rows: EventInput[]) => bulk().writeBatch(rows, { caller: importer, dataset: "fail" });
    const good = [event("fail", "1"), event("fail", "2")];

    // A constraint of the events table (here low > best, which validation would have caught earlier).
    const badToll = { ...event("fail", "3"), fatalities: { low: 9, best: 1, high: 10 } };
    await assert.rejects(attempt([...good, badToll]), (e: unknown) => e instanceof ValidationError);
    // A value COPY refuses: the error names the batch row, its external id and the column.
    const badCountry = { ...event("fail", "4"), place: { ...event("fail", "4").place, country: "ATAX" } };
    await assert.rejects(attempt([...good, badCountry]), (e: unknown) => {
      assert.ok(e instanceof ValidationError);
      assert.match(e.message, /batch row 3 \(fail 4\), column country/);
      return true;
    });
    // Text PostgreSQL cannot hold is refused before anything is sent.
    await assert.rejects(
      attempt([...good, event("fail", "5", { title: "nul \u0000 byte" })]),
      (e: unknown) => {
        assert.ok(e instanceof ValidationError);
        assert.match(e.message, /batch row 3 \(fail 5\), column title: holds a NUL/);
        return true;
      },
    );
    // Inside JSON the same character is caught by the database, and still named.
    const nulAct = event("fail", "5b", { acts: [{ type: "killing", description: "nul \u0000" }] });
    await assert.rejects(attempt([...good, nulAct]), /batch row 3 \(fail 5b\), column acts/);
    const ghost = "00000000-0000-4000-8000-000000000000";
    await assert.rejects(
      attempt([...good, event("fail", "6", { perpetrators: [{ actorId: ghost, involvement: "direct" }] })]),
      /batch row 3, perpetrators: no actor with id/,
    );
    await assert.rejects(
      bulk().writeBatch([...good, event("fail", "7", { sensitivity: "internal" })], {
        caller: { actor: "x", clearance: "public" },
        dataset: "fail",
      }),
      /batch row 3: sensitivity "internal" is above your clearance "public"/,
    );
    assert.equal(await count("fail"), 1);
    assert.equal(await lastSeq(), before);
    // The connection is usable after the failures, and the same rows then load.
    assert.equal((await attempt(good)).inserted, 2);
    assert.equal(await count("fail"), 3);
  });
});
