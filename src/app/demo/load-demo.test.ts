import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { disposeStore, freshPGlite, onEachEngine } from "../../../test/support/stores.ts";
import type { AppContext } from "../../bootstrap.ts";
import type { Caller, Sensitivity } from "../../domain/evidence/sensitivity.ts";
import type { EntityKind } from "../../ports/evidence-store.ts";
import { describeLoad, isStoreEmpty, loadDemoScenario } from "./load-demo.ts";
import { buildScenario, declaredCounts } from "./scenario/build.ts";
import { confidentialValues, contestedEventKeys } from "./scenario/facts.ts";

const scenario = buildScenario();
const declared = declaredCounts(scenario);
const total = Object.values(declared).reduce((a, b) => a + b, 0);
const caller = (clearance: Sensitivity): Caller => ({ actor: "test", clearance });

async function listAll(app: AppContext, kind: EntityKind, clearance: Sensitivity) {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: object[]; nextCursor: string | null } = await app.store.list(kind, {
      clearance,
      limit: 200,
      cursor,
    });
    items.push(...(page.items as Record<string, unknown>[]));
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

async function countAll(app: AppContext, clearance: Sensitivity = "confidential") {
  const counts: Record<string, number> = {};
  for (const kind of Object.keys(declared) as EntityKind[])
    counts[kind] = (await listAll(app, kind, clearance)).length;
  return counts;
}

async function custodyLength(app: AppContext): Promise<number> {
  let n = 0;
  for (
    let page = await app.store.custodyLog(0, 1000);
    page.length > 0;
    page = await app.store.custodyLog(page.at(-1)?.seq ?? 0, 1000)
  )
    n += page.length;
  return n;
}

onEachEngine("training scenario loader", (store) => {
  test("loads into an empty store, as declared, in seconds", async (t) => {
    const { app } = store();
    assert.equal(await isStoreEmpty(app), true);
    const started = Date.now();
    const result = await loadDemoScenario(app);
    const ms = Date.now() - started;
    assert.equal(result.loaded, true);
    assert.deepEqual(result.counts, declared);
    assert.deepEqual(await countAll(app), declared);
    assert.equal(await isStoreEmpty(app), false);
    assert.match(describeLoad(result), /^loaded the fictional training scenario .*: 4 situations, 95 events/);
    // One create entry per record, one entry that marks the load complete, and one read of each document's
    // text (read and screened into the review queue's suggestions).
    assert.ok((result.suggestions ?? 0) > 0, "the review queue has content");
    // The demo's alerts (demo-alerts.ts) add their own workflow entries.
    const alertEntries = (await app.store.custodyLog(0, 100_000)).filter(
      (e) => e.targetType === "alert",
    ).length;
    assert.equal(await custodyLength(app), total + 1 + scenario.documents.length + alertEntries);
    t.diagnostic(`scenario load: ${total} records in ${ms} ms`);
  });

  test("a second load writes nothing", async () => {
    const { app } = store();
    const before = await custodyLength(app);
    const result = await loadDemoScenario(app);
    assert.equal(result.loaded, false);
    assert.ok(Object.values(result.counts).every((n) => n === 0));
    assert.match(describeLoad(result), /already loaded: nothing changed$/);
    assert.equal(await custodyLength(app), before);
    assert.deepEqual(await countAll(app), declared);
  });

  test("marks the events whose claims disagree as contested, and keeps the spread", async () => {
    const { app } = store();
    const contested = await app.store.listEvents({ clearance: "confidential", limit: 500, contested: true });
    assert.equal(contested.items.length, contestedEventKeys(scenario).length);
    const halbrenn = contested.items.find((e) => e.title === "Halbrenn market massacre");
    assert.ok(halbrenn);
    const { spread, claims } = await app.evidence.eventWithClaims(halbrenn.id, caller("confidential"));
    assert.deepEqual(spread.contestedFields, ["fatalities", "dateStart"]);
    assert.deepEqual([spread.fatalities.low, spread.fatalities.high], [6, 200]);
    assert.equal(claims.length, 4);
    // A public caller sees only the public claims (the anonymous post is internal).
    const internal = await app.evidence.eventWithClaims(halbrenn.id, caller("public"));
    assert.equal(internal.claims.length, 3);
  });

  test("confidential values reach a confidential caller and no one else", async () => {
    const { app } = store();
    const secret = confidentialValues(scenario);
    const everything = async (clearance: Sensitivity) => {
      const parts: unknown[] = [];
      for (const kind of Object.keys(declared) as EntityKind[])
        parts.push(await listAll(app, kind, clearance));
      return JSON.stringify(parts);
    };
    const full = await everything("confidential");
    for (const value of secret)
      assert.ok(full.includes(JSON.stringify(value).slice(1, -1)), `missing: ${value}`);
    for (const clearance of ["internal", "public"] as const) {
      const seen = await everything(clearance);
      for (const value of secret)
        assert.ok(!seen.includes(JSON.stringify(value).slice(1, -1)), `${clearance} caller sees: ${value}`);
    }
    const internalClaims = await listAll(app, "claim", "internal");
    assert.ok(internalClaims.length > 0 && internalClaims.every((c) => c.witness === null));
    const witnessed = (await listAll(app, "claim", "confidential")).filter((c) => c.witness !== null);
    assert.equal(witnessed.length, scenario.claims.filter((c) => c.witness).length);
  });

  test("each sensitivity level sees its share", async () => {
    const { app } = store();
    const pub = await countAll(app, "public");
    const internal = await countAll(app, "internal");
    const full = await countAll(app, "confidential");
    for (const kind of Object.keys(declared)) {
      assert.ok(
        (pub[kind] ?? 0) <= (internal[kind] ?? 0) && (internal[kind] ?? 0) <= (full[kind] ?? 0),
        kind,
      );
      assert.ok((pub[kind] ?? 0) > 0, `no public ${kind}`);
    }
    assert.ok((internal.event ?? 0) < (full.event ?? 0) && (pub.claim ?? 0) < (internal.claim ?? 0));
  });

  test("documents keep their original bytes and a text working copy, with custody", async () => {
    const { app } = store();
    const spec = scenario.documents.find((d) => d.key === "doc:cnmmf-orvanne-flash");
    const docs = await listAll(app, "document", "confidential");
    const doc = docs.find((d) => d.title === spec?.title);
    assert.ok(spec && doc);
    const { bytes } = await app.evidence.readOriginal(String(doc.id), caller("internal"));
    assert.equal(new TextDecoder().decode(bytes), spec.original);
    const [copy] = await app.evidence.readText(String(doc.id), caller("internal"));
    assert.equal(copy?.content, spec.text);
    const trail = await app.store.custodyFor("document", String(doc.id));
    assert.deepEqual(
      trail.map((e) => e.action),
      ["create", "read", "read", "read"],
    );
  });
});

describe("training scenario loader, interrupted", () => {
  test("an interrupted load resumes without duplicating anything", async () => {
    const s = await freshPGlite();
    try {
      const stopAt = Math.floor(total / 2);
      await assert.rejects(
        loadDemoScenario(s.app, {
          onProgress: (done) => {
            if (done === stopAt) throw new Error("interrupted");
          },
        }),
        /interrupted/,
      );
      const resumed = await loadDemoScenario(s.app);
      assert.equal(resumed.loaded, true);
      const created = Object.values(resumed.counts).reduce((a, b) => a + b, 0);
      assert.equal(created, total - stopAt);
      assert.deepEqual(await countAll(s.app), declared);
      assert.equal((await loadDemoScenario(s.app)).loaded, false);
    } finally {
      await disposeStore(s);
    }
  });
});
