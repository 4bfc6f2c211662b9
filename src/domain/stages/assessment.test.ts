import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Override } from "./override.ts";
import { bundledRules, item, run, stageLevel } from "./testing.ts";

const D = "2025-06-01";
/** Two independent good reports of a defining indicator: likely (1.28), not established (< 2.5). */
const likely = (indicatorId: string) => [item(indicatorId, D, ["B2"]), item(indicatorId, D, ["B2"])];
/** Four A1 reports from four sources: established. */
const established = (indicatorId: string) => [1, 2, 3, 4].map(() => item(indicatorId, D, ["A1"]));

describe("alert rules (tocsin-default, reading persecution-needs-massacres)", () => {
  test("no evidence: every stage absent, level none, nothing to explain", () => {
    const a = run([], D);
    assert.equal(a.level, "none");
    assert.ok(a.stages.every((s) => s.level === "absent" && s.score === 0));
    assert.deepEqual(a.concerns, []);
    assert.equal(a.method.rules, "tocsin-default@2026.1");
    assert.equal(a.method.reading, "persecution-needs-massacres");
  });

  for (const [indicator, n] of [
    ["s1.us-them-division", 1],
    ["s2.forced-marking", 2],
    ["s3.citizenship-denied", 3],
    ["s4.dehumanising-media", 4],
    ["s5.militia-formation", 5],
    ["s6.moderates-targeted", 6],
  ] as const) {
    test(`stage ${n} likely gives Watch`, () => {
      const a = run(likely(indicator), D);
      assert.equal(stageLevel(a, n), "likely");
      assert.equal(a.level, "watch");
      assert.deepEqual(
        a.rules.filter((r) => r.fired).map((r) => r.id),
        ["watch-early-stages"],
      );
    });
  }

  test("a stage only possible does not raise the level, and the nearest rule says what is missing", () => {
    const a = run([item("s7.euphemisms", D, ["B3"])], D);
    assert.equal(stageLevel(a, 7), "possible");
    assert.equal(a.level, "none");
    assert.equal(a.nextChange?.id, "warning-preparation", "0.52 units away, nearer than any Watch rule");
    const prep = a.rules.find((r) => r.id === "warning-preparation");
    assert.equal(prep?.fired, false);
    assert.deepEqual(prep?.shortfalls[0], {
      target: "stage 7",
      needs: "likely",
      now: "possible",
      score: 0.48,
      massNeeded: 0.52,
      gate: null,
    });
  });

  test("preparation (7) gives Warning", () => {
    assert.equal(run(likely("s7.calls-to-destroy"), D).level, "warning");
  });

  test("persecution without massacres is a Warning; with genocidal massacres an Emergency", () => {
    const without = run(likely("s8.forced-displacement"), D);
    assert.equal(without.level, "warning");
    // Two rules are one unit of evidence away; the first in the file is named.
    assert.equal(without.nextChange?.id, "emergency-extermination");
    assert.equal(without.nextChange?.distance, 1);
    assert.equal(without.rules.find((r) => r.id === "emergency-persecution-with-massacres")?.distance, 1);
    const withMassacres = run([...likely("s8.forced-displacement"), ...likely("s8.genocidal-massacres")], D);
    assert.equal(withMassacres.level, "emergency");
    assert.ok(withMassacres.rules.find((r) => r.id === "emergency-persecution-with-massacres")?.fired);
  });

  test("extermination (9) gives Emergency", () => {
    assert.equal(run(likely("s9.selective-killing"), D).level, "emergency");
  });

  test("denial is always shown as a concern; likely denial alone gives Watch", () => {
    const possible = run([item("s10.denial-statement", D, ["C3"])], D);
    assert.equal(possible.level, "none");
    assert.deepEqual(
      possible.concerns.map((c) => c.id),
      ["denial-concern"],
    );
    const alone = run(likely("s10.denial-statement"), D);
    assert.equal(alone.level, "watch");
    assert.deepEqual(
      alone.concerns.map((c) => c.id),
      ["denial-concern", "denial-watch"],
    );
    const withEmergency = run([...likely("s10.denial-statement"), ...likely("s9.mass-killing")], D);
    assert.ok(withEmergency.concerns.length === 2, "still shown at a higher level");
  });

  test("several stages at once are assessed independently", () => {
    const a = run(
      [
        ...likely("s3.discriminatory-law"),
        ...established("s8.detention-camps"),
        item("s10.victims-blamed", D, ["C3"]),
      ],
      D,
    );
    assert.deepEqual(
      a.stages.map((s) => s.level),
      [
        "absent",
        "absent",
        "likely",
        "absent",
        "absent",
        "absent",
        "absent",
        "established",
        "absent",
        "possible",
      ],
    );
    assert.equal(a.level, "warning");
    assert.deepEqual(
      a.rules.filter((r) => r.fired).map((r) => r.id),
      ["watch-early-stages", "warning-persecution", "denial-concern"],
    );
  });

  test("evidence only from F-graded sources never goes past possible, however much of it", () => {
    const items = Array.from({ length: 200 }, () => item("s9.selective-killing", D, ["F2"]));
    const a = run(items, D);
    assert.equal(stageLevel(a, 9), "possible");
    assert.equal(a.stages[8]?.cappedBy, "no-qualifying-source");
    assert.equal(a.level, "none");
    const nine = a.rules.find((r) => r.id === "emergency-extermination");
    assert.equal(nine?.shortfalls[0]?.gate, "no-qualifying-source");
  });

  test("contested tolls count at their low figure and cannot alone carry a stage to established", () => {
    const toll = { low: 100, best: 2000, high: 5000 };
    const contested = [1, 2, 3].map(() => item("s9.mass-killing", D, ["A1"], { contested: true, toll }));
    const a = run(contested, D);
    assert.equal(a.stages[8]?.score, 1.5, "3 x 100/200, not 3 x 2000/200");
    assert.equal(a.stages[8]?.uncontestedScore, 0);
    const more = [1, 2, 3, 4, 5, 6].map(() => item("s9.mass-killing", D, ["A1"], { contested: true, toll }));
    const b = run(more, D);
    assert.equal(b.stages[8]?.score, 3);
    assert.equal(stageLevel(b, 9), "likely");
    assert.equal(b.stages[8]?.cappedBy, "contested");
    assert.equal(b.evidence.contestedItems, 6);
    const top = b.stages[8]?.indicators[0]?.top[0];
    assert.deepEqual(top?.toll, toll, "the spread is kept beside the count");
  });

  test("old evidence decays: the same reports weigh less a year later, and the level falls", () => {
    const items = likely("s8.forced-displacement");
    assert.equal(run(items, D).level, "warning");
    const later = run(items, "2026-06-01");
    assert.equal(stageLevel(later, 8), "possible");
    assert.equal(later.level, "none");
    assert.equal(later.stages[7]?.score, 0.64);
    const muchLater = run(items, "2028-06-01");
    assert.equal(stageLevel(muchLater, 8), "absent");
  });

  test("evidence dated after the as-of date is not counted (no look-ahead)", () => {
    const a = run(likely("s8.forced-displacement"), "2025-05-31");
    assert.equal(a.level, "none");
    assert.equal(a.evidence.items, 0);
  });

  test("claims naming an unknown indicator are reported, not scored", () => {
    const a = run([item("s4.not-an-indicator", D, ["A1"], { kind: "claim" })], D);
    assert.deepEqual(a.unknownIndicators, [{ id: "s4.not-an-indicator", items: 1 }]);
    assert.equal(a.level, "none");
  });

  test("the UN Framework view shows the same evidence through the crosswalk", () => {
    const a = run([...likely("s3.citizenship-denied"), ...likely("s5.militia-formation")], D);
    const rf = (n: number) => a.framework.find((f) => f.number === n);
    assert.equal(rf(9)?.level, "likely");
    assert.equal(rf(7)?.level, "likely");
    assert.equal(rf(5)?.level, "likely");
    assert.equal(rf(11)?.level, "absent");
    assert.equal(a.framework.length, 14);
  });
});

