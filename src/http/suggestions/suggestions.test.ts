import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness, seedWorld } from "../../../test/support/http.ts";

const h = httpHarness();

const TEXT = [
  "1. On 14 March 2011 soldiers of the Fictional Militia entered Fictional North at dawn. At least 240 Fictional Highlanders were killed that day.",
  "2. The Fictional Highlanders are vermin and must be exterminated, the radio said.",
  "3. The monitor considers the situation to be at Stage 9.",
].join("\n");

async function uploadReport(sourceId: string) {
  const form = new FormData();
  form.set("file", new File([TEXT], "report.txt", { type: "text/plain" }));
  form.set("title", "Fictional monitor report");
  form.set("sourceId", sourceId);
  form.set("collectedAt", "2011-06-01T00:00:00Z");
  form.set("text", TEXT);
  const reply = await h().call("POST", "/api/v1/documents", { body: form });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

describe("reading and the triage queue over HTTP", () => {
  test("read a document, list its suggestions and the queue, accept one, reject another", async () => {
    const world = await seedWorld(h());
    await create(h(), "situations", {
      name: "Fictional second situation",
      country: "ATA",
      region: "Fictional North",
    });
    const doc = await uploadReport(world.source.id);
    const read = await h().call("POST", `/api/v1/documents/${doc.id}/read`);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.ok(read.body.added >= 3);
    assert.ok(read.body.screening.added >= 1, "the vermin sentence is a screening finding");
    const event = read.body.reading.events.find((e: { text: string }) => e.text.includes("240"));
    assert.deepEqual(event.fatalities.low, 240);
    assert.equal(event.date.start, "2011-03-14", "carried from the sentence before");
    assert.equal(event.date.carried, true);
    assert.deepEqual(
      event.groups.map((g: { id: string }) => g.id),
      [world.group.id],
    );
    assert.ok(
      read.body.reading.claims.some(
        (c: { kind: string; value: string }) => c.kind === "stage" && c.value === "9",
      ),
    );

    const again = await h().call("POST", `/api/v1/documents/${doc.id}/read`);
    assert.equal(again.body.added, 0, "idempotent");

    const list = await h().call("GET", `/api/v1/documents/${doc.id}/suggestions?limit=100`);
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, read.body.added);
    const queue = await h().call("GET", "/api/v1/suggestions?status=pending&kind=screening");
    assert.ok(queue.body.items.length >= 1);
    assert.ok(queue.body.items.every((s: { kind: string }) => s.kind === "screening"));

    const killing = list.body.items.find(
      (s: { kind: string; passage: string }) => s.kind === "event" && s.passage.includes("240"),
    );
    const accepted = await h().call("POST", `/api/v1/suggestions/${killing.id}/accept`, {
      json: { credibility: 2, edits: { perpetratorIds: [world.actor.id] } },
      headers: { "x-tocsin-actor": "analyst:r" },
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.suggestion.status, "edited");
    assert.equal(accepted.body.suggestion.decidedBy, "analyst:r");
    const eventId = accepted.body.created.find((r: { kind: string }) => r.kind === "event").id;
    const stored = await h().call("GET", `/api/v1/events/${eventId}`);
    assert.equal(stored.status, 200);
    assert.equal(stored.body.event.dateStart, "2011-03-14");
    assert.equal(stored.body.claims.length, 1, "the document source's claim");
    assert.equal(stored.body.event.perpetrators[0].actorId, world.actor.id);
    assert.equal((await h().call("POST", `/api/v1/suggestions/${killing.id}/accept`)).status, 409);

    const screening = queue.body.items[0];
    const noReason = await h().call("POST", `/api/v1/suggestions/${screening.id}/reject`, { json: {} });
    assert.equal(noReason.status, 400);
    const rejected = await h().call("POST", `/api/v1/suggestions/${screening.id}/reject`, {
      json: { reason: "a quotation in a report" },
    });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.body.status, "rejected");
    const one = await h().call("GET", `/api/v1/suggestions/${screening.id}`);
    assert.equal(one.body.reason, "a quotation in a report");
  });

  test("unknown ids are 404; a bad status filter is 400", async () => {
    assert.equal((await h().call("POST", "/api/v1/documents/not-an-id/read")).status, 404);
    assert.equal((await h().call("GET", "/api/v1/suggestions/not-an-id")).status, 404);
    assert.equal((await h().call("GET", "/api/v1/suggestions?status=maybe")).status, 400);
  });

  test("the review queue is internal: refused to public callers and in public mode", async () => {
    const publicCaller = { "X-Tocsin-Clearance": "public" };
    for (const path of ["/api/v1/suggestions", "/api/v1/suggestions/not-an-id"]) {
      const reply = await h().call("GET", path, { headers: publicCaller });
      assert.equal(reply.status, 403, path);
      assert.equal(reply.body.code, "insufficient-clearance", path);
    }
    const pub = h().appWith({ publicMode: true });
    assert.equal((await h().call("GET", "/api/v1/suggestions", { app: pub })).status, 403);
    assert.equal(
      (await h().call("GET", "/api/v1/suggestions", { headers: { "X-Tocsin-Clearance": "internal" } }))
        .status,
      200,
    );
  });
});
