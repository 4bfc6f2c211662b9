import assert from "node:assert/strict";
import { test } from "node:test";
import type { Reliability } from "../../domain/evidence/grades.ts";
import { bundledRules } from "../../domain/stages/testing.ts";
import type { RawClaim, RawEvidence } from "../../ports/assessment-store.ts";
import { buildScenario } from "../demo/scenario/build.ts";
import { replayEvidence } from "./replay.ts";

/** The fictional training scenario as the engine would read it from the store (dated knowledge). */
function scenarioEvidence(situationKey: string): RawEvidence {
  const s = buildScenario();
  const reliability = new Map(s.sources.map((x) => [x.key, x.reliability as Reliability]));
  const claim = (c: (typeof s.claims)[number]): RawClaim => ({
    id: c.key,
    sourceId: c.source,
    reliability: reliability.get(c.source) ?? "F",
    credibility: c.credibility,
    statedAt: c.statedAt,
    createdAt: `${c.statedAt}T00:00:00Z`,
    indicator: c.indicator ?? null,
    eventId: c.event ?? null,
    fatalities: c.assertion?.fatalities ?? null,
  });
  const events = s.events.filter((e) => e.situations.includes(situationKey));
  const keys = new Set(events.map((e) => e.key));
  return {
    events: events.map((e) => {
      const claims = s.claims.filter((c) => c.event === e.key).map(claim);
      const tolls = new Set(claims.filter((c) => c.fatalities).map((c) => JSON.stringify(c.fatalities)));
      return {
        id: e.key,
        dateStart: e.dateStart,
        datePrecision: e.datePrecision,
        actTypes: e.acts.map((a) => a.type),
        contested: tolls.size > 1,
        fatalities: {
          low: e.fatalities?.low ?? null,
          best: e.fatalities?.best ?? null,
          high: e.fatalities?.high ?? null,
        },
        createdAt: `${e.dateStart}T00:00:00Z`,
        claims,
      };
    }),
    indicatorClaims: s.claims
      .filter((c) => c.indicator && (c.situation === situationKey || (c.event && keys.has(c.event))))
      .map(claim),
    readAt: "",
  };
}

test("replay on the fictional scenario: each situation's levels month by month, never skipping evidence", () => {
  const rules = bundledRules();
  const s = buildScenario();
  assert.ok(s.situations.length >= 2);
  const summary: string[] = [];
  for (const situation of s.situations) {
    const raw = scenarioEvidence(situation.key);
    const to =
      [...raw.events.map((e) => e.dateStart), ...raw.indicatorClaims.map((c) => c.statedAt ?? "")]
        .sort()
        .at(-1) ?? "2026-01-01";
    const r = replayEvidence(raw, rules, situation.key, {
      to,
      knowledge: "dated",
      clearance: "confidential",
    });
    assert.ok(r.months.length >= 1);
    assert.equal(r.months.at(-1)?.asOf, to);
    // The first month of a level is never after the first month of a higher one.
    const order = ["watch", "warning", "emergency"] as const;
    for (let i = 1; i < order.length; i++) {
      const hi = r.firstReached[order[i] as (typeof order)[number]];
      const lo = r.firstReached[order[i - 1] as (typeof order)[number]];
      if (hi) assert.ok(lo && lo <= hi, `${situation.key}: ${order[i - 1]} ${lo} before ${order[i]} ${hi}`);
    }
    summary.push(
      `${situation.key}: watch ${r.firstReached.watch}, warning ${r.firstReached.warning}, emergency ${r.firstReached.emergency}`,
    );
  }
  // At least one situation of the scenario escalates to an emergency, as the scenario is written.
  assert.ok(
    summary.some((l) => !l.endsWith("emergency null")),
    summary.join("\n"),
  );
});
