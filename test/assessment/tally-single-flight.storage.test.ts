import assert from "node:assert/strict";
import { test } from "node:test";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import { AssessmentService } from "../../src/app/assessment/assessment.service.ts";
import { BUNDLED_RULE_FILES } from "../../src/app/assessment/rule-registry.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import type { AssessmentStore } from "../../src/ports/assessment-store.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "internal" };
const TODAY = new Date().toISOString().slice(0, 10);

async function until(ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The store with its evidence reads counted, each held until `release()` (so requests overlap). */
function gated(store: AssessmentStore) {
  let loads = 0;
  let open: () => void = () => {};
  let gate = new Promise<void>((r) => {
    open = r;
  });
  const proxy = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      if (key === "loadEvidence")
        return async (...args: unknown[]) => {
          loads++;
          const read = await value.apply(target, args);
          await gate;
          return read;
        };
      return value.bind(target);
    },
  });
  return {
    store: proxy,
    loads: () => loads,
    release: () => open(),
    close: () => {
      gate = new Promise<void>((r) => {
        open = r;
      });
    },
  };
}

onEachEngine("one tally computation for the situation page's simultaneous requests", (store) => {
  test("the assessment, explanation and diff of a changed situation read its evidence once; a request after a change does not join a computation started before it", async () => {
    const app = store().app;
    const source = await app.evidence.create(
      "source",
      { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
      analyst,
    );
    const situation = await app.evidence.create(
      "situation",
      { name: "Fictional East", country: "ATA", sensitivity: "public" },
      analyst,
    );
    const report = async (title: string, acts: string[]) => {
      const e = await app.evidence.create(
        "event",
        {
          title,
          dateStart: TODAY,
          acts: acts.map((type) => ({ type })),
          situationIds: [situation.id],
          fatalities: { low: 30, best: 40, high: 60 },
          sensitivity: "public",
        },
        analyst,
      );
      await app.evidence.create(
        "claim",
        { sourceId: source.id, eventId: e.id, statement: "Reported", credibility: 2, sensitivity: "public" },
        analyst,
      );
    };
    await report("Fictional arrests", ["arbitrary-detention"]);
    const plain = openAssessment(app, { rulesFile: BUNDLED_RULE_FILES.default });
    const g = gated(plain.store);
    const engine = new AssessmentService(g.store, plain.rules, app.clock);

    // Three requests at once, as the page makes them: one read.
    const pending = Promise.all([
      engine.compute(situation.id, {}, analyst),
      engine.explanation(situation.id, { fresh: true }, analyst),
      engine.compute(situation.id, {}, analyst),
    ]);
    await until(() => g.loads() >= 1);
    await new Promise((r) => setTimeout(r, 300)); // the other two reach the computation meanwhile
    g.release();
    const [a, x, b] = await pending;
    assert.equal(g.loads(), 1, "one evidence read for the three requests");
    assert.deepEqual(a, b);
    assert.ok(x.explanation);
    // Now cached: no read at all.
    await engine.compute(situation.id, {}, analyst);
    assert.equal(g.loads(), 1);

    // A change, then a request while a computation from before it still runs: the request reads again.
    g.close();
    await report("Fictional massacre", ["massacre", "killing"]);
    const stale = engine.compute(situation.id, {}, analyst);
    await until(() => g.loads() === 2);
    const joined = engine.compute(situation.id, {}, analyst);
    await new Promise((r) => setTimeout(r, 300));
    await report("Fictional killings", ["killing"]);
    const later = engine.compute(situation.id, {}, analyst);
    await until(() => g.loads() === 3);
    await new Promise((r) => setTimeout(r, 300));
    g.release();
    const [s, j, l] = await Promise.all([stale, joined, later]);
    assert.equal(g.loads(), 3, "the request after the second change read; the one before it joined a read");
    // (On PGlite the queries queue: the middle request may see the second change and join the last read.)
    assert.ok(
      JSON.stringify(j) === JSON.stringify(s) || JSON.stringify(j) === JSON.stringify(l),
      "a request joined a read of the same versions",
    );
    assert.deepEqual(l, await plain.compute(situation.id, {}, analyst), "the latest evidence");
    assert.notDeepEqual(
      l.stages.map((t) => t.score),
      a.stages.map((t) => t.score),
      "the changes are in the last one",
    );
  });
});
