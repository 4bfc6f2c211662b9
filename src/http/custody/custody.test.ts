import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";
import { ChainVerifier, type CustodyEntry } from "../../domain/custody/custody-chain.ts";

const h = httpHarness();

describe("the custody log over HTTP", () => {
  test("pages through the whole log with after and limit, and the chain verifies", async () => {
    for (let i = 0; i < 4; i++)
      await create(h(), "groups", { name: `Fictional Group ${i}`, kind: "religious" });
    const entries: CustodyEntry[] = [];
    let after = 0;
    let pages = 0;
    for (;;) {
      const reply = await h().call("GET", `/api/v1/custody?after=${after}&limit=3`);
      assert.equal(reply.status, 200);
      assert.ok(reply.body.items.length <= 3);
      entries.push(...reply.body.items);
      pages++;
      if (reply.body.nextAfter === null) break;
      after = reply.body.nextAfter;
    }
    assert.ok(pages >= 2);
    assert.ok(entries.length >= 4);
    assert.deepEqual(
      entries.map((e) => e.seq),
      entries.map((_, i) => i + 1),
    );
    const verifier = new ChainVerifier();
    for (const e of entries) verifier.check(e);
    assert.deepEqual(verifier.breaks, []);
  });

  test("the actor named in X-Tocsin-Actor is the one recorded", async () => {
    const group = await create(
      h(),
      "groups",
      { name: "Fictional Guild", kind: "political" },
      { "x-tocsin-actor": "analyst:ana" },
    );
    const log = await h().call("GET", "/api/v1/custody?limit=1000");
    const entry = log.body.items.find((e: CustodyEntry) => e.targetId === group.id);
    assert.equal(entry.actor, "analyst:ana");
  });

  test("the whole log needs confidential clearance; bad paging is a 400", async () => {
    const denied = await h().call("GET", "/api/v1/custody", {
      headers: { "x-tocsin-clearance": "internal" },
    });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.code, "insufficient-clearance");
    const bad = await h().call("GET", "/api/v1/custody?after=-1&limit=5000");
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ["after", "limit"]);
  });
});
