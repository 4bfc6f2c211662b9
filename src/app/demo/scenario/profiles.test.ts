import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Assessment, assess } from "../../../domain/stages/assessment.ts";
import { tallyItems } from "../../../domain/stages/scoring/tally.ts";
import { bundledRules } from "../../../domain/stages/testing.ts";
import { buildScenario } from "./build.ts";
import { SCENARIO_DATE } from "./constants.ts";
import { scenarioEvidence } from "./scenario-evidence.ts";

// The scenario is designed so that the assessment engine finds four different profiles (README.md). These
// tests run the engine's scoring and rules (issue 3) on the scenario's own data: when either side changes so
// that a situation no longer shows its intended profile, adjust the scenario (or, if the engine's calibration
// moved on purpose, the expectation here) and say so in the commit.

const scenario = buildScenario();
const rules = bundledRules("tocsin-default");

function assessAt(situation: string, asOf: string): Assessment {
  const { tallies } = tallyItems(scenarioEvidence(scenario, situation, asOf), asOf);
  return assess({
    situationId: situation,
    cutoff: { asOf, knowledge: "dated", clearance: "confidential" },
    tallies,
    rules,
  });
}

const stage = (a: Assessment, n: number) => a.stages[n - 1]?.level;
const ORDER = ["none", "watch", "warning", "emergency"];

/** Month ends from the first month of the scenario's year to its date. */
function monthEnds(): string[] {
  const out: string[] = [];
  for (let d = new Date(Date.UTC(2025, 8, 0)); d.toISOString().slice(0, 10) < SCENARIO_DATE; ) {
    out.push(d.toISOString().slice(0, 10));
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 0));
  }
  return [...out, SCENARIO_DATE];
}

describe("the training scenario's situations, as the assessment engine sees them", () => {
  test("Sarrowites: early stages only, a Watch", () => {
    const a = assessAt("situation:sarrowites", SCENARIO_DATE);
    assert.equal(a.level, "watch");
    for (const n of [7, 8, 9, 10]) assert.equal(stage(a, n), "absent", `stage ${n}`);
    assert.ok(["likely", "established"].includes(stage(a, 3) ?? ""), "discrimination");
    assert.ok(["likely", "established"].includes(stage(a, 4) ?? ""), "dehumanisation");
  });

  test("Oskeri in Teskal: preparation and persecution without massacres, a Warning", () => {
    const a = assessAt("situation:teskal", SCENARIO_DATE);
    assert.equal(a.level, "warning");
    assert.ok(["likely", "established"].includes(stage(a, 8) ?? ""));
    assert.ok(["likely", "established"].includes(stage(a, 5) ?? ""));
    assert.ok(["absent", "possible"].includes(stage(a, 9) ?? ""));
  });

  test("Dellovar in Orvanne: massacres and denial of the 2011 episode, an Emergency with the denial concern", () => {
    const a = assessAt("situation:orvanne", SCENARIO_DATE);
    assert.equal(a.level, "emergency");
    assert.ok(["likely", "established"].includes(stage(a, 9) ?? ""));
    assert.ok(["likely", "established"].includes(stage(a, 10) ?? ""));
    assert.ok(a.concerns.some((c) => c.id === "denial-concern"));
    assert.ok(a.evidence.contestedItems > 0, "contested tolls are part of the evidence");
  });

  test("Taldren civilians (non-state perpetrator, weak and contested reports): nothing above possible", () => {
    const a = assessAt("situation:covenant", SCENARIO_DATE);
    assert.equal(a.level, "none");
    assert.equal(stage(a, 8), "possible");
    assert.ok(a.nextChange, "the engine can say what evidence would change the level");
  });

  test("levels rise month by month, with a Warning before the first massacre in Orvanne", () => {
    const months = monthEnds();
    const history = (situation: string) => months.map((m) => assessAt(situation, m).level);
    for (const situation of scenario.situations.map((s) => s.key)) {
      const levels = history(situation).map((l) => ORDER.indexOf(l));
      assert.deepEqual(
        levels,
        [...levels].sort((a, b) => a - b),
        `${situation} never falls back`,
      );
    }
    assert.ok(
      ORDER.indexOf(assessAt("situation:orvanne", "2026-01-16").level) >= 2,
      "Warning before Halbrenn",
    );
    assert.equal(history("situation:teskal")[0], "none", "Teskal starts below Watch");
  });
});
