import assert from "node:assert/strict";
import { test } from "node:test";
import { base32Decode } from "../../src/domain/auth/base32.ts";
import { totp } from "../../src/domain/auth/totp.ts";
import { onEachEngine } from "../support/stores.ts";

let now = new Date("2026-04-01T09:00:02Z"); // 2 s into a 30 s step
const clock = { now: () => new Date(now) };
const PASSWORD = "a long enough passphrase";

/**
 * A reset that gives a new second factor forgets the old one's last accepted step: the new secret's code is
 * accepted within the same 30 s step as the last code accepted with the old secret. A reset that keeps the
 * secret keeps the replay guard.
 */
onEachEngine(
  "TOTP reset and the replay guard",
  (store) => {
    const auth = () => store().app.auth;
    const login = (code: string) => auth().authentication.login({ name: "tom", password: PASSWORD, code });

    test("a new secret's first code is accepted in the step of the old one's last; kept secret, still refused", async () => {
      const { totpSecret } = await auth().accounts.addUser({
        name: "tom",
        password: PASSWORD,
        role: "viewer",
        clearance: "public",
        totp: true,
      });
      const t = now.getTime() / 1000;
      const old = base32Decode(totpSecret as string) as Buffer;
      assert.equal((await login(totp(old, t))).ok, true);

      const kept = await auth().accounts.resetPassword("tom", PASSWORD, "keep", "cli:root");
      assert.equal(kept.totpSecret, null, "kept: no new secret to show");
      const replay = await login(totp(old, t));
      assert.equal(!replay.ok && replay.why, "replayed-code", "the same secret: the guard stands");

      const reset = await auth().accounts.resetPassword("tom", PASSWORD, "new", "cli:root");
      const fresh = base32Decode(reset.totpSecret as string) as Buffer;
      now = new Date(now.getTime() + 5_000); // still the same step
      const first = await login(totp(fresh, now.getTime() / 1000));
      assert.equal(first.ok, true, `the new secret's code: ${JSON.stringify(first)}`);
      const again = await login(totp(fresh, now.getTime() / 1000));
      assert.equal(!again.ok && again.why, "replayed-code", "and once only");
    });
  },
  { clock },
);
