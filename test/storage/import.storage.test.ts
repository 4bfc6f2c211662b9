import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { HeaderError } from "../../src/adapters/importers/header.ts";
import { EVENT_FORMATS } from "../../src/app/import/formats.ts";
import { ImportStoppedError } from "../../src/app/import/import-dataset.service.ts";
import { ChainVerifier } from "../../src/domain/custody/custody-chain.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { sharedData } from "../support/shared-data.ts";
import { onEachEngine } from "../support/stores.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

const caller: Caller = { actor: "importer:test", clearance: "confidential" };
const brd = sharedData("ucdp/ucdp-brd-dyadic-v25.1.csv");
const ged = EVENT_FORMATS["ucdp-ged"];
if (!ged) throw new Error("ucdp-ged format missing");

onEachEngine("dataset imports", (store) => {
  const dir = mkdtempSync(join(tmpdir(), "tocsin-import-"));
  const importer = () => store().app.imports;

  async function chainHolds() {
    const v = new ChainVerifier();
    for (const e of await store().app.store.custodyLog(0, 1_000_000)) v.check(e);
    assert.deepEqual(v.breaks, []);
  }

  test("the real UCDP BRD v25.1 file loads whole, attributed, and a re-import changes nothing", {
    skip: brd.skip,
  }, async () => {
    const first = await importer().importFile({
      format: EVENT_FORMATS["ucdp-brd"] as never,
      file: brd.path,
      caller,
      accessedAt: "2026-11-01",
      datasetVersion: "25.1",
    });
    assert.deepEqual(first.counts, {
      read: 1995,
      loaded: 1995,
      updated: 0,
      rejected: 0,
      duplicates: 0,
      skipped: 0,
    });
    const page = await store().app.store.listEvents({ clearance: "public", limit: 5, act: "battle" });
    assert.equal(page.items.length, 5);
    const { claims } = await store().app.evidence.eventWithClaims(page.items[0]?.id as string, caller);
    assert.equal(claims.length, 1, "each event is attributed to the dataset by a claim");
    assert.match(claims[0]?.statement ?? "", /UCDP Battle-Related Deaths/);
    const logBefore = (await store().app.store.custodyLog(0, 1_000_000)).length;
    const again = await importer().importFile({
      format: EVENT_FORMATS["ucdp-brd"] as never,
      file: brd.path,
      caller,
      accessedAt: "2026-11-01",
      datasetVersion: "25.1",
    });
    assert.deepEqual(again.counts, {
      read: 1995,
      loaded: 0,
      updated: 0,
      rejected: 0,
      duplicates: 1995,
      skipped: 0,
    });
    assert.equal(
      (await store().app.store.custodyLog(0, 1_000_000)).length,
      logBefore,
      "a re-import writes nothing",
    );
    const manifest = await store().app.imports.imports.manifest();
    const entry = manifest.find((m) => m.name.includes("Battle-Related"));
    assert.equal(entry?.licence, "CC BY 4.0");
    assert.equal(entry?.datasetVersion, "25.1");
    assert.equal(entry?.runs.length, 2);
    await chainHolds();
  });

  test("bad rows go to the reject file with line, column and reason; the good rows load", async () => {
    const rows = [
      gedRow(1),
      gedRow(2, { best: "many" }),
      gedRow(3, { type_of_violence: "" }),
      gedRow(4),
      gedRow(5, { country_id: "9999" }),
    ];
    const file = writeGed(join(dir, "bad.csv"), rows);
    const summary = await importer().importFile({ format: ged, file, caller, accessedAt: "2026-11-01" });
    assert.equal(summary.counts.loaded, 2);
    assert.equal(summary.counts.rejected, 3);
    const rejects = parse(readFileSync(summary.rejectFile as string), { columns: true }) as Record<
      string,
      string
    >[];
    assert.deepEqual(
      rejects.map((r) => [r._row, r._column]),
      [
        ["3", "best"],
        ["4", "type_of_violence"],
        ["6", "country_id"],
      ],
    );
    assert.equal(rejects[0]?.id, "900002", "the reject keeps the row as it was");
    await assert.rejects(
      importer().importFile({ format: ged, file, caller, stopOnError: true, accessedAt: "2026-11-01" }),
      (e: unknown) => e instanceof ImportStoppedError && /line 3/.test(e.message),
    );
  });

  test("a newer release revises the events it changes, by the dataset's ids, and says so", async () => {
    const v1 = writeGed(join(dir, "v1.csv"), [gedRow(10), gedRow(11), gedRow(12)]);
    await importer().importFile({
      format: ged,
      file: v1,
      caller,
      accessedAt: "2026-11-01",
      datasetVersion: "1",
    });
    const v2 = writeGed(join(dir, "v2.csv"), [
      gedRow(10),
      gedRow(11, { best: "40", high: "60" }),
      gedRow(12),
      gedRow(13),
    ]);
    const summary = await importer().importFile({
      format: ged,
      file: v2,
      caller,
      accessedAt: "2026-11-02",
      datasetVersion: "2",
    });
    assert.deepEqual([summary.counts.loaded, summary.counts.updated, summary.counts.duplicates], [1, 1, 2]);
    const revised = (
      await store().app.store.listEvents({ clearance: "public", limit: 100, q: "Synthetic" })
    ).items.find((e) => e.externalId?.id === "900011");
    assert.equal(revised?.fatalities.best, 40);
    assert.equal(revised?.version, 2);
    const { claims } = await store().app.evidence.eventWithClaims(revised?.id as string, caller);
    assert.equal(claims.length, 2, "the first release's claim stays; the revision adds its own");
    assert.ok(claims.some((c) => c.statement.startsWith("Revised by a later release")));
    await chainHolds();
  });

  test("each event names its own actors and claim, whether its actors were known or first seen in its batch", async () => {
    // Batches of 3 rows: actors are new in some batches and known from earlier ones in others, and a row is
    // encoded when it is read (known actors) or when its batch has resolved them (new ones).
    const rows = Array.from({ length: 11 }, (_, i) =>
      gedRow(100 + i, {
        type_of_violence: "1",
        side_a: `Synthetic Army ${i % 4}`,
        side_a_new_id: `7${i % 4}`,
        side_b: `Synthetic Militia ${i % 5}`,
        side_b_new_id: `8${i % 5}`,
        date_end: i % 2 === 0 ? "2021-04-30" : (gedRow(100 + i).date_start as string),
      }),
    );
    const file = writeGed(join(dir, "actors.csv"), rows);
    const summary = await importer().importFile({ format: ged, file, caller, batchSize: 3 });
    assert.equal(summary.counts.loaded, 11);
    const events = (await store().app.store.listEvents({ clearance: "public", limit: 100, q: "Synthetic" }))
      .items;
    for (const [i, row] of rows.entries()) {
      const event = events.find((e) => e.externalId?.id === row.id);
      assert.ok(event, `event ${row.id}`);
      const names = await Promise.all(
        event.perpetrators.map(
          async (p) => (await store().app.store.get("actor", p.actorId, "public"))?.name,
        ),
      );
      assert.deepEqual(names, [row.side_a, row.side_b], `actors of ${row.id}`);
      const { claims } = await store().app.evidence.eventWithClaims(event.id, caller);
      assert.equal(claims.length, 1);
      assert.equal(claims[0]?.locator, `line ${i + 2}`);
      assert.match(claims[0]?.statement ?? "", new RegExp(`^UCDP GED event ${row.id}: `));
      assert.deepEqual(claims[0]?.assertion, {
        fatalities: event.fatalities,
        dateStart: event.dateStart,
        ...(event.dateEnd ? { dateEnd: event.dateEnd } : {}),
      });
    }
    assert.equal(events.filter((e) => e.dateEnd === "2021-04-30").length, 6);
    await chainHolds();
  });

  test("imported events are found by full-text search when the import ends; a revision's words replace the old", async () => {
    const headline = (i: number, word: string) => ({
      source_headline: `Villagers from ${word} reported ${i}`,
    });
    const rows = [0, 1, 2, 3, 4].map((k) => gedRow(60 + k, headline(k, k === 3 ? "Quorvath" : "Tarnholt")));
    // Batches of two: three batches, written while the next is read.
    const first = await importer().importFile({
      format: ged,
      file: writeGed(join(dir, "s1.csv"), rows),
      caller,
      batchSize: 2,
    });
    assert.equal(first.counts.loaded, 5);
    const find = async (q: string) =>
      (await store().app.store.listEvents({ clearance: "public", limit: 10, q })).items.map(
        (e) => e.externalId?.id,
      );
    assert.deepEqual(await find("Quorvath"), ["900063"]);
    assert.equal((await find("Tarnholt")).length, 4);
    const revised = rows.map((r, k) => (k === 3 ? { ...r, ...headline(k, "Brenmoor") } : r));
    const second = await importer().importFile({
      format: ged,
      file: writeGed(join(dir, "s2.csv"), revised),
      caller,
      batchSize: 2,
    });
    assert.deepEqual([second.counts.updated, second.counts.duplicates], [1, 4]);
    assert.deepEqual(await find("Brenmoor"), ["900063"]);
    assert.deepEqual(await find("Quorvath"), []);
    await chainHolds();
  });

  test("a file with wrong columns is refused up front, naming them, and nothing is written", async () => {
    const file = join(dir, "renamed.csv");
    const text = readFileSync(writeGed(join(dir, "ok.csv"), [gedRow(20)]), "utf8").replace(
      "type_of_violence",
      "violence_type",
    );
    writeFileSync(file, text);
    const before = (await store().app.store.custodyLog(0, 1_000_000)).length;
    await assert.rejects(
      importer().importFile({ format: ged, file, caller }),
      (e: unknown) =>
        e instanceof HeaderError &&
        /missing columns type_of_violence \(found "violence_type"\)/.test(e.message),
    );
    assert.equal((await store().app.store.custodyLog(0, 1_000_000)).length, before);
  });

  test("a Candidate file without a header row is detected and read", async () => {
    const file = writeGed(join(dir, "candidate.csv"), [gedRow(30), gedRow(31)], { header: false });
    const summary = await importer().importFile({
      format: EVENT_FORMATS["ucdp-candidate"] as never,
      file,
      caller,
      accessedAt: "2026-11-01",
    });
    assert.equal(summary.counts.loaded, 2);
    assert.equal(summary.counts.rejected, 0);
  });

  test("ACLED rows stay internal: the licence forbids re-serving them publicly", async () => {
    const cols = [
      "event_id_cnty",
      "event_date",
      "time_precision",
      "event_type",
      "sub_event_type",
      "actor1",
      "inter1",
      "actor2",
      "inter2",
      "iso",
      "admin1",
      "admin2",
      "location",
      "latitude",
      "longitude",
      "geo_precision",
      "source",
      "notes",
      "fatalities",
    ];
    const line = [
      "SYN9",
      "2024-01-02",
      "1",
      "Violence against civilians",
      "Attack",
      "Synthetic Militia",
      "4",
      "Civilians",
      "7",
      "404",
      "A",
      "",
      "Synthetic",
      "0.1",
      "35",
      "1",
      "Synthetic Daily",
      "note",
      "3",
    ];
    const file = join(dir, "acled.csv");
    writeFileSync(file, `${cols.join(",")}\n${line.join(",")}\n`);
    const s = await importer().importFile({
      format: EVENT_FORMATS.acled as never,
      file,
      caller,
      accessedAt: "2026-11-01",
    });
    assert.equal(s.counts.loaded, 1);
    const publicView = await store().app.store.listEvents({
      clearance: "public",
      limit: 100,
      q: "Synthetic",
    });
    assert.ok(!publicView.items.some((e) => e.externalId?.dataset === "acled"));
    const internalView = await store().app.store.listEvents({ clearance: "internal", limit: 500 });
    assert.ok(internalView.items.some((e) => e.externalId?.dataset === "acled"));
  });
});
