import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";

const h = httpHarness();

function upload(
  bytes: Uint8Array,
  fields: Record<string, string>,
  fileType = "application/pdf",
  name = "report.pdf",
) {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type: fileType }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

// Not valid PDF, but bytes that text decoding would mangle: the round trip must keep every one.
const original = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a, 0x1b, 0xc3]);
const sha256 = createHash("sha256").update(original).digest("hex");

describe("documents over HTTP", () => {
  test("upload, then the original bytes come back identical with their hash, and every read is logged", async () => {
    const source = await create(h(), "sources", {
      kind: "organisation",
      name: "Fictional Monitor",
      reliability: "B",
    });
    const reply = await h().call("POST", "/api/v1/documents", {
      body: upload(original, {
        title: "Fictional field report",
        sourceId: source.id,
        collectedAt: "2025-03-05T10:00:00Z",
        collectedBy: "Analyst K",
        language: "en",
        text: "Witnesses describe houses burning in Example Village.",
      }),
      headers: { "x-tocsin-actor": "analyst:k" },
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    const doc = reply.body;
    assert.equal(doc.sha256, sha256);
    assert.equal(doc.size, original.length);
    assert.equal(doc.mediaType, "application/pdf", "taken from the file part");
    assert.equal(doc.collectedBy, "Analyst K");
    assert.deepEqual(
      doc.copies.map((c: { kind: string }) => c.kind),
      ["text"],
    );
    assert.equal(reply.headers.get("location"), `/api/v1/documents/${doc.id}`);

    const res = await h().app.request(`/api/v1/documents/${doc.id}/original?reason=review`, {
      headers: { "x-tocsin-actor": "analyst:m" },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/pdf");
    assert.equal(res.headers.get("x-tocsin-sha256"), sha256);
    assert.equal(
      res.headers.get("repr-digest"),
      `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`,
    );
    assert.match(res.headers.get("content-disposition") ?? "", /^attachment/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual(bytes, original);

    const text = await h().call("GET", `/api/v1/documents/${doc.id}/text`);
    assert.equal(text.status, 200);
    assert.match(text.body.items[0].content, /houses burning/);

    const trail = await h().call("GET", `/api/v1/documents/${doc.id}/custody`);
    assert.equal(trail.status, 200);
    assert.deepEqual(
      trail.body.items.map((e: { action: string; actor: string; reason: string | null }) => [
        e.action,
        e.actor,
        e.reason,
      ]),
      [
        ["create", "analyst:k", null],
        ["read", "analyst:m", "review"],
        ["read", "api", null],
      ],
    );
    assert.equal(trail.body.items[0].details.sha256, sha256);
  });

  test("full-text search finds documents by their text and title", async () => {
    const a = await h().call("POST", "/api/v1/documents", {
      body: upload(new TextEncoder().encode("a"), {
        title: "Fictional radio transcript",
        text: "the cockroaches must go",
      }),
    });
    const b = await h().call("POST", "/api/v1/documents", {
      body: upload(new TextEncoder().encode("b"), {
        title: "Fictional harvest notes",
        text: "maize and beans",
      }),
    });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    const found = async (q: string) =>
      (await h().call("GET", `/api/v1/documents?q=${encodeURIComponent(q)}`)).body.items.map(
        (d: { id: string }) => d.id,
      );
    assert.deepEqual(await found("cockroaches"), [a.body.id]);
    assert.deepEqual(await found("harvest"), [b.body.id]);
    assert.deepEqual(await found("zebra"), []);
  });

  test("an upload without a file, or with bad metadata, is refused naming each field", async () => {
    const form = new FormData();
    form.set("title", "No file");
    const nofile = await h().call("POST", "/api/v1/documents", { body: form });
    assert.equal(nofile.status, 400);
    assert.deepEqual(
      nofile.body.errors.map((e: { path: string }) => e.path),
      ["file"],
    );
    const bad = await h().call("POST", "/api/v1/documents", {
      body: upload(original, { collectedAt: "yesterday", language: "English", sourceId: "x", colour: "red" }),
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), [
      "collectedAt",
      "colour",
      "language",
      "sourceId",
    ]);
    const empty = await h().call("POST", "/api/v1/documents", {
      body: upload(new Uint8Array(0), { title: "Empty" }),
    });
    assert.equal(empty.status, 400);
    const json = await h().call("POST", "/api/v1/documents", { json: { title: "x" } });
    assert.equal(json.status, 415);
  });

  test("metadata can be changed with If-Match; the hash cannot", async () => {
    const doc = (
      await h().call("POST", "/api/v1/documents", { body: upload(original, { title: "Fictional memo" }) })
    ).body;
    const url = `/api/v1/documents/${doc.id}`;
    const ok = await h().call("PATCH", url, {
      json: { title: "Fictional memo (2)" },
      headers: { "if-match": '"1"' },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.title, "Fictional memo (2)");
    assert.equal(ok.body.sha256, sha256);
    const hash = await h().call("PATCH", url, {
      json: { sha256: "0".repeat(64) },
      headers: { "if-match": '"2"' },
    });
    assert.equal(hash.status, 400);
    assert.equal(hash.body.errors[0].path, "sha256");
  });

  test("collectedBy is confidential and the custody trail needs internal clearance", async () => {
    const doc = (
      await h().call("POST", "/api/v1/documents", {
        body: upload(original, {
          title: "Fictional photo log",
          collectedBy: "Source K",
          sensitivity: "public",
        }),
      })
    ).body;
    const asInternal = await h().call("GET", `/api/v1/documents/${doc.id}`, {
      headers: { "x-tocsin-clearance": "internal" },
    });
    assert.equal(asInternal.body.collectedBy, null);
    const list = await h().call("GET", "/api/v1/documents?limit=500", {
      headers: { "x-tocsin-clearance": "public" },
    });
    assert.ok(list.body.items.some((d: { id: string }) => d.id === doc.id));
    assert.ok(list.body.items.every((d: { collectedBy: unknown }) => d.collectedBy === null));
    const trail = await h().call("GET", `/api/v1/documents/${doc.id}/custody`, {
      headers: { "x-tocsin-clearance": "public" },
    });
    assert.equal(trail.status, 403);
    assert.equal(trail.body.code, "insufficient-clearance");
  });

  test("a document a claim cites cannot be deleted; an unknown one is 404 for every sub-resource", async () => {
    const source = await create(h(), "sources", {
      kind: "person",
      name: "Fictional Witness Group",
      reliability: "C",
    });
    const doc = (
      await h().call("POST", "/api/v1/documents", { body: upload(original, { title: "Fictional letter" }) })
    ).body;
    await create(h(), "claims", {
      sourceId: source.id,
      documentId: doc.id,
      indicator: "x-test",
      statement: "s",
      credibility: 3,
    });
    assert.equal((await h().call("DELETE", `/api/v1/documents/${doc.id}`)).status, 409);
    for (const part of ["", "/original", "/text", "/custody"]) {
      const reply = await h().call("GET", `/api/v1/documents/not-a-uuid${part}`);
      assert.equal(reply.status, 404, part);
      assert.equal(reply.body.code, "not-found");
    }
  });
});
