import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness, seedWorld } from "../../../test/support/http.ts";

const h = httpHarness();

describe("claims over HTTP", () => {
  test("create, filter by event and source, change and delete claims", async () => {
    const { source, other } = await seedWorld(h());
    const event = await create(h(), "events", { title: "Fictional ambush", dateStart: "2025-04-01" });
    const first = await h().call("POST", "/api/v1/claims", {
      json: {
        sourceId: source.id,
        eventId: event.id,
        statement: "Twelve killed",
        assertion: { fatalities: { low: 12, best: 12, high: 12 } },
        credibility: 2,
        witness: "W-17, a fictional farmer",
      },
    });
    assert.equal(first.status, 201);
    await create(h(), "claims", {
      sourceId: other.id,
      eventId: event.id,
      statement: "Some killed",
      credibility: 4,
    });
    await create(h(), "claims", {
      sourceId: source.id,
      indicator: "hate-speech",
      statement: "Radio",
      credibility: 3,
    });

    const byEvent = await h().call("GET", `/api/v1/claims?event=${event.id}`);
    assert.equal(byEvent.status, 200);
    assert.equal(byEvent.body.items.length, 2);
    const bySource = await h().call("GET", `/api/v1/claims?source=${source.id}`);
    assert.equal(bySource.body.items.length, 2);
    assert.ok(bySource.body.items.every((c: { sourceId: string }) => c.sourceId === source.id));

    const url = first.headers.get("location") ?? "";
    const changed = await h().call("PATCH", url, {
      json: { credibility: 1 },
      headers: { "if-match": '"1"' },
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.credibility, 1);
    assert.equal((await h().call("DELETE", url)).status, 204);
  });

  test("the witness is confidential: null for an internal caller", async () => {
    const { source } = await seedWorld(h());
    const claim = await create(h(), "claims", {
      sourceId: source.id,
      indicator: "denial-statement",
      statement: "Denied",
      credibility: 3,
      witness: "W-2",
    });
    const internal = { "x-tocsin-clearance": "internal" };
    const read = await h().call("GET", `/api/v1/claims/${claim.id}`, { headers: internal });
    assert.equal(read.status, 200);
    assert.equal(read.body.witness, null);
    const list = await h().call("GET", `/api/v1/claims?source=${source.id}`, { headers: internal });
    assert.ok(list.body.items.length > 0);
    assert.ok(list.body.items.every((c: { witness: unknown }) => c.witness === null));
    assert.equal((await h().call("GET", `/api/v1/claims/${claim.id}`)).body.witness, "W-2");
  });

  test("a claim about nothing, with a bad grade and a bad filter, is refused with each field named", async () => {
    const { source } = await seedWorld(h());
    const reply = await h().call("POST", "/api/v1/claims", {
      json: { sourceId: source.id, statement: "x", credibility: 9 },
    });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.errors.map((e: { path: string }) => e.path).sort(), [
      "credibility",
      "eventId",
    ]);
    const filter = await h().call("GET", "/api/v1/claims?event=nope");
    assert.equal(filter.status, 400);
    assert.equal(filter.body.errors[0].path, "event");
  });
});
