import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import { storedReplay } from "../../src/app/assessment/level-history.ts";
import { type ReplayOptions, replaySituation } from "../../src/app/assessment/replay.ts";
import { BUNDLED_RULE_FILES } from "../../src/app/assessment/rule-registry.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../src/domain/stages/scoring/decay.ts";
import type { AssessmentStore } from "../../src/ports/assessment-store.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number) => isoFromDay(dayNumber(TODAY) + offset);

/** The store, keeping the dates of the levels each save writes. */
function saving(store: AssessmentStore) {
  let saved: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      if (key === "saveLevels")
        return (...args: unknown[]) => {
          saved = (args[2] as { asOf: string }[]).map((l) => l.asOf);
          return value.apply(target, args);
        };
      return value.bind(target);
    },
  });
  return { store: proxy, saved: () => saved };
}

onEachEngine("change dates pruned once the replays consumed them", (store) => {
  test("a replay drops the change dates no stored level needs; replays after the pruning give the same levels as the evidence, and still compute only from a change's date", async () => {
    const app = store().app;
    const engine = openAssessment(app, { rulesFile: BUNDLED_RULE_FILES.default });
    const rules = engine.rules.current;
    const source = await app.evidence.create(
      "source",
      { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
      analyst,
    );
    const situation = await app.evidence.create(
      "situation",
      { name: "Fictional South", country: "ATA", sensitivity: "public" },
      analyst,
    );
    const report = async (title: string, offset: number, acts: string[]) => {
      const e = await app.evidence.create(
        "event",
        {
          title,
          dateStart: day(offset),
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
    const dates = async () =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*)::text AS n FROM assessment_change_dates
            WHERE situation_id = ${situation.id}::uuid`.execute(app.database.db)
        ).rows[0]?.n,
      );
    const internal: ReplayOptions = { from: day(-400), to: TODAY, knowledge: "dated", clearance: "internal" };
    const pub: ReplayOptions = { ...internal, clearance: "public" };
    const s = saving(engine.store);
    const replay = (o: ReplayOptions) => storedReplay(s.store, rules, situation.id, o);
    const truth = (o: ReplayOptions) => replaySituation(engine.store, rules, situation.id, o);

    await report("Fictional arrests", -300, ["arbitrary-detention"]);
    await replay(internal);
    await replay(pub);
    assert.equal(await dates(), 0, "nothing left once both histories are at the current versions");

    for (let i = 0; i < 3; i++) await report(`Fictional massacre ${i}`, -40 - i, ["massacre", "killing"]);
    assert.ok((await dates()) >= 6, `${await dates()} change dates recorded (an event and a claim each)`);

    // The internal history consumes them, but the public one still needs them: kept.
    const changed = await replay(internal);
    assert.deepEqual(changed, await truth(internal));
    assert.ok(s.saved().every((d) => d >= day(-42)) && s.saved().length <= 3, s.saved().join(", "));
    assert.ok((await dates()) >= 6, "kept for the public history, still at the old versions");
    // The public history uses them (only the months from the change's date), then they are spent.
    const changedPub = await replay(pub);
    assert.deepEqual(changedPub, await truth(pub));
    assert.ok(s.saved().every((d) => d >= day(-42)) && s.saved().length <= 3, s.saved().join(", "));
    assert.equal(await dates(), 0, "pruned once every stored history moved past them");

    // After the pruning: read again unchanged, and a new change computes from its date only.
    assert.deepEqual(await replay(internal), changed);
    await report("Fictional killing", -10, ["killing"]);
    const again = await replay(internal);
    assert.deepEqual(again, await truth(internal));
    assert.ok(s.saved().length >= 1 && s.saved().every((d) => d >= day(-10)), s.saved().join(", "));
    assert.deepEqual(await replay(pub), await truth(pub));
    assert.equal(await dates(), 0);

    // A situation never replayed keeps no change dates past the next save of any history.
    const other = await app.evidence.create(
      "situation",
      { name: "Fictional West", country: "ATA", sensitivity: "public" },
      analyst,
    );
    await app.evidence.create(
      "event",
      {
        title: "Fictional raid",
        dateStart: day(-5),
        acts: [{ type: "killing" }],
        situationIds: [other.id],
        sensitivity: "public",
      },
      analyst,
    );
    const otherDates = sql<{ n: string }>`SELECT count(*)::text AS n FROM assessment_change_dates
      WHERE situation_id = ${other.id}::uuid`;
    assert.equal(Number((await otherDates.execute(app.database.db)).rows[0]?.n), 1);
    await report("Fictional beating", -3, ["torture"]);
    await replay(internal);
    assert.equal(Number((await otherDates.execute(app.database.db)).rows[0]?.n), 0);
  });
});
