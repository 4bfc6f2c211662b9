import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import type { AssessmentService } from "../../src/app/assessment/assessment.service.ts";
import { storedReplay } from "../../src/app/assessment/level-history.ts";
import { type ReplayOptions, replaySituation } from "../../src/app/assessment/replay.ts";
import { BUNDLED_RULE_FILES } from "../../src/app/assessment/rule-registry.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../src/domain/stages/scoring/decay.ts";
import type { AssessmentStore } from "../../src/ports/assessment-store.ts";
import { disposeStore, freshDemoPGlite, onEachEngine, type TestStore } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number) => isoFromDay(dayNumber(TODAY) + offset);

/** The store, counting its evidence reads (a stored history is read without them) and the dates it saves. */
function counting(store: AssessmentStore) {
  let loads = 0;
  let saved: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      if (key === "loadEvidence")
        return (...args: unknown[]) => {
          loads++;
          return value.apply(target, args);
        };
      if (key === "saveLevels")
        return (...args: unknown[]) => {
          saved = (args[2] as { asOf: string }[]).map((l) => l.asOf);
          return value.apply(target, args);
        };
      return value.bind(target);
    },
  });
  return { store: proxy, loads: () => loads, saved: () => saved };
}

describe("stored level history on the fictional scenario (Republic of Feltravia) [pglite]", () => {
  let demo: TestStore;
  let engine: AssessmentService;
  before(async () => {
    demo = await freshDemoPGlite();
    engine = openAssessment(demo.app, { rulesFile: BUNDLED_RULE_FILES.default });
  });
  after(async () => {
    if (demo) await disposeStore(demo);
  });

  test("equals the replay computed from the evidence, month by month, at each knowledge and clearance", async () => {
    const ids = await engine.situationIds(analyst);
    assert.ok(ids.length >= 2);
    const rules = engine.rules.current;
    let levels = 0;
    for (const id of ids)
      for (const knowledge of ["dated", "recorded"] as const)
        for (const clearance of ["public", "confidential"] as const) {
          if (!(await engine.store.situationVisible(id, clearance))) continue;
          const o: ReplayOptions = { to: TODAY, knowledge, clearance };
          const expected = await replaySituation(engine.store, rules, id, o);
          const c = counting(engine.store);
          // Without a first month (read from the evidence's first date): computed and stored.
          assert.deepEqual(await storedReplay(c.store, rules, id, o), expected);
          // From its first month: read from the store, no evidence read.
          const from = expected.months[0]?.asOf ?? TODAY;
          const loads = c.loads();
          assert.deepEqual(await storedReplay(c.store, rules, id, { ...o, from }), expected);
          assert.equal(c.loads(), loads, `${id} ${knowledge} ${clearance}: read from the stored history`);
          levels += expected.months.length;
        }
    assert.ok(levels > 20, `${levels} levels compared`);
    // The scenario escalates: the history is not all "none".
    const all = await Promise.all(ids.map((id) => engine.replay(id, {}, analyst)));
    assert.ok(all.some((r) => r.months.some((m) => m.level === "emergency")));
  });
});

