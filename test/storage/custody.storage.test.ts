import assert from "node:assert/strict";
import { test } from "node:test";
import { ChainVerifier } from "../../src/domain/custody/custody-chain.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";

const caller: Caller = { actor: "analyst", clearance: "confidential" };

onEachEngine("custody log", (store) => {
  test("concurrent writers extend one unbroken chain", async () => {
    const { app } = store();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.evidence.create("actor", { name: `Fictional unit ${i}`, kind: "militia" }, caller),
      ),
    );
    const entries = await app.store.custodyLog(0, 100000);
    const verifier = new ChainVerifier();
    for (const e of entries) verifier.check(e);
    assert.deepEqual(verifier.breaks, []);
    assert.ok(entries.length >= 20);
    assert.deepEqual(
      entries.map((e) => e.seq),
      entries.map((_, i) => i + 1),
    );
  });

  test("entries read back hash exactly as written (timestamps and JSON survive the round trip)", async () => {
    const { app } = store();
    const created = await app.evidence.create(
      "group",
      { name: "Fictional river people", kind: "ethnic" },
      caller,
    );
    await app.evidence.update(
      "group",
      created.id,
      { aliases: ["River folk"] },
      1,
      caller,
      "alias found in a report",
    );
    const trail = await app.store.custodyFor("group", created.id);
    assert.deepEqual(
      trail.map((e) => e.action),
      ["create", "update"],
    );
    assert.equal(trail[1]?.reason, "alias found in a report");
    assert.deepEqual(trail[1]?.details, { changed: ["aliases"], version: 2 });
    const verifier = new ChainVerifier();
    for (const e of await app.store.custodyLog(0, 100000)) verifier.check(e);
    assert.deepEqual(verifier.breaks, []);
  });
});
