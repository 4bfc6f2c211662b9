import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { diffAssessments } from "./diff.ts";
import { type EvidenceRefs, explain } from "./explanation.ts";
import { explanationText } from "./explanation-text.ts";
import { bundledRules, item, run } from "./testing.ts";

const D = "2025-06-01";

function refs(): EvidenceRefs {
  return {
    events: new Map([
      ["ev-1", { title: "Camp opened at the fictional river", dateStart: D, contested: false }],
    ]),
    claims: new Map([
      [
        "ev-1-c0",
        {
          statement: "Monitors saw a camp",
          credibility: 2,
          sourceId: "src-1",
          documentId: "doc-1",
          locator: "p. 3",
        },
      ],
      [
        "ev-2-c0",
        { statement: "Second report", credibility: 2, sourceId: "src-2", documentId: null, locator: null },
      ],
    ]),
    sources: new Map([
      ["src-1", { name: "Fictional Monitor", reliability: "B" as const }],
      ["src-2", { name: "Fictional Gazette", reliability: "B" as const }],
    ]),
    documents: new Map([["doc-1", { title: "Monitor report", sha256: "a".repeat(64) }]]),
  };
}

const camps = [
  item("s8.detention-camps", D, ["B2"], { id: "ev-1", sources: ["src-1"] }),
  item("s8.detention-camps", D, ["B2"], { id: "ev-2", sources: ["src-2"] }),
];

describe("explanations", () => {
  test("follow the chain level -> rules -> stages -> indicators -> evidence -> claims -> sources and documents", () => {
    const x = explain(run(camps, D), refs());
    assert.equal(x.level, "warning");
    assert.deepEqual(
      x.rulesFired.map((r) => r.id),
      ["warning-persecution"],
    );
    assert.deepEqual(
      x.stages.map((s) => s.stage),
      [8],
    );
    const ind = x.stages[0]?.indicators[0];
    assert.equal(ind?.id, "s8.detention-camps");
    const ev = ind?.evidence.find((e) => e.id === "ev-1");
    assert.equal(ev?.title, "Camp opened at the fictional river");
    assert.equal(ev?.claims[0]?.source?.name, "Fictional Monitor");
    assert.equal(ev?.claims[0]?.document?.locator, "p. 3");
    assert.equal(x.nextChange?.level, "emergency");
  });

  test("read as text, with the nearest rule not yet met", () => {
    const text = explanationText(explain(run(camps, D), refs()));
    assert.match(text, /^Level: Warning as of 2025-06-01 \(rules tocsin-default@2026\.1/);
    assert.match(text, /warning-persecution -> Warning/);
    assert.match(
      text,
      /8 Persecution: likely, score 1\.28 \(held down: uncorroborated\)|8 Persecution: likely, score 1\.28/,
    );
    assert.match(text, /claim by Fictional Monitor \[B2\] in "Monitor report" at p\. 3/);
    assert.match(text, /What would change the level: emergency-extermination -> Emergency/);
  });
});

describe("diffs", () => {
  test("show which indicators and which evidence moved the level", () => {
    const a = run(camps.slice(0, 1), D);
    const b = run(
      [
        ...camps,
        item("s8.genocidal-massacres", D, ["A1"], { id: "ev-3" }),
        item("s8.genocidal-massacres", D, ["B2"], { id: "ev-4" }),
      ],
      D,
    );
    const d = diffAssessments(a, b);
    assert.equal(d.from.level, "none");
    assert.equal(d.to.level, "emergency");
    assert.ok(d.levelChanged);
    assert.deepEqual(d.rulesNowFiring.sort(), [
      "emergency-persecution-with-massacres",
      "warning-persecution",
    ]);
    assert.deepEqual(
      d.indicators.map((i) => [i.id, i.from, i.to]),
      [
        ["s8.detention-camps", "possible", "likely"],
        ["s8.genocidal-massacres", "absent", "likely"],
      ],
    );
    assert.deepEqual(d.evidenceIn.map((e) => e.id).sort(), ["ev-2", "ev-3", "ev-4"]);
    assert.deepEqual(d.evidenceOut, []);
  });

  test("between rule versions on the same evidence, only the rules differ", () => {
    const a = run(camps, D);
    const b = run(camps, D, bundledRules("persecution-emergency"));
    const d = diffAssessments(a, b);
    assert.ok(d.rulesVersionChanged);
    assert.deepEqual(d.stages, []);
    assert.deepEqual(d.indicators, []);
    assert.equal(d.to.level, "emergency");
  });
});