onEachEngine("stored level history after a change", (store) => {
  const app = () => store().app;
  let engine: AssessmentService;
  let situationId = "";
  let sourceId = "";
  const reported = async (title: string, offset: number, acts: string[]) => {
    const e = await app().evidence.create(
      "event",
      {
        title,
        dateStart: day(offset),
        acts: acts.map((type) => ({ type })),
        situationIds: [situationId],
        fatalities: { low: 30, best: 40, high: 60 },
        sensitivity: "public",
      },
      analyst,
    );
    await app().evidence.create(
      "claim",
      { sourceId, eventId: e.id, statement: "Reported", credibility: 2, sensitivity: "public" },
      analyst,
    );
  };

  test("a change to the evidence is in the next replay; the history is then read again", async () => {
    engine = openAssessment(app(), { rulesFile: BUNDLED_RULE_FILES.default });
    sourceId = (
      await app().evidence.create(
        "source",
        { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
        analyst,
      )
    ).id;
    situationId = (
      await app().evidence.create(
        "situation",
        { name: "Fictional North", country: "ATA", sensitivity: "public" },
        analyst,
      )
    ).id;
    await reported("Fictional arrest", -300, ["arbitrary-detention"]);
    const rules = engine.rules.current;
    const o: ReplayOptions = { from: day(-400), to: TODAY, knowledge: "dated", clearance: "internal" };
    const c = counting(engine.store);
    const first = await storedReplay(c.store, rules, situationId, o);
    assert.equal(c.loads(), 1);
    assert.deepEqual(await storedReplay(c.store, rules, situationId, o), first);
    assert.equal(c.loads(), 1, "unchanged: read from the store");

    for (let i = 0; i < 4; i++) await reported(`Fictional massacre ${i}`, -60 - i, ["massacre", "killing"]);
    const changed = await storedReplay(c.store, rules, situationId, o);
    assert.equal(c.loads(), 2, "changed: computed again");
    assert.deepEqual(changed, await replaySituation(engine.store, rules, situationId, o));
    assert.notDeepEqual(changed.months, first.months, "the massacres are in the history");
    // Months before the massacres keep their levels.
    assert.deepEqual(changed.months[0], first.months[0]);
    // Through the service (as the API calls it), the same.
    const viaApi = await engine.replay(situationId, { from: o.from }, { actor: "t", clearance: "internal" });
    assert.deepEqual(viaApi, changed);
  });

  test("after a change only the months from the change's date are computed (migration 0016), whatever the knowledge", async () => {
    engine = openAssessment(app(), { rulesFile: BUNDLED_RULE_FILES.default });
    const rules = engine.rules.current;
    for (const knowledge of ["dated", "recorded"] as const) {
      const o: ReplayOptions = { from: day(-400), to: TODAY, knowledge, clearance: "internal" };
      const c = counting(engine.store);
      const all = (await storedReplay(c.store, rules, situationId, o)).months.length;

      await reported("Fictional killing", -20, ["killing"]);
      const changed = await storedReplay(c.store, rules, situationId, o);
      assert.deepEqual(changed, await replaySituation(engine.store, rules, situationId, o), knowledge);
      assert.ok(c.saved().length > 0 && c.saved().length <= 2, `${knowledge}: ${c.saved().join(", ")}`);
      assert.ok(
        c.saved().every((d) => d >= day(-20)),
        `${knowledge}: only month ends from the event's date: ${c.saved().join(", ")}`,
      );
      assert.ok(all > 10, `${all} months at first`);
      // Read again: nothing computed, everything valid at the new versions.
      const loads = c.loads();
      assert.deepEqual(await storedReplay(c.store, rules, situationId, o), changed);
      assert.equal(c.loads(), loads);

      // An older change: from its month on.
      await reported("Fictional detention", -200, ["arbitrary-detention"]);
      const older = await storedReplay(c.store, rules, situationId, o);
      assert.deepEqual(older, await replaySituation(engine.store, rules, situationId, o), knowledge);
      assert.ok(c.saved().every((d) => d >= day(-200)) && c.saved().length < all, c.saved().join(", "));
    }
    // A source regraded moves every date (no date is known): every month again.
    const o: ReplayOptions = { from: day(-400), to: TODAY, knowledge: "dated", clearance: "internal" };
    const c = counting(engine.store);
    const before = await storedReplay(c.store, rules, situationId, o);
    const source = await app().evidence.get("source", sourceId, analyst);
    await app().evidence.update("source", sourceId, { reliability: "A" }, source.version, analyst);
    const regraded = await storedReplay(c.store, rules, situationId, o);
    assert.equal(c.saved().length, before.months.length, "every month computed again");
    assert.deepEqual(regraded, await replaySituation(engine.store, rules, situationId, o));
  });
});
