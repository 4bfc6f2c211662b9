import assert from "node:assert/strict";
import { test } from "node:test";
import { tocsin } from "../../src/cli/test-io.ts";
import { startServer } from "../../src/http/server.ts";
import { httpHarness } from "../support/http.ts";

// Security headers, the NUL guard, the upload type check, and no password in what the CLI prints.
const h = httpHarness();

test("every answer carries CSP (no inline scripts, inline styles for Leaflet, no framing), nosniff, no referrer", async () => {
  for (const path of ["/api/v1/health", "/api/v1/nope", "/"]) {
    const r = await h().call("GET", path);
    const csp = r.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.match(csp, /style-src 'self' 'unsafe-inline'/, path);
    assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/, path);
    assert.equal(r.headers.get("x-content-type-options"), "nosniff", path);
    assert.equal(r.headers.get("referrer-policy"), "no-referrer", path);
  }
});

test("on a real socket too (node-server's own responses), JSON, errors, pages and raw files carry the headers", async () => {
  const server = await startServer(h().store.app, {
    port: 0,
    host: "127.0.0.1",
    clearance: "internal",
    publicMode: false,
  });
  try {
    const group = await h().call("POST", "/api/v1/groups", {
      json: { name: "Fictional Folk", kind: "ethnic" },
    });
    for (const path of [
      "/api/v1/health",
      `/api/v1/groups/${group.body.id}`,
      "/api/v1/nope",
      "/",
      "/api/openapi.json",
    ]) {
      const r = await fetch(`${server.url}${path}`);
      const body = await r.text();
      assert.ok(body.length > 0, `${path} has its body`);
      assert.match(r.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/, path);
      assert.equal(r.headers.get("x-content-type-options"), "nosniff", path);
      assert.equal(r.headers.get("referrer-policy"), "no-referrer", path);
    }
    const form = new FormData();
    form.set("file", new File([Buffer.from("<svg onload=alert(1)>")], "x.svg"));
    form.set("title", "Fictional drawing");
    form.set("mediaType", "image/svg+xml");
    const doc = await h().call("POST", "/api/v1/documents", { body: form });
    const original = await fetch(`${server.url}/api/v1/documents/${doc.body.id}/original`);
    assert.equal(await original.text(), "<svg onload=alert(1)>");
    assert.equal(original.headers.get("content-security-policy"), "sandbox", "a handler's own CSP stays");
    assert.equal(original.headers.get("x-content-type-options"), "nosniff");
  } finally {
    await server.close();
  }
});

test("a NUL anywhere in a JSON body or the query is a 400 naming the field, not a 500", async () => {
  const body = await h().call("POST", "/api/v1/groups", {
    json: { name: "Fictional\u0000Folk", kind: "ethnic", aliases: ["ok", "b\u0000d"] },
  });
  assert.equal(body.status, 400);
  assert.deepEqual(body.body.errors.map((e: { path: string }) => e.path).sort(), ["aliases.1", "name"]);
  const query = await h().call("POST", "/api/v1/groups?reason=a%00b", {
    json: { name: "Fictional Folk", kind: "ethnic" },
  });
  assert.equal(query.status, 400);
  assert.equal(query.body.errors[0].path, "reason");
});

test("a document whose stated type its bytes contradict is refused; the original is served as a sandboxed attachment", async () => {
  const form = new FormData();
  form.set("file", new File([Buffer.from("<html><script>x</script></html>")], "r.pdf"));
  form.set("title", "Fictional report");
  form.set("mediaType", "application/pdf");
  const bad = await h().call("POST", "/api/v1/documents", { body: form });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors[0].path, "mediaType");
  form.set("file", new File([Buffer.from("%PDF-1.4 fictional")], "r.pdf"));
  const ok = await h().call("POST", "/api/v1/documents", { body: form });
  assert.equal(ok.status, 201, JSON.stringify(ok.body));
  form.set("file", new File([Buffer.from("<svg onload=alert(1)>")], "x.svg"));
  form.set("mediaType", "image/svg+xml");
  const svg = await h().call("POST", "/api/v1/documents", { body: form });
  assert.equal(svg.status, 201, "any type is evidence");
  const res = await h().app.request(`/api/v1/documents/${svg.body.id}/original`);
  assert.match(res.headers.get("content-disposition") ?? "", /^attachment/);
  assert.equal(res.headers.get("content-security-policy"), "sandbox");
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
});

test("a DATABASE_URL password is never printed by doctor, verify or serve, even when the connection fails", async () => {
  const env = { DATABASE_URL: "postgres://tocsin:S3cret-Pa55@127.0.0.1:1/nowhere" };
  for (const argv of [["doctor"], ["doctor", "--json"], ["verify"], ["serve", "--port", "0"], ["migrate"]]) {
    const r = await tocsin(argv, env);
    assert.notEqual(r.code, 0, `${argv.join(" ")} fails on an unreachable database`);
    assert.doesNotMatch(`${r.out}${r.err}`, /S3cret-Pa55/, argv.join(" "));
    assert.match(`${r.out}${r.err}`, /127\.0\.0\.1/, `${argv.join(" ")} still says where`);
  }
});
