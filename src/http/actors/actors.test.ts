import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";

const h = httpHarness();

describe("actors over HTTP", () => {
  test("create, read, list, change and delete an actor", async () => {
    const created = await h().call("POST", "/api/v1/actors", {
      json: { name: "Fictional Brigade", kind: "armed-group", aliases: ["The Brigade"], country: "ATA" },
    });
    assert.equal(created.status, 201);
    const url = created.headers.get("location") ?? "";
    assert.deepEqual(created.body.aliases, ["The Brigade"]);

    const list = await h().call("GET", "/api/v1/actors");
    assert.equal(list.status, 200);
    assert.ok(list.body.items.some((a: { id: string }) => a.id === created.body.id));
    assert.equal(list.body.nextCursor, null);

    const changed = await h().call("PATCH", url, {
      json: { aliases: ["The Brigade", "Northern Brigade"], description: "Fictional" },
      headers: { "if-match": created.headers.get("etag") ?? "" },
    });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body.aliases, ["The Brigade", "Northern Brigade"]);
    assert.equal(changed.body.kind, "armed-group");

    assert.equal((await h().call("DELETE", url)).status, 204);
    assert.equal((await h().call("GET", url)).status, 404);
  });

  test("every bad field is named, nested ones by their path", async () => {
    const reply = await h().call("POST", "/api/v1/actors", {
      json: { name: "  ", kind: "gang", aliases: ["ok", 7], country: "atlantis" },
    });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.errors.map((e: { path: string }) => e.path).sort(), [
      "aliases.1",
      "country",
      "kind",
      "name",
    ]);
  });

  test("an actor named as a perpetrator of an event cannot be deleted: 409", async () => {
    const actor = await create(h(), "actors", { name: "Fictional Guard", kind: "state-forces" });
    await create(h(), "events", {
      title: "Fictional arrests",
      dateStart: "2025-02-01",
      perpetrators: [{ actorId: actor.id, involvement: "ordered" }],
    });
    const del = await h().call("DELETE", `/api/v1/actors/${actor.id}?reason=cleanup`);
    assert.equal(del.status, 409);
    assert.equal(del.body.code, "conflict");
    assert.equal((await h().call("GET", `/api/v1/actors/${actor.id}`)).status, 200);
  });
});
