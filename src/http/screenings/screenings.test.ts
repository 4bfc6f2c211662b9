import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { onEachEngine } from "../../../test/support/stores.ts";
import { openWorker } from "../../adapters/queue/open-worker.ts";
import { loadModel } from "../../app/screening/model-store.ts";
import { screenLines } from "../../app/screening/screen-lines.ts";
import { createHttpApp } from "../server.ts";

// INVENTED posts (the fictional scenario's groups), a blank line, a line that is not JSON.
const POSTS = [
  '{"id": "p1", "text": "The Oskeri are rats and vermin, clean them out of the valley."}',
  '{"id": "p2", "text": "Market day in Vessenport was quiet."}',
  "",
  "not json at all",
  '{"id": 7, "text": "They will come for us at night, arm yourselves before the Oskeri strike first."}',
].join("\n");

async function results(app: ReturnType<typeof createHttpApp>, path: string) {
  const res = await app.request(path);
  return {
    res,
    lines:
      res.status === 200
        ? (await res.text())
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l))
        : [],
  };
}

onEachEngine("batch screening as a job (POST /api/v1/screenings)", (store) => {
  test("posts become a job; its results stream as JSON Lines with the tocsin screen --json contract", async () => {
    const app = createHttpApp(store().app, { clearance: "confidential", publicMode: false });
    const post = await app.request("/api/v1/screenings", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: POSTS,
    });
    assert.equal(post.status, 202, await post.clone().text());
    const job = await post.json();
    assert.equal(post.headers.get("location"), `/api/v1/screenings/${job.id}`);
    assert.equal(job.status, "queued");
    const again = await (await app.request("/api/v1/screenings", { method: "POST", body: POSTS })).json();
    assert.equal(again.id, job.id, "the same bytes while queued: the same job");
    const uploads = join(store().app.config.dataDir, "screenings", "uploads");
    assert.equal(readdirSync(uploads).length, 1, "the second copy of the same posts is removed at once");
    const early = await results(app, `/api/v1/screenings/${job.id}/results`);
    assert.equal(early.res.status, 409, "no results before the job has run");

    assert.equal(await openWorker(store().app).drain(), 1);
    const done = await (await app.request(`/api/v1/screenings/${job.id}`)).json();
    assert.equal(done.status, "succeeded", JSON.stringify(done));
    assert.equal(done.result.posts, 4);
    assert.equal(done.result.problems, 1, "the line that is not JSON");
    assert.equal(done.results, `/api/v1/screenings/${job.id}/results`);
    assert.deepEqual(readdirSync(uploads), [], "the posts are removed once the job has succeeded");
    assert.ok(existsSync(join(store().app.config.dataDir, "screenings", `${job.fileSha256}.auto.jsonl`)));

    const { res, lines } = await results(app, done.results);
    assert.match(res.headers.get("content-type") ?? "", /application\/x-ndjson/);
    const cli = [];
    for await (const r of screenLines(Readable.from([Buffer.from(POSTS)]), loadModel())) cli.push(r);
    assert.deepEqual(lines, JSON.parse(JSON.stringify(cli)), "identical to tocsin screen --json");
    assert.deepEqual(
      lines.map((l: { id: unknown }) => l.id),
      ["p1", "p2", 4, 7],
    );
    assert.ok(lines[0].findings.length > 0, "dehumanisation found in the first post");
  });

  test("refusals: binary body, JSON or form body, empty body, public callers; unknown ids are 404", async () => {
    const app = createHttpApp(store().app, { clearance: "confidential", publicMode: false });
    const bin = await app.request("/api/v1/screenings", { method: "POST", body: new Uint8Array([1, 0, 2]) });
    assert.equal(bin.status, 400);
    assert.match(JSON.stringify(await bin.json()), /binary/);
    for (const type of ["application/json", "application/x-www-form-urlencoded"]) {
      const other = await app.request("/api/v1/screenings", {
        method: "POST",
        headers: { "content-type": type },
        body: type === "application/json" ? '{"text": "a post"}' : "text=a+post",
      });
      assert.equal(other.status, 415, `${type} is refused, not read half-way`);
      assert.match(((await other.json()) as { detail: string }).detail, /application\/x-ndjson/);
    }
    const jsonl = await app.request("/api/v1/screenings", {
      method: "POST",
      headers: { "content-type": "application/jsonl" },
      body: '{"text": "a post"}',
    });
    assert.equal(
      jsonl.status,
      202,
      "application/jsonl is streamed, not read by the JSON NUL guard (found by the fuzz)",
    );
    const empty = await app.request("/api/v1/screenings", { method: "POST", body: "" });
    assert.equal(empty.status, 400);
    const pub = createHttpApp(store().app, { clearance: "public", publicMode: false });
    assert.equal((await pub.request("/api/v1/screenings", { method: "POST", body: "hello" })).status, 403);
    const unknown = await app.request("/api/v1/screenings/00000000-0000-4000-8000-000000000000");
    assert.equal(unknown.status, 404);
  });
});
