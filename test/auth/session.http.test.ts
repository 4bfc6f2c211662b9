import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_FAILED_LOGINS } from "../../src/domain/auth/limits.ts";
import { call } from "../support/http.ts";
import { onEachEngine } from "../support/stores.ts";
import { addUser, appOf, bearer, login, PASSWORD, sessionFrom, withSession } from "./auth-helpers.ts";

const SOURCE = { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" };

onEachEngine("login, sessions, CSRF and tokens over HTTP", (store) => {
  test("open local mode while no account exists: no login, as before; then a login is required", async () => {
    const app = appOf(store());
    const open = await call(app, "GET", "/api/v1/session");
    assert.equal(open.body.mode, "open");
    assert.equal(open.body.kind, "local");
    assert.equal((await call(app, "POST", "/api/v1/sources", { json: SOURCE })).status, 201);
    // --auth required refuses even without accounts.
    const required = appOf(store(), { auth: "required" });
    assert.equal((await call(required, "GET", "/api/v1/sources")).status, 401);

    await addUser(store(), "ana", "analyst");
    const refused = await call(app, "GET", "/api/v1/sources");
    assert.equal(refused.status, 401);
    assert.equal(refused.body.code, "unauthenticated");
    assert.match(refused.headers.get("www-authenticate") ?? "", /Bearer/);
    assert.equal((await call(app, "GET", "/api/v1/health")).status, 200, "health stays open");
    assert.equal((await call(app, "GET", "/api/v1/session")).body.mode, "required");
    // --auth open keeps the old behaviour with accounts.
    assert.equal((await call(appOf(store(), { auth: "open" }), "GET", "/api/v1/sources")).status, 200);
  });

  test("login sets an HttpOnly SameSite=Strict cookie (Secure when told), returns the CSRF token", async () => {
    const app = appOf(store());
    const s = await login(app, "ana");
    const cookie = s.reply.headers.get("set-cookie") ?? "";
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.doesNotMatch(cookie, /Secure/);
    assert.match(s.csrf, /^[\w-]{43}$/);
    assert.equal(s.reply.body.user.name, "ana");
    assert.equal(s.reply.body.actor, "user:ana");
    assert.equal(
      JSON.stringify(s.reply.body).includes(s.cookie),
      false,
      "the session id is only in the cookie",
    );
    const secure = await login(appOf(store(), { secureCookies: true }), "ana");
    assert.match(secure.reply.headers.get("set-cookie") ?? "", /Secure/);
    const me = await call(app, "GET", "/api/v1/session", { headers: withSession(s) });
    assert.equal(me.body.authenticated, true);
    assert.equal(me.body.csrfToken, s.csrf);
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: withSession(s, false) })).status, 200);
  });

  test("a failed login is one generic 401 whatever the cause", async () => {
    const app = appOf(store());
    for (const body of [
      { name: "ana", password: "not the password" },
      { name: "nobody", password: PASSWORD },
    ]) {
      const r = await call(app, "POST", "/api/v1/session", { json: body });
      assert.equal(r.status, 401);
      assert.equal(r.body.code, "login-failed");
      assert.equal(sessionFrom(r), null);
    }
  });

  test("a malformed login is a 400 naming the field, never a 500 or a session", async () => {
    const app = appOf(store());
    for (const [json, field] of [
      [{ name: 1, password: PASSWORD }, "name"],
      [{ name: "ana" }, "password"],
      [{ name: "ana", password: "x".repeat(2000) }, "password"],
      [{ name: "ana", password: PASSWORD, code: "1".repeat(40) }, "code"],
    ] as const) {
      const r = await call(app, "POST", "/api/v1/session", { json });
      assert.equal(r.status, 400, JSON.stringify(json).slice(0, 80));
      assert.ok(
        r.body.errors.some((e: { path: string }) => e.path.includes(field)),
        JSON.stringify(r.body.errors),
      );
      assert.equal(sessionFrom(r), null);
    }
    const notJson = await call(app, "POST", "/api/v1/session", {
      body: "{oops",
      headers: { "content-type": "application/json" },
    });
    assert.equal(notJson.status, 400);
  });

  test("fixation: login gives a new session id, and the id brought along stops working", async () => {
    const app = appOf(store());
    const first = await login(app, "ana");
    const second = await login(app, "ana", PASSWORD, first.cookie);
    assert.notEqual(second.cookie, first.cookie);
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: withSession(first) })).status, 401);
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: withSession(second) })).status, 200);
    // A planted id the server never issued is not adopted either.
    const planted = "A".repeat(43);
    const third = await login(app, "ana", PASSWORD, planted);
    assert.notEqual(third.cookie, planted);
  });

  test("CSRF: a state-changing request with a session cookie needs the session's X-CSRF-Token", async () => {
    const app = appOf(store());
    const s = await login(app, "ana");
    const none = await call(app, "POST", "/api/v1/sources", { json: SOURCE, headers: withSession(s, false) });
    assert.equal(none.status, 403);
    assert.equal(none.body.code, "csrf-failed");
    const wrong = await call(app, "POST", "/api/v1/sources", {
      json: SOURCE,
      headers: { ...withSession(s, false), "X-CSRF-Token": "x".repeat(43) },
    });
    assert.equal(wrong.status, 403);
    const other = await login(app, "ana");
    const crossed = await call(app, "POST", "/api/v1/sources", {
      json: SOURCE,
      headers: { ...withSession(s, false), "X-CSRF-Token": other.csrf },
    });
    assert.equal(crossed.status, 403, "another session's token does not do");
    const ok = await call(app, "POST", "/api/v1/sources", { json: SOURCE, headers: withSession(s) });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.name, SOURCE.name);
    const trail = await store().app.store.custodyFor("source", ok.body.id);
    assert.equal(trail.at(-1)?.actor, "user:ana", "the custody log names the account");
    const foreign = await call(app, "POST", "/api/v1/sources", {
      json: SOURCE,
      headers: { ...withSession(s), Origin: "https://elsewhere.example" },
    });
    assert.equal(foreign.status, 403, "another origin is refused");
  });

  test("logout ends the session (CSRF required) and clears the cookie", async () => {
    const app = appOf(store());
    const s = await login(app, "ana");
    assert.equal(
      (await call(app, "DELETE", "/api/v1/session", { headers: withSession(s, false) })).status,
      403,
    );
    const out = await call(app, "DELETE", "/api/v1/session", { headers: withSession(s) });
    assert.equal(out.status, 204);
    assert.match(out.headers.get("set-cookie") ?? "", /tocsin_session=;.*Max-Age=0/);
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: withSession(s) })).status, 401);
  });

  test("bearer tokens: scopes checked, unknown and revoked tokens refused, no CSRF needed", async () => {
    const app = appOf(store());
    const read = await store().app.auth.accounts.addToken("ana", { name: "read", scopes: ["read"] });
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: bearer(read.token) })).status, 200);
    const w = await call(app, "POST", "/api/v1/sources", { json: SOURCE, headers: bearer(read.token) });
    assert.equal(w.status, 403);
    assert.equal(w.body.code, "insufficient-scope");
    const write = await store().app.auth.accounts.addToken("ana", { name: "write", scopes: ["write"] });
    assert.equal(
      (await call(app, "POST", "/api/v1/sources", { json: SOURCE, headers: bearer(write.token) })).status,
      201,
    );
    const bogus = await call(app, "GET", "/api/v1/sources", { headers: bearer("tocsin_nope") });
    assert.equal(bogus.status, 401);
    await store().app.auth.accounts.revokeToken(read.record.id);
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: bearer(read.token) })).status, 401);
  });

  test(`lockout: after ${MAX_FAILED_LOGINS} failures the right password is refused too`, async () => {
    await addUser(store(), "locky", "viewer");
    const app = appOf(store());
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      const r = await call(app, "POST", "/api/v1/session", {
        json: { name: "locky", password: "wrong password!" },
      });
      assert.equal(r.status, 401);
    }
    const r = await call(app, "POST", "/api/v1/session", { json: { name: "locky", password: PASSWORD } });
    assert.equal(r.status, 401);
    assert.equal(sessionFrom(r), null);
    const [user] = (await store().app.auth.accounts.listUsers()).filter((u) => u.name === "locky");
    assert.ok(user?.lockedUntil, "the account is locked");
  });

  test("login rate limit: past the limit a 429 with Retry-After, even with the right password", async () => {
    await addUser(store(), "busy", "viewer");
    const app = appOf(store());
    let last = await call(app, "POST", "/api/v1/session", { json: { name: "busy", password: PASSWORD } });
    for (let i = 0; i < 10; i++) {
      last = await call(app, "POST", "/api/v1/session", { json: { name: `nobody${i}`, password: "x" } });
    }
    assert.equal(last.status, 429);
    assert.equal(last.body.code, "too-many-requests");
    assert.ok(Number(last.headers.get("retry-after")) > 0);
    const right = await call(app, "POST", "/api/v1/session", { json: { name: "busy", password: PASSWORD } });
    assert.equal(right.status, 429);
  });

  test("a disabled account: its session and tokens stop at once, and it cannot log in", async () => {
    await addUser(store(), "gone", "analyst");
    const app = appOf(store());
    const s = await login(app, "gone");
    const t = await store().app.auth.accounts.addToken("gone", { name: "t", scopes: ["read"] });
    await store().app.auth.accounts.setDisabled("gone", true);
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: withSession(s) })).status, 401);
    assert.equal((await call(app, "GET", "/api/v1/sources", { headers: bearer(t.token) })).status, 401);
    const r = await call(app, "POST", "/api/v1/session", { json: { name: "gone", password: PASSWORD } });
    assert.equal(r.status, 401);
  });

  test("roles and clearance: a viewer cannot write; the server's clearance caps an account's", async () => {
    await addUser(store(), "vera", "viewer", "confidential");
    const app = appOf(store(), { clearance: "internal" });
    const s = await login(app, "vera");
    assert.equal(s.reply.body.clearance, "internal");
    const w = await call(app, "POST", "/api/v1/sources", { json: SOURCE, headers: withSession(s) });
    assert.equal(w.status, 403);
    assert.equal(w.body.code, "forbidden");
    const custody = await call(app, "GET", "/api/v1/custody", { headers: withSession(s) });
    assert.equal(custody.status, 403);
    assert.equal(custody.body.code, "insufficient-clearance");
  });

  test("public mode: read-only at public clearance for everyone, no login needed or possible", async () => {
    const app = appOf(store(), { publicMode: true });
    const me = await call(app, "GET", "/api/v1/session");
    assert.equal(me.body.mode, "public");
    assert.equal(me.body.clearance, "public");
    assert.equal((await call(app, "GET", "/api/v1/sources")).status, 200);
    assert.equal(
      (await call(app, "POST", "/api/v1/session", { json: { name: "ana", password: PASSWORD } })).status,
      405,
    );
  });
});
