import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { sql } from "kysely";
import { disposeStore, freshPGlite, freshPostgres, onEachEngine } from "../../../test/support/stores.ts";
import { backupDeps, restoreDeps, verifyDeps } from "../../cli/store-deps.ts";
import { verifyStore } from "../verify/verify-store.ts";
import { backupStore } from "./backup-store.ts";
import { restoreStore } from "./restore-store.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-restore-sessions-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const PASSWORD = "a long enough passphrase";

// Issue 8: a restore never brings a live login session back; API tokens come back as they were archived.
onEachEngine("restore and sessions", (source) => {
  test("sessions in the archive are dropped by the restore; tokens keep their state; verify passes", async () => {
    const auth = source().app.auth;
    await auth.accounts.addUser({
      name: "ana",
      password: PASSWORD,
      role: "admin",
      clearance: "confidential",
    });
    const login = await auth.authentication.login({ name: "ana", password: PASSWORD });
    assert.ok(login.ok);
    const live = await auth.accounts.addToken("ana", { name: "nightly", scopes: ["read"] });
    const revoked = await auth.accounts.addToken("ana", { name: "old", scopes: ["read"] });
    await auth.accounts.revokeToken(revoked.record.id);
    assert.ok(await auth.authentication.session(login.sessionId), "live in the source");

    const file = join(dir, `with-sessions-${source().engine}.tocsin`);
    const archived = await backupStore(backupDeps(source().app, "test"), file);
    const sessionsPart = archived.manifest.parts.find((p) => p.part === "table/sessions");
    assert.equal(
      sessionsPart && "rows" in sessionsPart ? sessionsPart.rows : null,
      1,
      "archived with one session",
    );

    const target = source().engine === "pglite" ? await freshPGlite() : await freshPostgres();
    try {
      const restored = await restoreStore(restoreDeps(target.app), file);
      assert.equal(restored.sessionsDropped, 1);
      assert.equal(restored.liveTokens, 1);
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sessions`.execute(
        target.app.database.db,
      );
      assert.equal(rows[0]?.n, 0, "no session row restored");
      assert.equal(await target.app.auth.authentication.session(login.sessionId), null, "the cookie is dead");
      assert.equal(
        (await target.app.auth.authentication.token(live.token))?.actor,
        "user:ana",
        "tokens kept",
      );
      assert.equal(await target.app.auth.authentication.token(revoked.token), null, "revoked stays revoked");
      // The account itself is restored: logging in again works.
      const again = await target.app.auth.authentication.login({ name: "ana", password: PASSWORD });
      assert.equal(again.ok, true);
      const report = await verifyStore(verifyDeps(target.app));
      assert.equal(report.ok, true, JSON.stringify(report.custody.breaks));
    } finally {
      await disposeStore(target);
    }
  });
});
