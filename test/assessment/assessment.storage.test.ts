import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import type { AssessmentService } from "../../src/app/assessment/assessment.service.ts";
import { BUNDLED_RULE_FILES } from "../../src/app/assessment/rule-registry.ts";
import { ValidationError } from "../../src/domain/errors.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { explanationText } from "../../src/domain/stages/explanation-text.ts";
import { dayNumber, isoFromDay } from "../../src/domain/stages/scoring/decay.ts";
import type { Clock } from "../../src/ports/clock.ts";
import { onEachEngine } from "../support/stores.ts";

/** Masses to 1e-9: decaying a sum and summing decayed items differ in the last bits of a double. */
function roundMasses(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    typeof v === "number" && /mass|score|decay|Mass|Score/.test(key) ? Math.round(v * 1e9) / 1e9 : v,
  );
}

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const publicReader: Caller = { actor: "public", clearance: "public" };
// Records get the database's time as created_at, so the clock runs at today's date; evidence is dated
// relative to it.
const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number) => isoFromDay(dayNumber(TODAY) + offset);
let now = new Date(`${TODAY}T12:00:00Z`);
const clock: Clock = { now: () => now };

onEachEngine(
  "assessment engine",
  (store) => {
    const svc = () => store().app.evidence;
    let engine: AssessmentService;
    let situationId = "";
    let massacreId = "";

    async function fixture() {
      now = new Date(`${TODAY}T12:00:00Z`);
      engine = openAssessment(store().app, { rulesFile: BUNDLED_RULE_FILES.default });
      const good = await svc().create(
        "source",
        { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
        analyst,
      );
      const other = await svc().create(
        "source",
        { kind: "publication", name: "Fictional Gazette", reliability: "B", sensitivity: "public" },
        analyst,
      );
      const secret = await svc().create(
        "source",
        { kind: "person", name: "Fictional Witness", reliability: "A", sensitivity: "confidential" },
        analyst,
      );
      const situation = await svc().create(
        "situation",
        { name: "Fictional North", country: "ATA", sensitivity: "public" },
        analyst,
      );
      situationId = situation.id;
      const event = async (title: string, date: string, acts: string[], extra: object = {}) =>
        svc().create(
          "event",
          {
            title,
            dateStart: date,
            acts: acts.map((type) => ({ type })),
            situationIds: [situation.id],
            sensitivity: "public",
            ...extra,
          },
          analyst,
        );
      const claim = (sourceId: string, eventId: string | null, credibility: number, extra: object = {}) =>
        svc().create(
          "claim",
          { sourceId, eventId, statement: "Reported", credibility, sensitivity: "public", ...extra },
          analyst,
        );
      // Stage 8: two displacements reported by two usually reliable sources.
      const d1 = await event("Fictional village emptied", day(-40), ["forced-displacement"]);
      const d2 = await event("Fictional valley emptied", day(-21), ["forced-displacement"]);
      await claim(good.id, d1.id, 2, { statedAt: day(-39) });
      await claim(other.id, d2.id, 2, { statedAt: day(-20) });
      // A massacre with a contested toll, and an indicator claim about the situation.
      const m = await event("Fictional market massacre", day(-9), ["massacre"], {
        fatalities: { low: 20, best: 30, high: 40 },
      });
      massacreId = m.id;
      await claim(good.id, m.id, 2, {
        statedAt: day(-8),
        assertion: { fatalities: { low: 20, best: 30, high: 40 } },
      });
      await claim(other.id, m.id, 3, {
        statedAt: day(-7),
        assertion: { fatalities: { low: 200, best: 250, high: 300 } },
      });
      await claim(good.id, null, 2, {
        situationId: situation.id,
        indicator: "s4.dehumanising-media",
        statedAt: day(-70),
      });
      // Confidential evidence that public readers must not see counted.
      const c = await event("Fictional camp", day(-5), ["arbitrary-detention"], {
        sensitivity: "confidential",
      });
      await claim(secret.id, c.id, 1, { statedAt: day(-5), sensitivity: "confidential" });
    }

    test("assesses a situation from stored evidence, stores snapshots with rule version and cut-off", async () => {
      await fixture();
      const { record, result } = await engine.snapshot(situationId, {}, analyst);
      assert.equal(record.asOf, TODAY);
      assert.equal(record.ruleVersion, "tocsin-default@2026.1");
      assert.equal(record.evidenceCutoff, `${day(1)}T00:00:00.000Z`);
      assert.equal(result.stages[7]?.level, "likely");
      assert.equal(result.level, "warning");
      const massacre = result.stages[7]?.indicators.find((i) => i.indicatorId === "s8.genocidal-massacres");
      assert.equal(massacre?.contestedItems, 1);
      assert.deepEqual(massacre?.top[0]?.toll, { low: 20, best: 30, high: 300 });
      assert.equal(result.stages[3]?.level, "possible");
      const history = await engine.history(situationId, analyst);
      assert.equal(history.length, 1);
      assert.equal(history[0]?.level, "warning");
    });

    test("public readers get an assessment computed from public evidence only", async () => {
      const mine = await engine.compute(situationId, {}, analyst);
      const theirs = await engine.compute(situationId, {}, publicReader);
      assert.ok((mine.stages[7]?.score ?? 0) > (theirs.stages[7]?.score ?? 0));
      assert.equal(theirs.cutoff.clearance, "public");
      const x = await engine.explanation(situationId, { fresh: true }, publicReader);
      assert.doesNotMatch(JSON.stringify(x), /Fictional (camp|Witness)/);
    });

    test("as of an earlier date, only evidence known then counts (no look-ahead)", async () => {
      const early = await engine.compute(situationId, { asOf: day(-50) }, analyst);
      assert.equal(early.stages[7]?.score, 0);
      const dated = await engine.compute(situationId, { asOf: day(-15), knowledge: "dated" }, analyst);
      assert.ok((dated.stages[7]?.score ?? 0) > 0);
      const recorded = await engine.compute(situationId, { asOf: day(-15), knowledge: "recorded" }, analyst);
      assert.equal(recorded.stages[7]?.score, 0, "recorded today: not known 15 days ago");
    });

    test("the tally cache gives the same result as reading the evidence, and a change invalidates it", async () => {
      const fresh = await engine.compute(situationId, {}, analyst);
      const cached = await engine.compute(situationId, {}, analyst);
      assert.equal(JSON.stringify(cached), JSON.stringify(fresh));
      now = new Date(`${day(40)}T12:00:00Z`);
      const later = await engine.compute(situationId, {}, analyst);
      // Carried 40 days by exact decay, the cached tallies give what the evidence itself gives.
      await sql`DELETE FROM assessment_tally_cache`.execute(store().app.database.db);
      const recomputed = await engine.compute(situationId, {}, analyst);
      assert.equal(JSON.stringify(roundMasses(later)), JSON.stringify(roundMasses(recomputed)));
      const store2 = engine.store;
      assert.ok(await store2.cachedTallies(situationId, "confidential"));
      const m = await svc().get("event", massacreId, analyst);
      await svc().update(
        "event",
        massacreId,
        { fatalities: { low: 25, best: 35, high: 45 } },
        m.version,
        analyst,
      );
      assert.equal(
        await store2.cachedTallies(situationId, "confidential"),
        null,
        "the trigger marked it dirty",
      );
      const after = await engine.compute(situationId, {}, analyst);
      assert.notEqual(JSON.stringify(after), JSON.stringify(later));
      now = new Date(`${TODAY}T12:00:00Z`);
    });

    test("recomputing all situations stores one snapshot each; explanation and diff follow the chain", async () => {
      const all = await engine.recomputeAll({}, analyst);
      assert.equal(all.situations, 1);
      const { assessmentId, explanation } = await engine.explanation(situationId, {}, analyst);
      assert.ok(assessmentId);
      const text = explanationText(explanation);
      assert.match(text, /claim by Fictional (Monitor|Gazette) \[B[23]\]/);
      assert.match(text, /s8\.forced-displacement/);
      const d = await engine.diff(situationId, day(-50), TODAY, analyst);
      assert.equal(d.from.level, "none");
      assert.ok(d.indicators.some((i) => i.id === "s8.forced-displacement" && i.massDelta > 0));
    });

    test("after a change, recomputing all re-reads only the situations the change touched", async () => {
      const other = await svc().create(
        "situation",
        { name: "Fictional South", country: "ATA", sensitivity: "public" },
        analyst,
      );
      const first = await engine.recomputeAll({}, analyst);
      assert.equal(first.situations, 2);
      const warm = await engine.recomputeAll({}, analyst);
      assert.equal(warm.fromCache, 2);
      await svc().create(
        "event",
        {
          title: "Fictional decree",
          dateStart: day(-3),
          acts: [{ type: "emergency-decree" }],
          situationIds: [other.id],
          sensitivity: "public",
        },
        analyst,
      );
      const after = await engine.recomputeAll({}, analyst);
      assert.equal(after.fromCache, 1, "only Fictional South was read again");
      const south = after.results.find((r) => r.result.situationId === other.id)?.result;
      assert.equal(south?.stages[5]?.items, 1);
    });

    test("replay: month by month over the evidence, with the first month of each level and the lead time", async () => {
      const r = await engine.replay(situationId, { from: day(-100), to: TODAY, onset: day(60) }, analyst);
      assert.equal(r.knowledge, "dated");
      assert.equal(r.months.at(-1)?.asOf, TODAY);
      assert.equal(r.months[0]?.level, "none");
      const warned = r.firstReached.warning;
      assert.ok(warned && warned >= day(-21) && warned <= TODAY, String(warned));
      assert.ok((r.leadTimeMonths ?? 0) >= 2);
      assert.equal(r.firstReached.none, r.months[0]?.asOf);
    });

    test("an override changes the level, keeps the computed value, and is in the custody log", async () => {
      await assert.rejects(
        engine.override(situationId, { target: "level", value: "emergency", reason: "short" }, analyst),
        ValidationError,
      );
      const o = await engine.override(
        situationId,
        { target: "level", value: "emergency", reason: "Mission report of mass graves not yet entered" },
        analyst,
      );
      await engine.approveOverride(situationId, o.id, { actor: "reviewer:test", clearance: "confidential" });
      const a = await engine.compute(situationId, {}, analyst);
      assert.equal(a.level, "emergency");
      assert.notEqual(a.computedLevel, "emergency");
      const log = await store().app.store.custodyFor("situation", situationId);
      const entry = log.find((e) => e.action === "override");
      assert.equal(entry?.details.value, "emergency");
      assert.equal(entry?.details.computed, a.computedLevel);
      await engine.revokeOverride(situationId, o.id, "Mission report withdrawn by its authors", analyst);
      assert.equal((await engine.compute(situationId, {}, analyst)).level, a.computedLevel);
      assert.equal(
        (await store().app.store.custodyFor("situation", situationId)).filter((e) => e.action === "override")
          .length,
        2,
      );
    });
  },
  { clock },
);