describe("analyst overrides", () => {
  const o = (target: string, value: string, at = "2025-05-01T10:00:00.000Z"): Override => ({
    id: `o-${target}-${at}`,
    situationId: "sit-1",
    target,
    value,
    reason: "Field mission confirms what the sources cannot yet show",
    actor: "analyst:test",
    at,
    status: "approved",
    decidedAt: at,
    decidedBy: "reviewer:test",
    decisionReason: null,
    revokedAt: null,
  });

  test("a stage override changes the level; the computed values stay beside it", () => {
    const a = run(likely("s4.dehumanising-media"), D, bundledRules(), [o("stage:7", "likely")]);
    assert.equal(a.computedLevel, "watch");
    assert.equal(a.level, "warning");
    assert.equal(a.stages[6]?.level, "likely");
    assert.equal(a.stages[6]?.computedLevel, "absent");
    assert.equal(a.stages[6]?.override?.reason, "Field mission confirms what the sources cannot yet show");
  });

  test("a level override sets the level; computed level kept; overrides apply from their date on", () => {
    const a = run(likely("s8.forced-displacement"), D, bundledRules(), [o("level", "emergency")]);
    assert.equal(a.level, "emergency");
    assert.equal(a.computedLevel, "warning");
    assert.equal(a.levelOverride?.value, "emergency");
    const before = run(likely("s8.forced-displacement"), D, bundledRules(), [
      o("level", "emergency", "2025-07-01T00:00:00Z"),
    ]);
    assert.equal(before.level, "warning");
    assert.equal(before.levelOverride, null);
    const revoked = { ...o("level", "emergency"), revokedAt: "2025-05-20T00:00:00Z" };
    assert.equal(run(likely("s8.forced-displacement"), D, bundledRules(), [revoked]).level, "warning");
  });
});
