import assert from "node:assert/strict";
import { test } from "node:test";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";
import { ADMIN, accountCallers } from "./account-callers.ts";

const REPORT = [
  "[FICTIONAL: invented names]",
  "",
  "1. On 9 March 2026 in Grellin between 100 and 160 villagers were killed by the Fictional Militia.",
  "2. Soldiers detained dozens of men near the river.",
  "",
].join("\n");

/**
 * A suggestion read from a restricted document is decided only by a caller who may read the document: the
 * others get 404 on accept and on reject (as on reading it), even once it is decided (no 409 naming who
 * decided it), and nothing is written.
 */
onEachEngine("suggestions of a restricted document", (store) => {
  const callers: Record<string, Caller> = {};
  const ids: Record<string, string> = {};

  test("accept and reject: 404 without a grant on the document, allowed with one", async () => {
    const { app } = store();
    Object.assign(
      callers,
      await accountCallers(store(), [
        ["ana", "analyst"],
        ["cy", "analyst"],
      ]),
    );
    const source = await app.evidence.create(
      "source",
      { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    const doc = await app.evidence.addDocument(
      new TextEncoder().encode(REPORT),
      {
        title: "Fictional report",
        sourceId: source.id,
        collectedAt: "2026-04-01T10:00:00Z",
        mediaType: "text/plain",
        sensitivity: "public",
      },
      ADMIN,
      REPORT,
    );
    ids.doc = doc.id;
    await app.reading.readDocument(doc.id, ADMIN);
    const queue = await app.suggestions.list({ clearance: "confidential", limit: 10, status: "pending" });
    assert.ok(queue.items.length >= 2, "two suggestions to decide");
    const [first, second] = queue.items.map((s) => ({ id: s.id })) as [{ id: string }, { id: string }];
    await app.access.grant(doc.id, { kind: "user", name: "ana" }, "write", ADMIN);
    const cy = callers.cy as Caller;
    const ana = callers.ana as Caller;
    await assert.rejects(app.suggestions.get(first.id, cy), { code: "not-found" });
    await assert.rejects(app.suggestions.reject(first.id, { reason: "not relevant" }, cy), {
      code: "not-found",
    });
    await assert.rejects(app.suggestions.accept(first.id, {}, cy), { code: "not-found" });
    assert.equal((await app.suggestions.get(first.id, ana)).status, "pending", "nothing was decided");
    const rejected = await app.suggestions.reject(first.id, { reason: "not relevant" }, ana);
    assert.equal(rejected.status, "rejected");
    const dated = { edits: { dateStart: "2026-03-09", datePrecision: "day" } };
    const accepted = await app.suggestions.accept(second.id, dated, ana);
    assert.ok(accepted.created.length >= 1);
    // Decided now: still 404 for cy, not a conflict naming ana.
    await assert.rejects(app.suggestions.reject(first.id, { reason: "again" }, cy), { code: "not-found" });
    await assert.rejects(app.suggestions.accept(second.id, {}, cy), { code: "not-found" });
  });
});

/**
 * Reading a document learns names from the store (situations' regions, events' places); a restricted
 * situation or event teaches it nothing, since the suggestions are shown to whoever may read the document.
 */
onEachEngine("what reading learns from restricted records", (store) => {
  test("no restricted situation or event place reaches a suggestion; open ones do", async () => {
    const { app } = store();
    const situation = (name: string, region: string) =>
      app.evidence.create("situation", { name, country: "ATA", region, sensitivity: "public" }, ADMIN);
    const hidden = await situation("Fictional hidden province", "Ostvar Province");
    const open = await situation("Fictional open province", "Teskal Province");
    // A grant restricts a record: from then on only its grantees read it.
    await accountCallers(store(), [["ana", "analyst"]]);
    await app.access.grant(hidden.id, { kind: "user", name: "ana" }, "read", ADMIN);
    const event = (place: string, latitude: number) =>
      app.evidence.create(
        "event",
        {
          title: `Fictional raid near ${place}`,
          dateStart: "2025-04-02",
          datePrecision: "day",
          place: { country: "ATA", name: place, latitude, longitude: 1.5, precision: "exact" },
          acts: [{ type: "massacre" }],
          sensitivity: "public",
        },
        ADMIN,
      );
    const restrictedEvent = await event("Quellbrook", 12.345);
    await event("Marrowdene", 11.111);
    await app.access.grant(restrictedEvent.id, { kind: "user", name: "ana" }, "read", ADMIN);
    const text = [
      "[FICTIONAL: invented names]",
      "",
      "1. On 9 March 2026 in Ostvar 40 villagers were killed by the Fictional Militia.",
      "2. On 10 March 2026 in Teskal 30 villagers were killed by the Fictional Militia.",
      "3. On 11 March 2026 in Quellbrook 20 villagers were killed by the Fictional Militia.",
      "4. On 12 March 2026 in Marrowdene 10 villagers were killed by the Fictional Militia.",
      "",
    ].join("\n");
    const source = await app.evidence.create(
      "source",
      { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    const doc = await app.evidence.addDocument(
      new TextEncoder().encode(text),
      {
        title: "Fictional report naming places",
        sourceId: source.id,
        collectedAt: "2026-04-01T10:00:00Z",
        mediaType: "text/plain",
        sensitivity: "public",
      },
      ADMIN,
      text,
    );
    await app.reading.readDocument(doc.id, ADMIN);
    const suggested = JSON.stringify(
      (await app.suggestions.list({ clearance: "confidential", limit: 50, status: "pending" })).items,
    );
    assert.ok(suggested.includes(open.id), "an open situation's region is recognised");
    assert.ok(suggested.includes("11.111"), "an open event's place comes with its stored coordinate");
    assert.ok(!suggested.includes(hidden.id), "a restricted situation is not named");
    assert.ok(!suggested.includes("12.345"), "a restricted event's place teaches nothing");
  });
});
