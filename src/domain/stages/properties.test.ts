import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { alertRank } from "../alerts/rules/rule-set.ts";
import { createRng, type Rng, shuffleInPlace } from "../risk/prng.ts";
import { STAGE_INDICATORS } from "./catalogue.ts";
import { levelRank } from "./levels.ts";
import type { EvidenceItem } from "./scoring/evidence.ts";
import { bundledRules, item, run } from "./testing.ts";

const AS_OF = "2025-06-01";
const GRADES = ["A1", "A2", "B2", "B3", "C3", "D4", "E5", "F6", "F2", "B6"];

function randomItem(rng: Rng, sources: string[]): EvidenceItem {
  const ind = STAGE_INDICATORS[rng.int(STAGE_INDICATORS.length)];
  const day = rng.int(900);
  const date = new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const n = 1 + rng.int(3);
  const grades = Array.from({ length: n }, () => GRADES[rng.int(GRADES.length)] as string);
  const low = rng.int(50);
  return item(ind?.id ?? "s1.us-them-division", date, grades, {
    kind: rng.next() < 0.3 ? "claim" : "event",
    contested: rng.next() < 0.15,
    toll: rng.next() < 0.5 ? { low, best: low + rng.int(50), high: low + 50 + rng.int(500) } : null,
    sources: grades.map(() => sources[rng.int(sources.length)] as string),
  });
}

/** Another source reports the same thing (any grade), or a new report of the same sign. */
function corroborate(x: EvidenceItem, i: number, rng: Rng): EvidenceItem {
  if (rng.next() >= 0.5) return randomItem(rng, [`other-${i}`]);
  const extra = { claimId: `extra-${i}`, sourceId: `other-${i}`, reliability: "C" as const, credibility: 2 };
  return { ...x, attributions: [...x.attributions, extra] };
}

function randomSet(seed: number, size: number): EvidenceItem[] {
  const rng = createRng(seed);
  const sources = Array.from({ length: 8 }, (_, i) => `source-${seed}-${i}`);
  return Array.from({ length: size }, () => randomItem(rng, sources));
}

describe("properties over seeded random evidence", () => {
  test("adding corroborating evidence never lowers a stage, an indicator or the level", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const items = randomSet(seed, 5 + (seed % 40));
      const before = run(items, AS_OF);
      const rng = createRng(seed * 7919);
      const extra = items.slice(0, 1 + rng.int(items.length)).map((x, i) => corroborate(x, i, rng));
      const corroborated = items.map((x) => extra.find((e) => e.id === x.id) ?? x);
      const added = [...corroborated, ...extra.filter((e) => !items.some((x) => x.id === e.id))];
      const after = run(added, AS_OF);
      assert.ok(
        alertRank(after.level) >= alertRank(before.level),
        `seed ${seed}: level ${before.level} -> ${after.level}`,
      );
      for (let s = 0; s < 10; s++) {
        const b = before.stages[s];
        const a = after.stages[s];
        assert.ok(
          a && b && levelRank(a.level) >= levelRank(b.level),
          `seed ${seed} stage ${s + 1}: ${b?.level} -> ${a?.level}`,
        );
        assert.ok((a?.score ?? 0) >= (b?.score ?? 0) - 1e-9, `seed ${seed} stage ${s + 1} score`);
      }
    }
  });

  test("removing all evidence gives None with every stage absent", () => {
    for (let seed = 1; seed <= 10; seed++) {
      assert.notEqual(
        run(randomSet(seed, 60), AS_OF).stages.every((s) => s.level === "absent"),
        true,
      );
      const empty = run([], AS_OF);
      assert.equal(empty.level, "none");
      assert.ok(empty.stages.every((s) => s.level === "absent"));
    }
  });

  test("recomputation is deterministic, whatever the order of the evidence", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = randomSet(seed, 80);
      const first = JSON.stringify(run(items, AS_OF));
      assert.equal(JSON.stringify(run(items, AS_OF)), first);
      const shuffled = shuffleInPlace([...items], createRng(seed + 1000));
      assert.equal(JSON.stringify(run(shuffled, AS_OF)), first, `seed ${seed}`);
    }
  });

  test("two rule versions differ exactly where their rules do", () => {
    const strict = bundledRules("persecution-emergency");
    let differing = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const items = randomSet(seed, 3 + (seed % 25));
      const a = run(items, AS_OF);
      const b = run(items, AS_OF, strict);
      // The profiles are the same evidence under the same thresholds.
      assert.deepEqual(a.stages, b.stages);
      const s8 = levelRank(a.stages[7]?.level ?? "absent") >= levelRank("likely");
      const fired = (id: string) => a.rules.find((r) => r.id === id)?.fired ?? false;
      // The only difference: persecution without massacres and without extermination.
      const differs =
        s8 && !fired("emergency-persecution-with-massacres") && !fired("emergency-extermination");
      if (differs) {
        differing++;
        assert.equal(a.level, "warning", `seed ${seed}`);
        assert.equal(b.level, "emergency", `seed ${seed}`);
      } else {
        assert.equal(a.level, b.level, `seed ${seed}`);
      }
      assert.equal(b.method.rules, "tocsin-persecution-emergency@2026.1");
    }
    assert.ok(differing > 3, `the random sets must exercise the difference (${differing})`);
  });
});
