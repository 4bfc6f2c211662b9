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

/** The store, counting its evidence reads (a stored history is read without them). */
function counting(store: AssessmentStore) {
  let loads = 0;
  const proxy = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      if (key === "loadEvidence")
        return (...args: unknown[]) => {
          loads++;
          return value.apply(target, args);
        };
      return value.bind(target);
    },
  });
  return { store: proxy, loads: () => loads };
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
});
