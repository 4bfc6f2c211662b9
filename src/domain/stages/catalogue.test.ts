import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CORE_ACT_TYPES } from "../evidence/acts.ts";
import { RISK_FACTORS } from "../framework/risk-factors.ts";
import {
  CATALOGUE_VERSION,
  catalogueProblems,
  findIndicator,
  INDICATOR_IDS,
  indicatorsForAct,
  indicatorsOfStage,
} from "./catalogue.ts";
import { STAGE_NUMBERS, STAGES } from "./stages.ts";

describe("indicator catalogue", () => {
  test("is consistent: ids, prefixes, weights, half-lives, act types, crosswalk", () => {
    assert.deepEqual(catalogueProblems(CORE_ACT_TYPES), []);
    assert.match(CATALOGUE_VERSION, /^tocsin-indicators\/\d{4}\.\d+$/);
  });

  test("every stage has indicators and preventive measures", () => {
    for (const n of STAGE_NUMBERS) {
      assert.ok(indicatorsOfStage(n).length >= 3, `stage ${n}`);
      assert.ok((STAGES[n - 1]?.preventiveMeasures.length ?? 0) >= 2, `stage ${n} measures`);
    }
  });

  test("claim ids resolve, and the examples of the issue exist", () => {
    for (const id of INDICATOR_IDS) assert.equal(findIndicator(id)?.id, id);
    assert.equal(findIndicator("s3.citizenship-denied")?.stage, 3);
    assert.equal(findIndicator("s4.dehumanising-media")?.stage, 4);
    assert.equal(findIndicator("s8.forced-displacement")?.stage, 8);
    assert.equal(findIndicator("s10.denial-statement")?.stage, 10);
    assert.equal(findIndicator("nope"), undefined);
  });

  test("a massacre evidences persecution and extermination; a battle only the UN view", () => {
    assert.deepEqual(
      indicatorsForAct("massacre").map((x) => x.id),
      ["s8.genocidal-massacres", "s9.mass-killing"],
    );
    assert.deepEqual(
      indicatorsForAct("battle").map((x) => x.id),
      ["rf1.armed-conflict"],
    );
    assert.deepEqual(indicatorsForAct("x-unknown"), []);
  });

  test("the UN Framework has 14 risk factors, each with indicators and measures", () => {
    assert.deepEqual(
      RISK_FACTORS.map((f) => f.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    );
    for (const f of RISK_FACTORS) {
      assert.ok(f.indicators.length + f.stageIndicators.length >= 2, `rf${f.number}`);
      assert.ok(f.preventiveMeasures.length >= 2);
    }
    assert.deepEqual(RISK_FACTORS[8]?.stages, [1, 2, 3]);
    assert.deepEqual(RISK_FACTORS[7]?.stages, []);
  });
});
