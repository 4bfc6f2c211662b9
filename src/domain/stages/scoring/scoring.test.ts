import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findIndicator } from "../catalogue.ts";
import { DEFAULT_THRESHOLDS, gradeLevel } from "../levels.ts";
import { item } from "../testing.ts";
import { decay, evidenceDate } from "./decay.ts";
import { attributionWeight, contribution } from "./evidence.ts";
import { deathsOf, severity } from "./severity.ts";
import { gradeWeight, UNATTRIBUTED_WEIGHT } from "./weights.ts";

describe("scoring pieces", () => {
  test("grades: A1 is the unit, E5 almost nothing, F and 6 count as unjudged", () => {
    assert.equal(gradeWeight("A", 1), 1);
    assert.ok(Math.abs(gradeWeight("B", 2) - 0.64) < 1e-12);
    assert.ok(gradeWeight("E", 5) < 0.02);
    assert.ok(gradeWeight("F", 6) > gradeWeight("E", 5));
    assert.equal(UNATTRIBUTED_WEIGHT, gradeWeight("F", 6));
  });

  test("independent sources combine; one source counts once, by its best claim", () => {
    const twoB2 = item("s8.forced-displacement", "2025-01-01", ["B2", "B2"]);
    assert.ok(Math.abs(attributionWeight(twoB2.attributions) - (1 - 0.36 * 0.36)) < 1e-12);
    const sameSource = item("s8.forced-displacement", "2025-01-01", ["B2", "B3"], { sources: ["s", "s"] });
    assert.ok(Math.abs(attributionWeight(sameSource.attributions) - 0.64) < 1e-12);
    assert.equal(attributionWeight([]), UNATTRIBUTED_WEIGHT);
  });

  test("decay halves at the half-life and ignores evidence dated after the as-of date", () => {
    assert.equal(decay("2025-01-01", "2025-01-01", 365), 1);
    assert.ok(Math.abs(decay("2024-01-01", "2024-12-31", 365) - 0.5) < 1e-12);
    assert.equal(decay("2025-02-01", "2025-01-01", 365), 0);
  });

  test("an event known to the month or year counts only once that period is over", () => {
    assert.equal(evidenceDate("2024-02-01", "month"), "2024-02-29");
    assert.equal(evidenceDate("2024-02-01", "unknown-day"), "2024-02-29");
    assert.equal(evidenceDate("2024-01-01", "year"), "2024-12-31");
    assert.equal(evidenceDate("2024-03-05", "day"), "2024-03-05");
  });

  test("severity: contested tolls count at the lowest figure; unknown tolls have a declared value", () => {
    const toll = { low: 10, best: 50, high: 1000 };
    assert.equal(deathsOf(toll, false), 50);
    assert.equal(deathsOf(toll, true), 10);
    assert.equal(deathsOf({ low: 10, best: null, high: 30 }, false), 20);
    assert.equal(severity("toll", toll, false), 0.25);
    assert.equal(severity("toll", toll, true), 0.05);
    assert.equal(severity("toll", null, false), 0.1);
    assert.equal(severity("scaled", null, false), 1);
    assert.ok(Math.abs(severity("scaled", { low: null, best: 9, high: null }, false) - 1) < 1e-12);
    assert.equal(severity("scaled", { low: null, best: 10 ** 6, high: null }, false), 2);
    assert.equal(severity("none", toll, false), 1);
  });

  test("a claim naming an indicator weighs 1 whatever the indicator's severity mode", () => {
    const ind = findIndicator("s9.mass-killing");
    assert.ok(ind);
    const c = contribution(
      item("s9.mass-killing", "2025-01-01", ["A1"], { kind: "claim" }),
      ind,
      "2025-01-01",
    );
    assert.equal(c.mass, 1);
    const e = contribution(
      item("s9.mass-killing", "2025-01-01", ["A1"], { toll: { low: 400, best: 400, high: 400 } }),
      ind,
      "2025-01-01",
    );
    assert.equal(e.mass, 2);
  });

  test("gates: F-only evidence stays possible; established needs corroboration and uncontested mass", () => {
    const t = DEFAULT_THRESHOLDS;
    assert.deepEqual(
      gradeLevel({ mass: 50, uncontestedMass: 50, likelySources: 0, corroborated: false }, t),
      {
        level: "possible",
        cappedBy: "no-qualifying-source",
      },
    );
    assert.deepEqual(gradeLevel({ mass: 3, uncontestedMass: 3, likelySources: 1, corroborated: false }, t), {
      level: "likely",
      cappedBy: "uncorroborated",
    });
    assert.deepEqual(gradeLevel({ mass: 3, uncontestedMass: 2, likelySources: 2, corroborated: true }, t), {
      level: "likely",
      cappedBy: "contested",
    });
    assert.deepEqual(gradeLevel({ mass: 3, uncontestedMass: 3, likelySources: 2, corroborated: true }, t), {
      level: "established",
      cappedBy: null,
    });
    assert.equal(
      gradeLevel({ mass: 0.2, uncontestedMass: 0.2, likelySources: 1, corroborated: true }, t).level,
      "absent",
    );
    assert.equal(
      gradeLevel({ mass: 0.3, uncontestedMass: 0.3, likelySources: 0, corroborated: false }, t).level,
      "possible",
    );
  });
});
