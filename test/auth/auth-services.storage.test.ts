import assert from "node:assert/strict";
import { test } from "node:test";
import { base32Decode } from "../../src/domain/auth/base32.ts";
import { LOCKOUT_MS, MAX_FAILED_LOGINS, SESSION_IDLE_MS } from "../../src/domain/auth/limits.ts";
import { totp } from "../../src/domain/auth/totp.ts";
import { onEachEngine } from "../support/stores.ts";

let now = new Date("2026-03-01T10:00:00Z");
const clock = { now: () => new Date(now) };
const PASSWORD = "a long enough passphrase";

onEachEngine(
  "accounts, sessions and tokens",
  (store) => {
    const auth = () => store().app.auth;

    test("no account: open; adding one switches at once; names are checked; duplicates refused", async () => {
      assert.equal(await auth().authentication.hasUsers(), false);
      const { user } = await auth().accounts.addUser({
        name: "ana",
        password: PASSWORD,
        role: "analyst",
        clearance: "internal",
      });
      assert.equal(user.role, "analyst");
      assert.equal(await auth().authentication.hasUsers(), true);
      await assert.rejects(
        auth().accounts.addUser({ name: "ana", password: PASSWORD, role: "viewer", clearance: "public" }),
        { code: "conflict" },
      );
      await assert.rejects(
        auth().accounts.addUser({
          name: "Bad Name",
          password: PASSWORD,
          role: "viewer",
          clearance: "public",
        }),
        { code: "invalid-input" },
      );
      await assert.rejects(
        auth().accounts.addUser({ name: "bob", password: "short", role: "viewer", clearance: "public" }),
        { code: "invalid-input" },
      );
      const listed = await auth().accounts.listUsers();
      assert.deepEqual(
        listed.map((u) => u.name),
        ["ana"],
      );
      assert.equal(JSON.stringify(listed).includes("scrypt"), false, "no hash in the view");
    });

    test("login makes a new session each time; the old id brought along is ended (no fixation)", async () => {
      const first = await auth().authentication.login({ name: "ana", password: PASSWORD });
      assert.ok(first.ok);
      const second = await auth().authentication.login({ name: "ana", password: PASSWORD }, first.sessionId);
      assert.ok(second.ok);
      assert.notEqual(first.sessionId, second.sessionId);
      assert.equal(await auth().authentication.session(first.sessionId), null);
      const s = await auth().authentication.session(second.sessionId);
      assert.equal(s?.principal.actor, "user:ana");
      assert.equal(s?.principal.role, "analyst");
      await auth().authentication.logout(second.sessionId);
      assert.equal(await auth().authentication.session(second.sessionId), null);
    });

    test("a session ends after the idle timeout", async () => {
      const r = await auth().authentication.login({ name: "ana", password: PASSWORD });
      assert.ok(r.ok);
      now = new Date(now.getTime() + SESSION_IDLE_MS + 1000);
      assert.equal(await auth().authentication.session(r.sessionId), null);
    });

    test(`${MAX_FAILED_LOGINS} failures lock the account (the right password too) until the lockout ends`, async () => {
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
        const r = await auth().authentication.login({ name: "ana", password: "wrong password!!" });
        assert.equal(!r.ok && r.why, "wrong-password");
      }
      const locked = await auth().authentication.login({ name: "ana", password: PASSWORD });
      assert.equal(!locked.ok && locked.why, "locked");
      now = new Date(now.getTime() + LOCKOUT_MS + 1000);
      assert.equal((await auth().authentication.login({ name: "ana", password: PASSWORD })).ok, true);
    });

    test("reset clears a lockout and ends sessions; disable refuses logins, sessions and tokens", async () => {
      const s = await auth().authentication.login({ name: "ana", password: PASSWORD });
      assert.ok(s.ok);
      const { token } = await auth().accounts.addToken("ana", { name: "ci", scopes: ["read"] });
      assert.equal((await auth().authentication.token(token))?.actor, "user:ana");
      const reset = await auth().accounts.resetPassword("ana", "another long passphrase");
      assert.ok(reset.sessionsEnded >= 1, "the sessions end");
      assert.equal(await auth().authentication.session(s.sessionId), null);
      assert.equal((await auth().authentication.login({ name: "ana", password: PASSWORD })).ok, false);
      await auth().accounts.setDisabled("ana", true);
      const d = await auth().authentication.login({ name: "ana", password: "another long passphrase" });
      assert.equal(!d.ok && d.why, "disabled");
      assert.equal(await auth().authentication.token(token), null);
      await auth().accounts.setDisabled("ana", false);
      assert.equal(
        (await auth().authentication.login({ name: "ana", password: "another long passphrase" })).ok,
        true,
      );
    });

    test("tokens: hashed at rest, scoped, expiring, revocable", async () => {
      const { token, record } = await auth().accounts.addToken("ana", {
        name: "import",
        scopes: ["import", "read"],
        expiresAt: new Date(now.getTime() + 3600_000).toISOString(),
      });
      assert.match(token, /^tocsin_[\w-]{43}$/);
      const rows = await store()
        .app.database.db.selectFrom("api_tokens" as never)
        .selectAll()
        .execute();
      assert.equal(JSON.stringify(rows).includes(token.slice(7)), false, "the token is not stored");
      assert.deepEqual((await auth().authentication.token(token))?.scopes, ["import", "read"]);
      await assert.rejects(auth().accounts.addToken("ana", { name: "x", scopes: ["admin"] }), {
        code: "invalid-input",
      });
      now = new Date(now.getTime() + 3600_000 + 1);
      assert.equal(await auth().authentication.token(token), null, "expired");
      const live = await auth().accounts.addToken("ana", { name: "live", scopes: ["write"] });
      await auth().accounts.revokeToken(live.record.id);
      assert.equal(await auth().authentication.token(live.token), null, "revoked");
      await assert.rejects(auth().accounts.revokeToken(live.record.id), { code: "conflict" });
      await assert.rejects(auth().accounts.revokeToken(record.userId), { code: "not-found" });
    });

    test("TOTP: a code is required and checked; a wrong code counts as a failure", async () => {
      const { totpSecret } = await auth().accounts.addUser({
        name: "two",
        password: PASSWORD,
        role: "viewer",
        clearance: "public",
        totp: true,
      });
      const secret = base32Decode(totpSecret as string) as Buffer;
      const missing = await auth().authentication.login({ name: "two", password: PASSWORD });
      assert.equal(!missing.ok && missing.why, "code-required");
      const wrongCode = String((Number(totp(secret, now.getTime() / 1000)) + 1) % 1_000_000).padStart(6, "0");
      const wrong = await auth().authentication.login({ name: "two", password: PASSWORD, code: wrongCode });
      assert.equal(!wrong.ok && wrong.why, "wrong-code");
      const ok = await auth().authentication.login({
        name: "two",
        password: PASSWORD,
        code: totp(secret, now.getTime() / 1000),
      });
      assert.equal(ok.ok, true);
    });
  },
  { clock },
);
