import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";

const h = httpHarness();

describe("groups over HTTP", () => {
  test("create, read, change and delete a group", async () => {
    const created = await h().call("POST", "/api/v1/groups", {
      json: { name: "Fictional Riverfolk", kind: "ethnic", sensitivity: "public" },
    });
    assert.equal(created.status, 201);
    const url = created.headers.get("location") ?? "";
    const read = await h().call("GET", url, { headers: { "x-tocsin-clearance": "public" } });
    assert.equal(read.status, 200);
    assert.equal(read.body.name, "Fictional Riverfolk");
    assert.equal(read.headers.get("etag"), '"1"');

    const changed = await h().call("PATCH", `${url}?reason=${encodeURIComponent("spelling")}`, {
      json: { aliases: ["Riverfolk"] },
      headers: { "if-match": "1" },
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.version, 2);
    const trail = await h().store.app.store.custodyFor("group", created.body.id);
    assert.deepEqual(
      trail.map((e) => [e.action, e.reason]),
      [
        ["create", null],
        ["update", "spelling"],
      ],
    );
    assert.deepEqual(trail[1]?.details.changed, ["aliases"]);

    assert.equal((await h().call("DELETE", url)).status, 204);
    assert.equal((await h().call("DELETE", url)).status, 404);
  });

  test("a group targeted in a situation cannot be deleted: 409", async () => {
    const group = await create(h(), "groups", { name: "Fictional Hill Clans", kind: "ethnic" });
    await create(h(), "situations", {
      name: "Fictional Hills",
      country: "ATA",
      targetedGroupIds: [group.id],
    });
    const del = await h().call("DELETE", `/api/v1/groups/${group.id}`);
    assert.equal(del.status, 409);
    assert.equal(del.body.code, "conflict");
  });

  test("a record above the caller's clearance cannot be written", async () => {
    const reply = await h().call("POST", "/api/v1/groups", {
      json: { name: "Fictional Secret Group", kind: "political", sensitivity: "confidential" },
      headers: { "x-tocsin-clearance": "internal" },
    });
    assert.equal(reply.status, 400);
    assert.deepEqual(
      reply.body.errors.map((e: { path: string }) => e.path),
      ["sensitivity"],
    );
  });
});
