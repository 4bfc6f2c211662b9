import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { GENERATORS, generate } from "./generator.ts";

const haveWrk = spawnSync("wrk", ["--version"], { stdio: "ignore" }).error === undefined;

/**
 * Both load generators send what the load benchmark asks: the same paths in turn with the token header, or
 * posts of distinct JSON bodies; and both count what came back (wrk through its Lua script's summary).
 */
describe("load generators", () => {
  const seen: { method: string; url: string; auth: string | undefined; body: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", auth: req.headers.authorization, body });
      res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  let url = "";
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const generator of GENERATORS) {
    const skip =
      generator === "wrk" && !haveWrk ? "wrk is not installed (the load bench installs it)" : false;
    test(`${generator}: reads cycle the paths with the header; non-2xx counted`, { skip }, async () => {
      seen.length = 0;
      const headers = { authorization: "Bearer tocsin_test" };
      const r = await generate(generator, {
        url,
        connections: 2,
        seconds: 1,
        headers,
        paths: ["/a", "/missing"],
      });
      assert.ok(r.requests > 10, `${r.requests} requests`);
      assert.equal(r.errors, 0);
      assert.deepEqual(new Set(seen.map((s) => s.url)), new Set(["/a", "/missing"]));
      assert.ok(seen.every((s) => s.method === "GET" && s.auth === "Bearer tocsin_test"));
      const missing = seen.filter((s) => s.url === "/missing").length;
      assert.ok(Math.abs(r.non2xx - missing) <= 2, `non-2xx ${r.non2xx}, 404s served ${missing}`);
      assert.ok(r.latencyMs.p50 <= r.latencyMs.p99 && r.latencyMs.p99 <= r.latencyMs.max);
    });

    test(`${generator}: writes post distinct JSON bodies`, { skip }, async () => {
      seen.length = 0;
      await generate(generator, {
        url,
        connections: 2,
        seconds: 1,
        headers: {},
        post: { path: "/groups", namePrefix: "Load test group x (fictional)" },
      });
      // A read of the previous test still in flight when it ended may arrive here: only /groups counts.
      const posts = seen.filter((s) => s.url === "/groups");
      assert.ok(posts.length > 10);
      const names = posts.map((s) => {
        assert.equal(s.method, "POST");
        return (JSON.parse(s.body) as { name: string; kind: string }).name;
      });
      assert.equal(new Set(names).size, names.length, "every name once (the API refuses a repeated one)");
      assert.match(names[0] as string, /^Load test group x \(fictional\) \d+$/);
    });
  }
});
