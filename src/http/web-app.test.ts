import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { httpHarness } from "../../test/support/http.ts";

describe("the web app's pages and assets", () => {
  const h = httpHarness();
  const dir = mkdtempSync(join(tmpdir(), "tocsin-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>app shell</title>");
  writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log('app')");
  after(() => rmSync(dir, { recursive: true, force: true }));
  const app = () => h().appWith({ webDir: dir });
  const html = { accept: "text/html,application/xhtml+xml" };

  test("every page of the app has a deep link: a browser gets the app shell at any path", async () => {
    for (const path of ["/", "/situations/4b1e0a52-0000-4000-8000-000000000000", "/evidence/events?q=x"]) {
      const reply = await h().call("GET", path, { app: app(), headers: html });
      assert.equal(reply.status, 200, path);
      assert.match(reply.body, /app shell/, path);
      assert.equal(reply.headers.get("cache-control"), "no-cache", path);
    }
  });

  test("assets are served with a long cache; a missing asset is a 404", async () => {
    const js = await h().call("GET", "/assets/index-abc123.js", { app: app() });
    assert.equal(js.status, 200);
    assert.match(js.body, /console\.log/);
    assert.match(js.headers.get("cache-control") ?? "", /immutable/);
    const missing = await h().call("GET", "/assets/gone.js", { app: app(), headers: html });
    assert.equal(missing.status, 404);
  });

  test("the API keeps its own 404s and answers, whatever the browser accepts", async () => {
    const missing = await h().call("GET", "/api/v1/nothing-here", { app: app(), headers: html });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, "route-not-found");
    const health = await h().call("GET", "/api/v1/health", { app: app(), headers: html });
    assert.equal(health.status, 200);
    const post = await h().call("POST", "/situations/x", { app: app(), headers: html, json: {} });
    assert.equal(post.status, 404);
  });
});
