import assert from "node:assert/strict";
import { test } from "node:test";
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from "../../src/domain/errors.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const publicReader: Caller = { actor: "public", clearance: "public" };
const staff: Caller = { actor: "staff", clearance: "internal" };

onEachEngine("evidence store", (store) => {
  const svc = () => store().app.evidence;

  async function basics() {
    const source = await svc().create(
      "source",
      {
        kind: "organisation",
        name: "Fictional Monitor",
        reliability: "B",
        contact: "secret line",
        sensitivity: "public",
      },
      analyst,
    );
    const other = await svc().create(
      "source",
      { kind: "publication", name: "Fictional Gazette", reliability: "D", sensitivity: "public" },
      analyst,
    );
    const group = await svc().create(
      "group",
      { name: "Fictional Highlanders", kind: "ethnic", aliases: ["Highlanders"], sensitivity: "public" },
      analyst,
    );
    const actor = await svc().create(
      "actor",
      { name: "Fictional Militia", kind: "militia", sensitivity: "public" },
      analyst,
    );
    const situation = await svc().create(
      "situation",
      {
        name: "Fictional North",
        country: "ATA",
        targetedGroupIds: [group.id],
        perpetratorIds: [actor.id],
        sensitivity: "public",
      },
      analyst,
    );
    const event = await svc().create(
      "event",
      {
        title: "Attack on a fictional village",
        description: "Houses burned in the night",
        dateStart: "2025-03-04",
        datePrecision: "day",
        place: { country: "ATA", name: "Example Village", precision: "near" },
        acts: [{ type: "massacre" }, { type: "destruction-of-homes" }],
        perpetrators: [{ actorId: actor.id, involvement: "direct" }],
        targetedGroupIds: [group.id],
        situationIds: [situation.id],
        fatalities: { low: 10, best: 12, high: 20 },
        sensitivity: "public",
      },
      analyst,
    );
    return { source, other, group, actor, situation, event };
  }

  test("creates an event with its acts, perpetrators and tolls, and reads it back whole", async () => {
    const { event, actor, group } = await basics();
    const read = await svc().get("event", event.id, analyst);
    assert.equal(read.title, "Attack on a fictional village");
    assert.deepEqual(read.fatalities, { low: 10, best: 12, high: 20 });
    assert.deepEqual(
      read.acts.map((a) => a.type),
      ["massacre", "destruction-of-homes"],
    );
    assert.deepEqual(read.perpetrators, [{ actorId: actor.id, involvement: "direct" }]);
    assert.deepEqual(read.targetedGroupIds, [group.id]);
    assert.equal(read.dateStart, "2025-03-04");
    assert.equal(read.version, 1);
    assert.equal(read.contested, false);
  });

  test("claims that disagree mark the event contested and keep every value", async () => {
    const { event, source, other } = await basics();
    await svc().create(
      "claim",
      {
        sourceId: source.id,
        eventId: event.id,
        statement: "at least 40 killed",
        credibility: 2,
        assertion: { fatalities: { low: 40, best: 45, high: null } },
        sensitivity: "public",
      },
      analyst,
    );
    assert.equal(
      (await svc().get("event", event.id, analyst)).contested,
      false,
      "one claim alone is not a dispute",
    );
    const second = await svc().create(
      "claim",
      {
        sourceId: other.id,
        eventId: event.id,
        statement: "three died",
        credibility: 4,
        assertion: { fatalities: { low: 3, best: 3, high: 3 } },
        witness: "Witness W-7, phone 555",
        sensitivity: "public",
      },
      analyst,
    );
    const { event: contested, claims, spread } = await svc().eventWithClaims(event.id, analyst);
    assert.equal(contested.contested, true);
    assert.deepEqual(spread.contestedFields, ["fatalities"]);
    assert.equal(spread.fatalities.low, 3);
    assert.equal(spread.fatalities.high, 45);
    assert.equal(claims.length, 2);
    await svc().remove("claim", second.id, analyst, "entered twice");
    assert.equal((await svc().get("event", event.id, analyst)).contested, false);
  });

  test("confidential fields and records never reach a caller without clearance", async () => {
    const { source, event } = await basics();
    await svc().create(
      "claim",
      {
        sourceId: source.id,
        eventId: event.id,
        statement: "seen by a witness",
        credibility: 3,
        witness: "Witness W-9",
        sensitivity: "internal",
      },
      analyst,
    );
    const secret = await svc().create(
      "event",
      { title: "Confidential lead", dateStart: "2025-05-01", sensitivity: "confidential" },
      analyst,
    );
    assert.equal((await svc().get("source", source.id, analyst)).contact, "secret line");
    assert.equal((await svc().get("source", source.id, staff)).contact, null);
    const seenByStaff = await svc().eventWithClaims(event.id, staff);
    assert.equal(seenByStaff.claims[0]?.witness, null);
    assert.equal(
      (await svc().eventWithClaims(event.id, publicReader)).claims.length,
      0,
      "internal claim hidden from public",
    );
    await assert.rejects(svc().get("event", secret.id, staff), NotFoundError);
    const page = await store().app.store.listEvents({ clearance: "internal", limit: 100 });
    assert.ok(!page.items.some((e) => e.id === secret.id));
    await assert.rejects(
      svc().create("event", { title: "x", dateStart: "2025-01-01", sensitivity: "confidential" }, staff),
      ValidationError,
    );
  });

  test("a stale update gets a conflict and changes nothing", async () => {
    const { event } = await basics();
    const updated = await svc().update("event", event.id, { title: "Renamed" }, 1, analyst, "typo");
    assert.equal(updated.version, 2);
    assert.equal(updated.title, "Renamed");
    assert.deepEqual(updated.fatalities, event.fatalities, "a partial update keeps the other fields");
    await assert.rejects(svc().update("event", event.id, { title: "Other" }, 1, analyst), StaleVersionError);
    assert.equal((await svc().get("event", event.id, analyst)).title, "Renamed");
  });

  test("bad input names each field and writes nothing", async () => {
    const before = (await store().app.store.custodyLog(0, 100000)).length;
    await assert.rejects(
      svc().create(
        "event",
        {
          title: "",
          dateStart: "2025-02-30",
          fatalities: { low: 5, best: 2 },
          acts: [{ type: "teleportation" }],
        },
        analyst,
      ),
      (e: unknown) => {
        assert.ok(e instanceof ValidationError);
        const paths = e.issues.map((i) => i.path).sort();
        assert.deepEqual(paths, ["acts.0.type", "dateStart", "fatalities.low", "title"]);
        return true;
      },
    );
    await assert.rejects(
      svc().create(
        "claim",
        { sourceId: crypto.randomUUID(), indicator: "x", statement: "s", credibility: 3 },
        analyst,
      ),
      ValidationError,
    );
    assert.equal((await store().app.store.custodyLog(0, 100000)).length, before);
  });

  test("a record still referenced cannot be deleted", async () => {
    const { source, event } = await basics();
    await svc().create(
      "claim",
      { sourceId: source.id, eventId: event.id, statement: "s", credibility: 3 },
      analyst,
    );
    await assert.rejects(svc().remove("source", source.id, analyst), ConflictError);
    assert.ok(await svc().get("source", source.id, analyst));
  });

  test("event filters and full-text search", async () => {
    const { situation, actor, group } = await basics();
    await svc().create(
      "event",
      {
        title: "Shelling of a fictional market",
        dateStart: "2024-11-02",
        place: { country: "ATA" },
        acts: [{ type: "killing" }],
        sensitivity: "public",
      },
      analyst,
    );
    const byCountryYear = await store().app.store.listEvents({
      clearance: "internal",
      limit: 50,
      country: "ATA",
      from: "2025-01-01",
      to: "2025-12-31",
    });
    assert.ok(byCountryYear.items.length >= 1);
    assert.ok(byCountryYear.items.every((e) => e.dateStart.startsWith("2025")));
    const bySituation = await store().app.store.listEvents({
      clearance: "internal",
      limit: 50,
      situationId: situation.id,
    });
    assert.ok(bySituation.items.every((e) => e.situationIds.includes(situation.id)));
    assert.ok(
      (await store().app.store.listEvents({ clearance: "internal", limit: 50, perpetratorId: actor.id }))
        .items.length >= 1,
    );
    assert.ok(
      (await store().app.store.listEvents({ clearance: "internal", limit: 50, groupId: group.id })).items
        .length >= 1,
    );
    const massacres = await store().app.store.listEvents({
      clearance: "internal",
      limit: 50,
      act: "massacre",
    });
    assert.ok(massacres.items.every((e) => e.acts.some((a) => a.type === "massacre")));
    const found = await store().app.store.listEvents({
      clearance: "internal",
      limit: 50,
      q: "markets shelled",
    });
    assert.ok(
      found.items.some((e) => e.title.includes("market")),
      "stemmed English search finds 'market'",
    );
  });

  test("cursor pagination walks every event once", async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    const total = (await store().app.store.listEvents({ clearance: "confidential", limit: 10000 })).items
      .length;
    do {
      const page = await store().app.store.listEvents({ clearance: "confidential", limit: 2, cursor });
      for (const e of page.items) {
        assert.ok(!seen.has(e.id));
        seen.add(e.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.size, total);
  });

  test("documents keep the original bytes by hash, apart from the text copy, and reads are logged", async () => {
    const bytes = new TextEncoder().encode("Original report text, fictional.");
    const doc = await svc().addDocument(
      bytes,
      { title: "Report", mediaType: "text/plain", collectedBy: "Investigator X", sensitivity: "internal" },
      analyst,
      "Original report text, fictional.",
    );
    assert.equal(doc.size, bytes.byteLength);
    assert.match(doc.sha256, /^[0-9a-f]{64}$/);
    assert.equal(
      (await svc().get("document", doc.id, staff)).collectedBy,
      null,
      "collector identity is confidential",
    );
    const { bytes: original } = await svc().readOriginal(doc.id, analyst);
    assert.deepEqual(Buffer.from(original), Buffer.from(bytes));
    const trail = await store().app.store.custodyFor("document", doc.id);
    assert.deepEqual(
      trail.map((e) => e.action),
      ["create", "read"],
    );
    const hits = await store().app.store.list("document", {
      clearance: "internal",
      limit: 10,
      q: "fictional",
    });
    assert.ok(hits.items.some((d) => d.id === doc.id));
  });

  test("every write is in the custody log, and a failed write is not", async () => {
    const { event } = await basics();
    const trail = await store().app.store.custodyFor("event", event.id);
    assert.deepEqual(
      trail.map((e) => [e.action, e.actor]),
      [["create", "analyst:test"]],
    );
    await assert.rejects(svc().update("event", event.id, { dateStart: "nope" }, 1, analyst));
    assert.equal((await store().app.store.custodyFor("event", event.id)).length, 1);
  });
});
