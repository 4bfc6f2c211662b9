import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { create, httpHarness, seedWorld } from "../../test/support/http.ts";
import type { AppContext } from "../bootstrap.ts";
import { createHttpApp, startServer } from "./server.ts";

const h = httpHarness();
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked as plain JSON.
type Rec = any;

describe("the HTTP server", () => {
  test("health answers with the engine, schema version and the server's clearance", async () => {
    const reply = await h().call("GET", "/api/v1/health");
    assert.equal(reply.status, 200);
    assert.equal(reply.body.status, "ok");
    assert.equal(reply.body.engine, "pglite");
    assert.equal(reply.body.schemaVersion, h().store.app.migrations.current);
    assert.equal(reply.body.clearance, "confidential");
    const pub = await h().call("GET", "/api/v1/health", {
      app: h().appWith({ clearance: "internal", publicMode: true }),
    });
    assert.equal(pub.body.clearance, "public");
    assert.equal(pub.body.publicMode, true);
  });

  test("X-Tocsin-Clearance may lower a request's clearance, never raise it", async () => {
    const internalServer = h().appWith({ clearance: "internal" });
    const raise = await h().call("GET", "/api/v1/sources", {
      app: internalServer,
      headers: { "x-tocsin-clearance": "confidential" },
    });
    assert.equal(raise.status, 403);
    assert.equal(raise.body.code, "clearance-exceeded");
    const garbled = await h().call("GET", "/api/v1/sources", {
      headers: { "x-tocsin-clearance": "top-secret" },
    });
    assert.equal(garbled.status, 400);
    assert.equal(garbled.body.errors[0].path, "X-Tocsin-Clearance");
    const lower = await h().call("GET", "/api/v1/sources", {
      app: internalServer,
      headers: { "x-tocsin-clearance": "public" },
    });
    assert.equal(lower.status, 200);
  });

  test("X-Tocsin-Actor is validated", async () => {
    for (const actor of ["x".repeat(201), "  "]) {
      const reply = await h().call("GET", "/api/v1/sources", { headers: { "x-tocsin-actor": actor } });
      assert.equal(reply.status, 400);
      assert.equal(reply.body.errors[0].path, "X-Tocsin-Actor");
    }
  });

  test("confidential fields and records are absent for an internal server", async () => {
    const w = await seedWorld(h(), "internal");
    const secret = await create(h(), "actors", {
      name: "Fictional Informant",
      kind: "individual",
      sensitivity: "confidential",
    });
    const internal = h().appWith({ clearance: "internal" });
    const source = await h().call("GET", `/api/v1/sources/${w.source.id}`, { app: internal });
    assert.equal(source.status, 200);
    assert.equal(source.body.contact, null);
    assert.equal((await h().call("GET", `/api/v1/actors/${secret.id}`, { app: internal })).status, 404);
    const actors = await h().call("GET", "/api/v1/actors?limit=500", { app: internal });
    assert.ok(!JSON.stringify(actors.body).includes("Fictional Informant"));
    const sources = await h().call("GET", "/api/v1/sources?limit=500", { app: internal });
    assert.ok(!JSON.stringify(sources.body).includes("secret line"));
  });

  test("public mode is read-only and sees public records only, without confidential fields", async () => {
    const w = await seedWorld(h(), "public");
    const hidden = await create(h(), "groups", {
      name: "Fictional Internal Group",
      kind: "ethnic",
      sensitivity: "internal",
    });
    const pub = h().appWith({ clearance: "confidential", publicMode: true });
    for (const [method, path] of [
      ["POST", "/api/v1/groups"],
      ["PATCH", `/api/v1/groups/${w.group.id}`],
      ["DELETE", `/api/v1/groups/${w.group.id}`],
      ["POST", "/api/v1/documents"],
    ] as const) {
      const reply = await h().call(method, path, {
        app: pub,
        json: { name: "x", kind: "ethnic" },
        headers: { "if-match": '"1"' },
      });
      assert.equal(reply.status, 405, `${method} ${path}`);
      assert.equal(reply.body.code, "read-only");
      assert.equal(reply.headers.get("allow"), "GET, HEAD");
    }
    assert.equal((await h().call("GET", `/api/v1/groups/${w.group.id}`)).body.version, 1, "nothing changed");
    const source = await h().call("GET", `/api/v1/sources/${w.source.id}`, { app: pub });
    assert.equal(source.status, 200);
    assert.equal(source.body.contact, null);
    assert.equal((await h().call("GET", `/api/v1/groups/${hidden.id}`, { app: pub })).status, 404);
    const raise = await h().call("GET", "/api/v1/groups", {
      app: pub,
      headers: { "x-tocsin-clearance": "internal" },
    });
    assert.equal(raise.status, 403);
  });

  test("oversized bodies get 413 problems", async () => {
    const big = await h().call("POST", "/api/v1/groups", {
      json: { name: "Fictional", kind: "ethnic", description: "x".repeat(1024 * 1024 + 10) },
    });
    assert.equal(big.status, 413);
    assert.equal(big.body.code, "payload-too-large");
    const declared = await h().call("POST", "/api/v1/documents", {
      body: "small",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(50 * 1024 * 1024 + 1),
      },
    });
    assert.equal(declared.status, 413);
    // Reads skip the limit (no handler reads a GET's body); every method that may carry one keeps it.
    const patch = await h().call("PATCH", "/api/v1/groups/00000000-0000-4000-8000-000000000000", {
      json: { description: "x".repeat(1024 * 1024 + 10) },
    });
    assert.equal(patch.status, 413);
  });

  test("an unexpected error is a 500 with a generic message, logged on the server only", async () => {
    const logged: string[] = [];
    const ctx = h().store.app;
    const evidence = Object.create(ctx.evidence);
    evidence.get = () => {
      throw new Error("connection to db failed: password=hunter2");
    };
    const broken = createHttpApp({ ...ctx, evidence } as AppContext, {
      clearance: "confidential",
      publicMode: false,
      log: (line) => logged.push(line),
    });
    const reply = await h().call("GET", "/api/v1/sources/00000000-0000-4000-8000-000000000000", {
      app: broken,
    });
    assert.equal(reply.status, 500);
    assert.equal(reply.body.code, "internal");
    assert.equal(reply.headers.get("content-type"), "application/problem+json");
    assert.ok(!JSON.stringify(reply.body).includes("hunter2"));
    assert.ok(!JSON.stringify(reply.body).includes("at "));
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? "", /hunter2/);
  });

  test("unknown routes get a 404 problem; without a built web app / says how to build one", async () => {
    const missing = await h().call("GET", "/api/v2/everything");
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, "route-not-found");
    const head = await h().app.request("/api/v1/health", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), "");
    const unbuilt = h().appWith({ webDir: "/nonexistent/tocsin-web" });
    const home = await h().call("GET", "/", { app: unbuilt });
    assert.equal(home.status, 200);
    assert.match(home.headers.get("content-type") ?? "", /text\/html/);
    for (const needle of [
      "tocsin",
      "/api/v1",
      "/api/openapi.json",
      "npm run build:web",
      "fictional training scenario",
    ]) {
      assert.ok(home.body.includes(needle), needle);
    }
  });

  test("the OpenAPI 3.1 document lists every resource, and every reference in it resolves", async () => {
    const res = await h().app.request("/api/openapi.json");
    assert.equal(res.status, 200);
    const doc = JSON.parse(await res.text());
    assert.equal(doc.openapi, "3.1.0");
    for (const plural of ["sources", "documents", "actors", "groups", "situations", "events", "claims"]) {
      assert.ok(doc.paths[`/api/v1/${plural}`]?.get, `${plural} list`);
      assert.ok(doc.paths[`/api/v1/${plural}/{id}`]?.get, `${plural} get`);
      assert.ok(doc.paths[`/api/v1/${plural}/{id}`]?.patch, `${plural} patch`);
      assert.ok(doc.paths[`/api/v1/${plural}/{id}`]?.delete, `${plural} delete`);
      assert.ok(doc.paths[`/api/v1/${plural}`]?.post, `${plural} create`);
    }
    for (const path of ["original", "text", "custody"])
      assert.ok(doc.paths[`/api/v1/documents/{id}/${path}`]?.get, path);
    assert.ok(doc.paths["/api/v1/custody"]?.get);
    assert.ok(doc.paths["/api/v1/health"]?.get);
    const eventQuery = doc.paths["/api/v1/events"].get.parameters.map((p: { name?: string }) => p.name);
    for (const name of [
      "country",
      "situation",
      "from",
      "to",
      "act",
      "group",
      "perpetrator",
      "contested",
      "q",
      "limit",
      "cursor",
    ]) {
      assert.ok(eventQuery.includes(name), name);
    }
    for (const [path, item] of Object.entries(doc.paths) as [string, Record<string, Rec>][]) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        assert.ok(Object.keys(op.responses ?? {}).length > 0, `${method} ${path} has responses`);
        const declared = (op.parameters ?? []).filter((p: Rec) => p.in === "path").map((p: Rec) => p.name);
        assert.deepEqual(
          declared.sort(),
          [...names].sort(),
          `${method} ${path} declares its path parameters`,
        );
      }
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/([\w-]+)"/g)];
    assert.ok(refs.length > 20);
    for (const [, section, name] of refs)
      assert.ok(doc.components[section ?? ""]?.[name ?? ""], `${section}/${name}`);
  });

  test("startServer listens on a real socket and closes", async () => {
    const server = await startServer(h().store.app, {
      port: 0,
      host: "127.0.0.1",
      clearance: "internal",
      publicMode: false,
    });
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/v1/health`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { clearance: string }).clearance, "internal");
    const port = Number(new URL(server.url).port);
    await assert.rejects(
      startServer(h().store.app, { port, host: "127.0.0.1", clearance: "internal", publicMode: false }),
      /the port is in use/,
    );
    await server.close();
    await assert.rejects(fetch(`${server.url}/api/v1/health`));
  });
});
