import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness, seedWorld } from "../../../test/support/http.ts";

const h = httpHarness();

// biome-ignore lint/suspicious/noExplicitAny: records as the API returns them.
type Rec = any;

describe("custody trails of events, claims and sources; the events list's sensitivity filter", () => {
  test("a record's trail lists its creation and each change with its reason, for internal callers", async () => {
    const w = await seedWorld(h());
    const event = await create(h(), "events", { title: "Fictional raid", dateStart: "2025-05-10" });
    const changed = await h().call(
      "PATCH",
      `/api/v1/events/${event.id}?reason=${encodeURIComponent("typo")}`,
      {
        json: { title: "Fictional raid on a farm" },
        headers: { "if-match": '"1"' },
      },
    );
    assert.equal(changed.status, 200);
    const trail = await h().call("GET", `/api/v1/events/${event.id}/custody`);
    assert.equal(trail.status, 200);
    assert.deepEqual(
      trail.body.items.map((e: Rec) => [e.action, e.reason]),
      [
        ["create", null],
        ["update", "typo"],
      ],
    );
    assert.ok(trail.body.items.every((e: Rec) => e.targetId === event.id && /^[0-9a-f]{64}$/.test(e.hash)));

    const claim = await create(h(), "claims", {
      sourceId: w.source.id,
      eventId: event.id,
      statement: "It happened",
      credibility: 3,
    });
    for (const path of [`claims/${claim.id}`, `sources/${w.source.id}`]) {
      const reply = await h().call("GET", `/api/v1/${path}/custody`);
      assert.equal(reply.status, 200, path);
      assert.equal(reply.body.items[0].action, "create", path);
    }

    const publicCaller = { "x-tocsin-clearance": "public" };
    const refused = await h().call("GET", `/api/v1/events/${event.id}/custody`, { headers: publicCaller });
    assert.equal(refused.status, 403);
    const missing = await h().call("GET", "/api/v1/events/00000000-0000-4000-8000-000000000000/custody");
    assert.equal(missing.status, 404);
  });

  test("sensitivity= lists only events marked at that level, within the caller's clearance", async () => {
    const open = await create(h(), "events", {
      title: "Open",
      dateStart: "2024-01-02",
      sensitivity: "public",
    });
    const closed = await create(h(), "events", {
      title: "Closed",
      dateStart: "2024-01-03",
      sensitivity: "internal",
    });
    const ids = async (query: string, headers: Record<string, string> = {}) => {
      const reply = await h().call("GET", `/api/v1/events?limit=500&${query}`, { headers });
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      return reply.body.items.map((e: Rec) => e.id);
    };
    assert.ok((await ids("sensitivity=public")).includes(open.id));
    assert.ok(!(await ids("sensitivity=public")).includes(closed.id));
    assert.ok((await ids("sensitivity=internal")).includes(closed.id));
    assert.ok(!(await ids("sensitivity=internal")).includes(open.id));
    assert.deepEqual(await ids("sensitivity=internal", { "x-tocsin-clearance": "public" }), []);
    const bad = await h().call("GET", "/api/v1/events?sensitivity=secret");
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, "sensitivity");
  });
});
