import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { create, httpHarness, seedWorld } from "../../../test/support/http.ts";

const h = httpHarness();

type World = Awaited<ReturnType<typeof seedWorld>>;
// biome-ignore lint/suspicious/noExplicitAny: records as the API returns them.
type Rec = any;

describe("events over HTTP", () => {
  let w: World;
  let massacre: Rec;
  let market: Rec;
  let decree: Rec;

  before(async () => {
    w = await seedWorld(h());
    massacre = await create(h(), "events", {
      title: "Attack on a fictional village",
      description: "Houses burned in the night",
      dateStart: "2025-03-04",
      place: { country: "ATA", name: "Example Village", precision: "near" },
      acts: [{ type: "massacre" }, { type: "destruction-of-homes" }],
      perpetrators: [{ actorId: w.actor.id, involvement: "direct" }],
      targetedGroupIds: [w.group.id],
      situationIds: [w.situation.id],
      fatalities: { low: 10, best: 12, high: 20 },
      sensitivity: "public",
    });
    market = await create(h(), "events", {
      title: "Shelling of a fictional market",
      dateStart: "2024-11-02",
      place: { country: "ATA" },
      acts: [{ type: "killing" }],
      sensitivity: "public",
    });
    decree = await create(h(), "events", {
      title: "Fictional emergency decree",
      dateStart: "2025-06-10",
      place: { country: "BVT" },
      acts: [{ type: "emergency-decree" }],
      sensitivity: "internal",
    });
    await create(h(), "claims", {
      sourceId: w.source.id,
      eventId: massacre.id,
      statement: "Twelve dead",
      assertion: { fatalities: { low: 12, best: 12, high: 12 } },
      credibility: 2,
      witness: "W-1",
    });
    await create(h(), "claims", {
      sourceId: w.other.id,
      eventId: massacre.id,
      statement: "Forty dead",
      assertion: { fatalities: { low: 30, best: 40, high: 45 } },
      credibility: 4,
      sensitivity: "public",
    });
  });

  const ids = async (query: string, headers: Record<string, string> = {}) => {
    const reply = await h().call("GET", `/api/v1/events?${query}`, { headers });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body.items.map((e: Rec) => e.id).sort();
  };

  test("each filter narrows the list", async () => {
    assert.deepEqual(await ids("country=ATA"), [massacre.id, market.id].sort());
    assert.deepEqual(await ids("country=ATA&from=2025-01-01&to=2025-12-31"), [massacre.id]);
    assert.deepEqual(await ids("from=2025-01-01"), [massacre.id, decree.id].sort());
    assert.deepEqual(await ids("to=2024-12-31"), [market.id]);
    assert.deepEqual(await ids(`situation=${w.situation.id}`), [massacre.id]);
    assert.deepEqual(await ids("act=killing"), [market.id]);
    assert.deepEqual(await ids("act=destruction-of-homes"), [massacre.id]);
    assert.deepEqual(await ids(`group=${w.group.id}`), [massacre.id]);
    assert.deepEqual(await ids(`perpetrator=${w.actor.id}`), [massacre.id]);
    assert.deepEqual(await ids("contested=true"), [massacre.id]);
    assert.deepEqual(await ids("contested=false"), [market.id, decree.id].sort());
  });

  test("full-text search over title, description and place", async () => {
    assert.deepEqual(await ids("q=burned"), [massacre.id]);
    assert.deepEqual(await ids("q=market"), [market.id]);
    assert.deepEqual(await ids(`q=${encodeURIComponent("emergency decree")}`), [decree.id]);
    assert.deepEqual(await ids("q=nothingmatchesthis"), []);
  });

  test("the list is newest first and pages by cursor", async () => {
    const first = await h().call("GET", "/api/v1/events?limit=2");
    assert.deepEqual(
      first.body.items.map((e: Rec) => e.id),
      [decree.id, massacre.id],
    );
    assert.ok(first.body.nextCursor);
    const second = await h().call(
      "GET",
      `/api/v1/events?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    assert.deepEqual(
      second.body.items.map((e: Rec) => e.id),
      [market.id],
    );
    assert.equal(second.body.nextCursor, null);
  });

  test("bad filters get 400 naming each of them", async () => {
    const reply = await h().call(
      "GET",
      "/api/v1/events?country=Atlantis&from=2025-02-30&act=picnic&contested=maybe&situation=x&limit=501",
    );
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.errors.map((e: Rec) => e.path).sort(), [
      "act",
      "contested",
      "country",
      "from",
      "limit",
      "situation",
    ]);
    const inverted = await h().call("GET", "/api/v1/events?from=2025-02-01&to=2025-01-01");
    assert.equal(inverted.status, 400);
    assert.equal(inverted.body.errors[0].path, "to");
  });

  test("GET one event returns its visible claims and the spread of what they assert", async () => {
    const reply = await h().call("GET", `/api/v1/events/${massacre.id}`);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get("etag"), `"${massacre.version}"`);
    assert.equal(reply.body.event.id, massacre.id);
    assert.equal(reply.body.event.contested, true);
    assert.equal(reply.body.claims.length, 2);
    assert.equal(reply.body.spread.contested, true);
    assert.deepEqual(reply.body.spread.contestedFields, ["fatalities"]);
    assert.equal(reply.body.spread.fatalities.low, 10);
    assert.equal(reply.body.spread.fatalities.high, 45);
    assert.deepEqual(
      reply.body.spread.fatalities.values.map((v: Rec) => v.sourceId).sort(),
      [w.source.id, w.other.id].sort(),
    );

    const publicView = await h().call("GET", `/api/v1/events/${massacre.id}`, {
      headers: { "x-tocsin-clearance": "public" },
    });
    assert.equal(publicView.status, 200);
    assert.equal(publicView.body.claims.length, 1, "the internal claim is absent for a public caller");
    assert.equal(publicView.body.claims[0].sourceId, w.other.id);
    assert.ok(!JSON.stringify(publicView.body).includes("W-1"));
  });

  test("records above the caller's clearance are absent from lists and gets", async () => {
    const publicHeaders = { "x-tocsin-clearance": "public" };
    assert.ok(!(await ids("", publicHeaders)).includes(decree.id));
    assert.equal(
      (await h().call("GET", `/api/v1/events/${decree.id}`, { headers: publicHeaders })).status,
      404,
    );
  });

  test("create validates dates and tolls, PATCH moves an event, DELETE needs its claims gone", async () => {
    const invalid = await h().call("POST", "/api/v1/events", {
      json: {
        title: "Fictional clash",
        dateStart: "2025-05-10",
        dateEnd: "2025-05-01",
        fatalities: { low: 5, best: 3 },
        acts: [{ type: "picnic" }],
        place: { latitude: 123 },
      },
    });
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.body.errors.map((e: Rec) => e.path).sort(), [
      "acts.0.type",
      "dateEnd",
      "fatalities.low",
      "place.latitude",
    ]);

    const event = await create(h(), "events", { title: "Fictional clash", dateStart: "2025-05-10" });
    const moved = await h().call("PATCH", `/api/v1/events/${event.id}`, {
      json: { dateStart: "2025-05-11", place: { country: "ATA", precision: "country" } },
      headers: { "if-match": '"1"' },
    });
    assert.equal(moved.status, 200);
    assert.equal(moved.body.dateStart, "2025-05-11");
    assert.equal(moved.body.title, "Fictional clash");
    const inverted = await h().call("PATCH", `/api/v1/events/${event.id}`, {
      json: { dateEnd: "2025-01-01" },
      headers: { "if-match": '"2"' },
    });
    assert.equal(inverted.status, 400, "the merged record is validated whole");
    assert.equal(inverted.body.errors[0].path, "dateEnd");

    const referenced = await h().call("DELETE", `/api/v1/events/${massacre.id}`);
    assert.equal(referenced.status, 409);
    assert.equal((await h().call("DELETE", `/api/v1/events/${event.id}`)).status, 204);
  });
});
