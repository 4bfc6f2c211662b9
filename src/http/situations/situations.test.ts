import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { create, httpHarness, seedWorld } from "../../../test/support/http.ts";

const h = httpHarness();

describe("situations over HTTP", () => {
  test("create, read, change and delete a situation", async () => {
    const { group, actor } = await seedWorld(h());
    const created = await h().call("POST", "/api/v1/situations", {
      json: { name: "Fictional Coast", country: "ATA", region: "Coast", targetedGroupIds: [group.id] },
    });
    assert.equal(created.status, 201);
    const url = created.headers.get("location") ?? "";
    const changed = await h().call("PATCH", url, {
      json: { perpetratorIds: [actor.id] },
      headers: { "if-match": '"1"' },
    });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body.perpetratorIds, [actor.id]);
    assert.deepEqual(changed.body.targetedGroupIds, [group.id]);
    assert.equal((await h().call("DELETE", url)).status, 204);
  });

  test("references to missing records are named field by field", async () => {
    const reply = await h().call("POST", "/api/v1/situations", {
      json: { name: "Fictional Plain", country: "ATA", targetedGroupIds: [randomUUID()] },
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.errors[0].path, "targetedGroupIds.0");
    assert.match(reply.body.errors[0].message, /no group with id/);
  });

  test("a situation linked from an event cannot be deleted: 409", async () => {
    const situation = await create(h(), "situations", { name: "Fictional Delta", country: "ATA" });
    await create(h(), "events", {
      title: "Fictional flood",
      dateStart: "2025-05-05",
      situationIds: [situation.id],
    });
    const del = await h().call("DELETE", `/api/v1/situations/${situation.id}`);
    assert.equal(del.status, 409);
  });
});
