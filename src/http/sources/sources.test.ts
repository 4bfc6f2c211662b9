import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";

const h = httpHarness();

const monitor = { kind: "organisation", name: "Fictional Monitor", reliability: "B", contact: "secret line" };

describe("sources over HTTP", () => {
  test("POST creates a source: 201, Location, ETag, defaults applied", async () => {
    const reply = await h().call("POST", "/api/v1/sources", { json: monitor });
    assert.equal(reply.status, 201);
    assert.equal(reply.headers.get("location"), `/api/v1/sources/${reply.body.id}`);
    assert.equal(reply.headers.get("etag"), '"1"');
    assert.equal(reply.body.version, 1);
    assert.equal(reply.body.sensitivity, "internal");
    assert.equal(reply.body.contact, "secret line");
    const read = await h().call("GET", reply.headers.get("location") ?? "");
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, reply.body);
  });

  test("an invalid body gets 400 naming every bad field", async () => {
    const reply = await h().call("POST", "/api/v1/sources", {
      json: { kind: "rumour", reliability: "Z", url: "not a url", colour: "red", id: "x" },
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.headers.get("content-type"), "application/problem+json");
    assert.equal(reply.body.code, "invalid-input");
    assert.equal(reply.body.type, "urn:tocsin:problem:invalid-input");
    const paths = reply.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ["colour", "id", "kind", "name", "reliability", "url"]);
    const name = reply.body.errors.find((e: { path: string }) => e.path === "name");
    assert.equal(name.message, "required");
  });

  test("malformed JSON, a wrong Content-Type and a non-object body are refused", async () => {
    const bad = await h().call("POST", "/api/v1/sources", {
      body: '{"kind": ',
      headers: { "content-type": "application/json" },
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, "malformed-body");
    const text = await h().call("POST", "/api/v1/sources", {
      body: "kind=organisation",
      headers: { "content-type": "text/plain" },
    });
    assert.equal(text.status, 415);
    assert.equal(text.body.code, "unsupported-media-type");
    const array = await h().call("POST", "/api/v1/sources", { json: [1, 2] });
    assert.equal(array.status, 400);
    assert.equal(array.body.code, "invalid-input");
  });

  test("unknown and malformed ids get 404", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "1"]) {
      const reply = await h().call("GET", `/api/v1/sources/${id}`);
      assert.equal(reply.status, 404, id);
      assert.equal(reply.body.code, "not-found");
    }
    const del = await h().call("DELETE", "/api/v1/sources/not-a-uuid");
    assert.equal(del.status, 404);
    const patch = await h().call("PATCH", "/api/v1/sources/not-a-uuid", {
      json: { name: "x" },
      headers: { "if-match": '"1"' },
    });
    assert.equal(patch.status, 404);
  });

  test("PATCH with If-Match changes the fields sent; a stale version gets 409 and changes nothing", async () => {
    const source = await create(h(), "sources", monitor);
    const url = `/api/v1/sources/${source.id}`;
    const ok = await h().call("PATCH", url, { json: { reliability: "C" }, headers: { "if-match": '"1"' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.reliability, "C");
    assert.equal(ok.body.name, monitor.name, "fields not sent stay as stored");
    assert.equal(ok.body.version, 2);
    assert.equal(ok.headers.get("etag"), '"2"');

    const stale = await h().call("PATCH", url, {
      json: { reliability: "A" },
      headers: { "if-match": '"1"' },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, "stale-version");
    assert.equal(stale.body.currentVersion, 2);
    assert.equal((await h().call("GET", url)).body.reliability, "C");
  });

  test("PATCH without If-Match gets 428; a bad If-Match or a bad field gets 400", async () => {
    const source = await create(h(), "sources", monitor);
    const url = `/api/v1/sources/${source.id}`;
    const missing = await h().call("PATCH", url, { json: { reliability: "C" } });
    assert.equal(missing.status, 428);
    assert.equal(missing.body.code, "version-required");
    const garbled = await h().call("PATCH", url, {
      json: { reliability: "C" },
      headers: { "if-match": "soon" },
    });
    assert.equal(garbled.status, 400);
    assert.deepEqual(
      garbled.body.errors.map((e: { path: string }) => e.path),
      ["If-Match"],
    );
    const invalid = await h().call("PATCH", url, {
      json: { reliability: "Q", version: 1, name: "" },
      headers: { "if-match": '"1"' },
    });
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.body.errors.map((e: { path: string }) => e.path).sort(), [
      "name",
      "reliability",
      "version",
    ]);
    assert.match(invalid.body.errors.find((e: { path: string }) => e.path === "version").message, /If-Match/);
    assert.equal((await h().call("GET", url)).body.version, 1);
  });

  test("list pages with limit and cursor until nextCursor is null", async () => {
    const names = ["Paging One", "Paging Two", "Paging Three", "Paging Four", "Paging Five"];
    for (const name of names) await create(h(), "sources", { ...monitor, name });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const reply = await h().call("GET", `/api/v1/sources?limit=2${query}`);
      assert.equal(reply.status, 200);
      assert.ok(reply.body.items.length <= 2);
      seen.push(...reply.body.items.map((s: { id: string; name: string }) => `${s.id} ${s.name}`));
      cursor = reply.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    assert.equal(cursor, null);
    assert.equal(new Set(seen).size, seen.length, "no record twice");
    for (const name of names)
      assert.ok(
        seen.some((s) => s.endsWith(` ${name}`)),
        name,
      );
  });

  test("bad list parameters get 400 naming them", async () => {
    const reply = await h().call("GET", "/api/v1/sources?limit=0&colour=red");
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.errors.map((e: { path: string }) => e.path).sort(), ["colour", "limit"]);
    const cursor = await h().call("GET", "/api/v1/sources?cursor=garbage");
    assert.equal(cursor.status, 400);
    assert.equal(cursor.body.errors[0].path, "cursor");
  });

  test("DELETE removes a source (204, then 404) and records the reason in the custody log", async () => {
    const source = await create(h(), "sources", monitor);
    const url = `/api/v1/sources/${source.id}`;
    const del = await h().call("DELETE", `${url}?reason=${encodeURIComponent("entered twice")}`);
    assert.equal(del.status, 204);
    assert.equal((await h().call("GET", url)).status, 404);
    const trail = await h().store.app.store.custodyFor("source", source.id);
    assert.deepEqual(
      trail.map((e) => [e.action, e.reason, e.actor]),
      [
        ["create", null, "api"],
        ["delete", "entered twice", "api"],
      ],
    );
  });

  test("a source still referenced by a claim cannot be deleted: 409 conflict", async () => {
    const source = await create(h(), "sources", monitor);
    await create(h(), "claims", {
      sourceId: source.id,
      indicator: "hate-speech",
      statement: "s",
      credibility: 3,
    });
    const del = await h().call("DELETE", `/api/v1/sources/${source.id}`);
    assert.equal(del.status, 409);
    assert.equal(del.body.code, "conflict");
    assert.equal((await h().call("GET", `/api/v1/sources/${source.id}`)).status, 200);
  });

  test("the confidential contact is null for an internal caller, and absent records stay absent", async () => {
    const source = await create(h(), "sources", monitor);
    const secret = await create(h(), "sources", { ...monitor, name: "Hidden", sensitivity: "confidential" });
    const internal = { "x-tocsin-clearance": "internal" };
    const read = await h().call("GET", `/api/v1/sources/${source.id}`, { headers: internal });
    assert.equal(read.status, 200);
    assert.equal(read.body.contact, null);
    assert.equal((await h().call("GET", `/api/v1/sources/${secret.id}`, { headers: internal })).status, 404);
    const list = await h().call("GET", "/api/v1/sources?limit=500", { headers: internal });
    assert.ok(list.body.items.length > 0);
    assert.ok(list.body.items.every((s: { contact: unknown; sensitivity: string }) => s.contact === null));
    assert.ok(!list.body.items.some((s: { id: string }) => s.id === secret.id));
  });
});
