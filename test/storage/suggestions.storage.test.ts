import assert from "node:assert/strict";
import { test } from "node:test";
import type { AppContext } from "../../src/bootstrap.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const REPORT = [
  "[FICTIONAL: invented names]",
  "",
  "1. On 9 March 2026 in Grellin between 100 and 160 villagers were killed by the Fictional Militia, 140 by our count.",
  "2. The Fictional Highlanders say they are vermin and must be exterminated before they kill us first.",
  "3. Soldiers detained dozens of men near the river.",
  "",
].join("\n");

async function seed(app: AppContext, sensitivity: "public" | "confidential" = "public") {
  const source = await app.evidence.create(
    "source",
    { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity },
    analyst,
  );
  await app.evidence.create("actor", { name: "Fictional Militia", kind: "militia", sensitivity }, analyst);
  await app.evidence.create("group", { name: "Fictional Highlanders", kind: "ethnic", sensitivity }, analyst);
  const doc = await app.evidence.addDocument(
    new TextEncoder().encode(REPORT),
    {
      title: "Fictional report",
      sourceId: source.id,
      collectedAt: "2026-04-01T10:00:00Z",
      mediaType: "text/plain",
      sensitivity,
    },
    analyst,
    REPORT,
  );
  return { source, doc };
}

onEachEngine("suggestions store", (store) => {
  test("reading files suggestions once; the queue orders by rank and filters by status and kind", async () => {
    const { app } = store();
    const { doc } = await seed(app);
    const first = await app.reading.readDocument(doc.id, analyst);
    assert.ok(first.added >= 2, JSON.stringify(first));
    const again = await app.reading.readDocument(doc.id, analyst);
    assert.equal(again.added, 0, "reading twice adds nothing");
    assert.equal(again.existing, first.added);
    const screened = await app.reading.screenDocument(doc.id, analyst);
    assert.ok(screened.added >= 1, "the vermin paragraph is a screening finding");
    assert.equal((await app.reading.screenDocument(doc.id, analyst)).added, 0);

    const queue = await app.suggestions.list({ clearance: "confidential", limit: 100, status: "pending" });
    const ranks = queue.items.map((s) => s.score ?? s.confidence);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
      "highest rank first",
    );
    const screening = await app.suggestions.list({
      clearance: "confidential",
      limit: 100,
      kind: "screening",
    });
    assert.ok(screening.items.every((s) => s.kind === "screening" && s.stage !== null));
    const perDoc = await app.suggestions.list({ clearance: "confidential", limit: 2, documentId: doc.id });
    assert.equal(perDoc.items.length, 2);
    assert.ok(perDoc.nextCursor);
    const rest = await app.suggestions.list({
      clearance: "confidential",
      limit: 100,
      documentId: doc.id,
      cursor: perDoc.nextCursor,
    });
    const all = [...perDoc.items, ...rest.items];
    assert.equal(new Set(all.map((s) => s.id)).size, all.length, "no suggestion on two pages");
    assert.deepEqual(
      all.map((s) => s.start),
      [...all.map((s) => s.start)].sort((a, b) => a - b),
    );
  });

  test("accepting creates the event and its claim with custody; a second decision is refused", async () => {
    const { app } = store();
    const { doc, source } = await seed(app);
    await app.reading.readDocument(doc.id, analyst);
    const page = await app.suggestions.list({ clearance: "confidential", limit: 100, documentId: doc.id });
    const grellin = page.items.find((s) => s.kind === "event" && s.passage.includes("Grellin"));
    assert.ok(grellin);
    const result = await app.suggestions.accept(grellin.id, { credibility: 2 }, analyst);
    assert.equal(result.suggestion.status, "accepted");
    assert.equal(result.suggestion.decidedBy, "analyst:test");
    const eventId = result.created.find((c) => c.kind === "event")?.id ?? "";
    const { event, claims } = await app.evidence.eventWithClaims(eventId, analyst);
    assert.equal(event.dateStart, "2026-03-09");
    assert.deepEqual(event.fatalities, { low: 100, best: 140, high: 160 });
    assert.deepEqual(
      event.acts.map((a) => a.type),
      ["killing"],
    );
    assert.equal(event.perpetrators.length, 1);
    assert.equal(claims.length, 1);
    assert.equal(claims[0]?.sourceId, source.id);
    assert.equal(claims[0]?.documentId, doc.id);
    assert.equal(claims[0]?.credibility, 2);
    const trail = await app.store.custodyFor("suggestion", grellin.id);
    assert.deepEqual(
      trail.map((e) => e.action),
      ["accept"],
    );
    await assert.rejects(app.suggestions.accept(grellin.id, {}, analyst), { code: "conflict" });
    await assert.rejects(app.suggestions.reject(grellin.id, { reason: "duplicate" }, analyst), {
      code: "conflict",
    });
  });

  test("an acceptance that fails validation writes nothing; rejecting needs a reason", async () => {
    const { app } = store();
    const { doc } = await seed(app);
    await app.reading.readDocument(doc.id, analyst);
    const page = await app.suggestions.list({ clearance: "confidential", limit: 100, documentId: doc.id });
    const detained = page.items.find((s) => s.kind === "event" && s.passage.includes("detained"));
    assert.ok(detained, "the detention sentence is an event suggestion");
    const eventsBefore = (await app.store.list("event", { clearance: "confidential", limit: 1000 })).items
      .length;
    await assert.rejects(app.suggestions.accept(detained.id, {}, analyst), (e: Error & { code?: string }) => {
      assert.equal(e.code, "invalid-input");
      assert.match(e.message, /dateStart/);
      return true;
    });
    await assert.rejects(
      app.suggestions.accept(detained.id, { edits: { dateStart: "2026-02-30" } }, analyst),
      { code: "invalid-input" },
    );
    const eventsAfter = (await app.store.list("event", { clearance: "confidential", limit: 1000 })).items
      .length;
    assert.equal(eventsAfter, eventsBefore, "nothing half-written");
    assert.equal((await app.suggestions.get(detained.id, analyst)).status, "pending");

    const edited = await app.suggestions.accept(
      detained.id,
      { edits: { dateStart: "2026-03-20", datePrecision: "day", title: "Detentions by the river" } },
      analyst,
    );
    assert.equal(edited.suggestion.status, "edited");
    assert.equal(edited.suggestion.edits?.title, "Detentions by the river");

    const other = page.items.find(
      (s) => s.id !== detained.id && s.status === "pending" && s.kind === "event",
    );
    assert.ok(other);
    await assert.rejects(app.suggestions.reject(other.id, {}, analyst), { code: "invalid-input" });
    const rejected = await app.suggestions.reject(other.id, { reason: "not an event" }, analyst);
    assert.equal(rejected.status, "rejected");
    assert.equal((await app.suggestions.get(other.id, analyst)).reason, "not an event");
  });

  test("suggestions of a confidential document are hidden below that clearance", async () => {
    const { app } = store();
    const { doc } = await seed(app, "confidential");
    await app.reading.readDocument(doc.id, analyst);
    const mine = await app.suggestions.list({ clearance: "confidential", limit: 100, documentId: doc.id });
    assert.ok(mine.items.length > 0);
    assert.ok(mine.items.every((s) => s.sensitivity === "confidential"));
    const internal = await app.suggestions.list({ clearance: "internal", limit: 100, documentId: doc.id });
    assert.equal(internal.items.length, 0);
    const low: Caller = { actor: "analyst:low", clearance: "internal" };
    await assert.rejects(app.suggestions.accept(mine.items[0]?.id ?? "", {}, low), { code: "not-found" });
  });
});
