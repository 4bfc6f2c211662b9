import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness, seedWorld } from "../../../test/support/http.ts";

const h = httpHarness();
const as = (actor: string, extra: Record<string, string> = {}) => ({ "x-tocsin-actor": actor, ...extra });

describe("verification workflow over HTTP", () => {
  test("GET/PUT verification with If-Match; moves by the table; problems name the field; two-person rule is 403", async () => {
    const event = await create(
      h(),
      "events",
      { title: "Fictional raid", dateStart: "2025-04-01" },
      as("ana"),
    );
    const url = `/api/v1/events/${event.id}/verification`;
    const start = await h().call("GET", url);
    assert.equal(start.status, 200);
    assert.equal(start.headers.get("etag"), '"0"');
    assert.equal(start.body.status, "unverified");
    assert.deepEqual(start.body.next, ["in-progress", "needs-help", "ready-for-review", "rejected"]);

    const noVersion = await h().call("PUT", url, { json: { status: "in-progress", assignee: "ana" } });
    assert.equal(noVersion.status, 428);
    const bad = await h().call("PUT", url, {
      json: { status: "done", assignee: "" },
      headers: { "if-match": '"0"' },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ["assignee", "status"]);
    const skip = await h().call("PUT", url, {
      json: { status: "verified", assignee: null },
      headers: as("rev", { "if-match": '"0"' }),
    });
    assert.equal(skip.status, 400);
    assert.equal(skip.body.errors[0].path, "status");
    assert.match(skip.body.detail, /cannot go from unverified to verified/);

    const ready = await h().call("PUT", url, {
      json: { status: "ready-for-review", assignee: "rev" },
      headers: as("ana", { "if-match": '"0"' }),
    });
    assert.equal(ready.status, 200, JSON.stringify(ready.body));
    assert.equal(ready.headers.get("etag"), '"1"');
    const stale = await h().call("PUT", url, {
      json: { status: "needs-help", assignee: "rev" },
      headers: as("ana", { "if-match": '"0"' }),
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, "stale-version");
    const own = await h().call("PUT", url, {
      json: { status: "verified", assignee: "rev" },
      headers: as("ana", { "if-match": '"1"' }),
    });
    assert.equal(own.status, 403);
    assert.equal(own.body.code, "two-person-rule");
    assert.equal(own.headers.get("content-type"), "application/problem+json");
    const reject = await h().call("PUT", url, {
      json: { status: "rejected", assignee: "rev" },
      headers: as("rev", { "if-match": '"1"' }),
    });
    assert.equal(reject.status, 400);
    assert.equal(reject.body.errors[0].path, "reason");
    const verified = await h().call("PUT", url, {
      json: { status: "verified", assignee: "rev" },
      headers: as("rev", { "if-match": '"1"' }),
    });
    assert.equal(verified.status, 200);
    assert.equal(verified.body.status, "verified");
    const trail = await h().call("GET", `/api/v1/events/${event.id}/custody`);
    assert.deepEqual(
      trail.body.items
        .filter((e: { action: string }) => e.action === "verification")
        .map((e: { actor: string }) => e.actor),
      ["ana", "rev"],
    );
  });

  test("the lock: 409 naming the holder for a PATCH, a PUT and a lock by someone else; explicit take-over; release", async () => {
    const { source } = await seedWorld(h());
    const claim = await create(h(), "claims", {
      sourceId: source.id,
      indicator: "hate-speech",
      statement: "Broadcast (fictional)",
      credibility: 3,
    });
    const lockUrl = `/api/v1/claims/${claim.id}/lock`;
    const taken = await h().call("POST", lockUrl, { headers: as("ana") });
    assert.equal(taken.status, 200, JSON.stringify(taken.body));
    assert.equal(taken.body.lock.holder, "ana");
    assert.equal(taken.body.lock.mine, true);
    const seen = await h().call("GET", `/api/v1/claims/${claim.id}/verification`, { headers: as("rev") });
    assert.equal(seen.body.lock.holder, "ana");
    assert.equal(seen.body.lock.mine, false);
    assert.ok(Date.parse(seen.body.lock.expiresAt) > Date.now());

    const patch = await h().call("PATCH", `/api/v1/claims/${claim.id}`, {
      json: { credibility: 2 },
      headers: as("rev", { "if-match": `"${claim.version}"` }),
    });
    assert.equal(patch.status, 409);
    assert.equal(patch.body.code, "locked");
    assert.equal(patch.body.lock.holder, "ana");
    assert.match(patch.body.detail, /ana is editing this claim .*expires/);
    const put = await h().call("PUT", `/api/v1/claims/${claim.id}/verification`, {
      json: { status: "in-progress", assignee: "rev" },
      headers: as("rev", { "if-match": '"0"' }),
    });
    assert.equal(put.status, 409);
    assert.equal(put.body.code, "locked");
    assert.equal((await h().call("POST", lockUrl, { headers: as("rev"), json: {} })).status, 409);
    const badBody = await h().call("POST", lockUrl, { headers: as("rev"), json: { takeover: true } });
    assert.equal(badBody.status, 400);
    assert.equal(badBody.body.errors[0].path, "takeover");
    const over = await h().call("POST", lockUrl, { headers: as("rev"), json: { takeOver: true } });
    assert.equal(over.status, 200);
    assert.equal(over.body.lock.holder, "rev");
    const edited = await h().call("PATCH", `/api/v1/claims/${claim.id}`, {
      json: { credibility: 2 },
      headers: as("rev", { "if-match": `"${claim.version}"` }),
    });
    assert.equal(edited.status, 200);
    assert.equal(
      (await h().call("DELETE", lockUrl, { headers: as("ana") })).status,
      409,
      "not theirs to release",
    );
    const released = await h().call("DELETE", lockUrl, { headers: as("rev") });
    assert.equal(released.status, 200);
    assert.equal(released.body.lock, null);
    const trail = await h().call("GET", `/api/v1/claims/${claim.id}/custody`);
    const ops = trail.body.items.filter((e: { action: string }) => e.action === "lock");
    assert.deepEqual(
      ops.map((e: { actor: string; details: { op: string } }) => `${e.actor}:${e.details.op}`),
      ["ana:take", "rev:take-over", "rev:release"],
    );
  });

  test("comments inherit the record's sensitivity; list filters ?verification=&assignee=me on events and claims", async () => {
    const secret = await create(h(), "events", {
      title: "Fictional secret",
      dateStart: "2025-04-02",
      sensitivity: "confidential",
    });
    const url = `/api/v1/events/${secret.id}/comments`;
    const posted = await h().call("POST", url, {
      json: { text: "Witness unsure (fictional)." },
      headers: as("ana"),
    });
    assert.equal(posted.status, 201);
    assert.equal(posted.body.author, "ana");
    const empty = await h().call("POST", url, { json: { text: "  " }, headers: as("ana") });
    assert.equal(empty.status, 400);
    assert.equal(empty.body.errors[0].path, "text");
    const list = await h().call("GET", url);
    assert.deepEqual(
      list.body.items.map((c: { text: string }) => c.text),
      ["Witness unsure (fictional)."],
    );
    const internal = { "x-tocsin-clearance": "internal" };
    assert.equal((await h().call("GET", url, { headers: internal })).status, 404);
    assert.equal((await h().call("POST", url, { json: { text: "x" }, headers: internal })).status, 404);
    assert.equal(
      (await h().call("GET", `/api/v1/events/${secret.id}/verification`, { headers: internal })).status,
      404,
    );

    await h().call("PUT", `/api/v1/events/${secret.id}/verification`, {
      json: { status: "needs-help", assignee: "mia" },
      headers: as("ana", { "if-match": '"0"' }),
    });
    const mine = await h().call("GET", "/api/v1/events?verification=needs-help&assignee=me", {
      headers: as("mia"),
    });
    assert.equal(mine.status, 200);
    assert.deepEqual(
      mine.body.items.map((e: { id: string }) => e.id),
      [secret.id],
    );
    const notMine = await h().call("GET", "/api/v1/events?verification=needs-help&assignee=me", {
      headers: as("ana"),
    });
    assert.deepEqual(notMine.body.items, []);
    const hidden = await h().call("GET", "/api/v1/events?verification=needs-help", {
      headers: { ...internal, ...as("mia") },
    });
    assert.deepEqual(hidden.body.items, [], "the filter does not reach past the clearance");
    // The workflow's people and notes are internal, even on a public record (as the custody trail is).
    const open = await create(h(), "events", {
      title: "Fictional public raid",
      dateStart: "2025-04-03",
      sensitivity: "public",
    });
    const pub = { "x-tocsin-clearance": "public" };
    for (const path of [`/api/v1/events/${open.id}/verification`, `/api/v1/events/${open.id}/comments`]) {
      const r = await h().call("GET", path, { headers: pub });
      assert.equal(r.status, 403, path);
      assert.equal(r.body.code, "insufficient-clearance");
    }
    assert.equal(
      (await h().call("GET", "/api/v1/events?verification=needs-help", { headers: pub })).status,
      403,
    );
    assert.equal(
      (await h().call("GET", "/api/v1/events", { headers: pub })).status,
      200,
      "lists without the filter",
    );
    const badFilter = await h().call("GET", "/api/v1/claims?verification=maybe");
    assert.equal(badFilter.status, 400);
    assert.equal(badFilter.body.errors[0].path, "verification");
    assert.equal((await h().call("GET", "/api/v1/claims?verification=unverified&assignee=me")).status, 200);
    // Ids that are not UUIDs are 404s everywhere, also through the edit guard of PATCH and DELETE.
    for (const [method, path] of [
      ["GET", "/api/v1/events/nope/verification"],
      ["POST", "/api/v1/claims/nope/lock"],
      ["GET", "/api/v1/claims/nope/comments"],
      ["DELETE", "/api/v1/events/nope"],
    ] as const)
      assert.equal((await h().call(method, path)).status, 404, `${method} ${path}`);
    const patch = await h().call("PATCH", "/api/v1/events/nope", {
      json: { title: "x" },
      headers: { "if-match": '"1"' },
    });
    assert.equal(patch.status, 404);
    const doc = await h().call("GET", "/api/openapi.json");
    for (const p of ["verification", "lock", "comments"])
      assert.ok(doc.body.paths[`/api/v1/claims/{id}/${p}`], `${p} is documented`);
  });
});
