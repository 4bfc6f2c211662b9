import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { custodyPage } from "../../src/adapters/db/custody.queries.ts";
import { verifyStore } from "../../src/app/verify/verify-store.ts";
import { verifyDeps } from "../../src/cli/store-deps.ts";
import { LOGIN_ACTOR } from "../../src/domain/auth/account-custody.ts";
import { base32Decode } from "../../src/domain/auth/base32.ts";
import { MAX_FAILED_LOGINS } from "../../src/domain/auth/limits.ts";
import { totp } from "../../src/domain/auth/totp.ts";
import type { CustodyEntry } from "../../src/domain/custody/custody-chain.ts";
import { onEachEngine } from "../support/stores.ts";

let now = new Date("2026-04-01T09:00:10Z");
const clock = { now: () => new Date(now) };
const PASSWORD = "a long enough passphrase";
const NEW_PASSWORD = "another long passphrase";

onEachEngine(
  "account and token changes in the custody log; TOTP replay",
  (store) => {
    const auth = () => store().app.auth;
    const entries = async (): Promise<CustodyEntry[]> => custodyPage(store().app.database.db, 0, 1000);
    const secrets: string[] = [];

    test("add, disable, enable, reset, role change, token add and revoke: one entry each, no secret", async () => {
      const added = await auth().accounts.addUser(
        { name: "lea", password: PASSWORD, role: "analyst", clearance: "internal", totp: true },
        "cli:root",
      );
      secrets.push(PASSWORD, added.totpSecret as string);
      await auth().accounts.setDisabled("lea", true, "cli:root");
      await auth().accounts.setDisabled("lea", false, "cli:root");
      const reset = await auth().accounts.resetPassword("lea", NEW_PASSWORD, "new", "cli:root");
      secrets.push(NEW_PASSWORD, reset.totpSecret as string);
      await auth().accounts.setRole("lea", { role: "reviewer" }, "cli:root");
      await assert.rejects(auth().accounts.setRole("lea", { role: "reviewer" }, "cli:root"), {
        code: "conflict",
      });
      const token = await auth().accounts.addToken(
        "lea",
        { name: "nightly", scopes: ["read", "import"] },
        "cli:root",
      );
      secrets.push(token.token);
      await auth().accounts.revokeToken(token.record.id, "cli:root");
      await assert.rejects(auth().accounts.revokeToken(token.record.id, "cli:root"), { code: "conflict" });

      const log = await entries();
      assert.deepEqual(
        log.map((e) => [e.action, e.targetType, e.targetId, e.actor]),
        [
          ["user-add", "user", "lea", "cli:root"],
          ["user-disable", "user", "lea", "cli:root"],
          ["user-enable", "user", "lea", "cli:root"],
          ["user-reset", "user", "lea", "cli:root"],
          ["user-role", "user", "lea", "cli:root"],
          ["token-add", "token", token.record.id, "cli:root"],
          ["token-revoke", "token", token.record.id, "cli:root"],
        ],
        "one entry per change; a refused change (already revoked, same role) writes none",
      );
      assert.deepEqual(log[0]?.details, {
        user: added.user.id,
        role: "analyst",
        clearance: "internal",
        secondFactor: true,
      });
      assert.deepEqual(log[4]?.details, {
        user: added.user.id,
        from: { role: "analyst", clearance: "internal" },
        to: { role: "reviewer", clearance: "internal" },
      });
      assert.deepEqual(log[5]?.details, {
        user: "lea",
        name: "nightly",
        scopes: ["read", "import"],
        expiresAt: null,
      });
      const { rows } = await sql<{
        password_hash: string;
      }>`SELECT password_hash FROM users WHERE name = 'lea'`.execute(store().app.database.db);
      secrets.push(rows[0]?.password_hash as string, token.token.slice("tocsin_".length));
      const text = JSON.stringify(log);
      for (const secret of secrets) assert.equal(text.includes(secret), false, "no secret in the log");
      assert.doesNotMatch(text, /scrypt\$|tocsin_/);
    });

    test("the failure that locks an account is logged once; later failures while locked are not", async () => {
      await auth().accounts.addUser({ name: "max", password: PASSWORD, role: "viewer", clearance: "public" });
      const before = (await entries()).length;
      for (let i = 0; i < MAX_FAILED_LOGINS + 2; i++) {
        const r = await auth().authentication.login({ name: "max", password: "wrong password here" });
        assert.equal(r.ok, false);
      }
      const added = (await entries()).slice(before);
      assert.deepEqual(
        added.map((e) => [e.action, e.targetId, e.actor]),
        [["user-lockout", "max", LOGIN_ACTOR]],
      );
      assert.equal(added[0]?.details.failures, MAX_FAILED_LOGINS);
      assert.equal(typeof added[0]?.details.lockedUntil, "string");
    });

    test("a TOTP code is accepted once: the same code again, or an older step's, is refused", async () => {
      const { totpSecret } = await auth().accounts.addUser({
        name: "tia",
        password: PASSWORD,
        role: "viewer",
        clearance: "public",
        totp: true,
      });
      const secret = base32Decode(totpSecret as string) as Buffer;
      // 2 s into a step, so that 20 s later is the same step and the step before is still in the window.
      now = new Date(Math.ceil(now.getTime() / 30_000) * 30_000 + 2000);
      const t = now.getTime() / 1000;
      const code = totp(secret, t);
      const first = await auth().authentication.login({ name: "tia", password: PASSWORD, code });
      assert.equal(first.ok, true);
      const replay = await auth().authentication.login({ name: "tia", password: PASSWORD, code });
      assert.equal(!replay.ok && replay.why, "replayed-code", "the same code, the same instant");
      now = new Date(now.getTime() + 20_000); // the same step
      const later = await auth().authentication.login({ name: "tia", password: PASSWORD, code });
      assert.equal(!later.ok && later.why, "replayed-code", "the same code 20 s later");
      const older = await auth().authentication.login({
        name: "tia",
        password: PASSWORD,
        code: totp(secret, t - 30),
      });
      assert.equal(!older.ok && older.why, "replayed-code", "a code of an earlier step");
      const next = await auth().authentication.login({
        name: "tia",
        password: PASSWORD,
        code: totp(secret, t + 30),
      });
      assert.equal(next.ok, true, "the next step's code is fresh");
      // Racing logins with one fresh code: exactly one wins.
      now = new Date(now.getTime() + 60_000);
      const fresh = totp(secret, now.getTime() / 1000);
      const raced = await Promise.all(
        [1, 2, 3].map(() => auth().authentication.login({ name: "tia", password: PASSWORD, code: fresh })),
      );
      assert.equal(raced.filter((r) => r.ok).length, 1, "one login per code");
    });

    test("tocsin verify still verifies the chain with these entries in it", async () => {
      const report = await verifyStore(verifyDeps(store().app));
      assert.equal(report.ok, true, JSON.stringify(report.custody.breaks));
      assert.ok(report.custody.entries >= 9);
    });
  },
  { clock },
);
