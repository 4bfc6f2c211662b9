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
