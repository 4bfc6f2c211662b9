import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DEFAULT_RULES_FILE, RuleRegistry, readRuleFile } from "../../../app/assessment/rule-registry.ts";
import { bundledRules } from "../../stages/testing.ts";
import { parseRuleSet } from "./parse-rules.ts";
import { RuleFileError } from "./rule-file-error.ts";

const base = () =>
  JSON.parse(readFileSync(DEFAULT_RULES_FILE, "utf8")) as Record<string, unknown> & {
    rules: Record<string, unknown>[];
  };

function refused(raw: unknown): RuleFileError {
  try {
    parseRuleSet(raw, "deploy.rules.json");
  } catch (error) {
    assert.ok(error instanceof RuleFileError, String(error));
    return error;
  }
  assert.fail("accepted");
}

describe("rule files", () => {
  test("the bundled files validate, record their version and reading, and order rules after their references", () => {
    const d = bundledRules();
    assert.equal(d.ref, "tocsin-default@2026.1");
    assert.equal(d.reading.id, "persecution-needs-massacres");
    assert.match(d.sha256, /^[0-9a-f]{64}$/);
    assert.ok(
      d.order.indexOf("warning-persecution") < d.order.indexOf("emergency-persecution-with-massacres"),
    );
    assert.equal(bundledRules("persecution-emergency").reading.id, "persecution-is-emergency");
  });

  test("an unknown stage is refused with the file, the rule and the reason", () => {
    const f = base();
    f.rules[1] = { ...f.rules[1], when: { stage: 11, atLeast: "likely" } };
    const e = refused(f);
    assert.equal(e.file, "deploy.rules.json");
    assert.equal(e.rule, "warning-preparation");
    assert.match(e.reason, /unknown stage/);
    assert.match(e.message, /^deploy\.rules\.json: rule warning-preparation: .*unknown stage/);
  });

  test("an unknown stage inside anyStage and nested all/any is refused too", () => {
    const f = base();
    f.rules[0] = { ...f.rules[0], when: { all: [{ any: [{ anyStage: [1, 0], atLeast: "likely" }] }] } };
    assert.match(refused(f).reason, /unknown stage/);
  });

  test("thresholds out of order are refused", () => {
    const f = {
      ...base(),
      thresholds: { possible: 1, likely: 0.5, established: 2.5, corroboratingSources: 2 },
    };
    const e = refused(f);
    assert.equal(e.rule, null);
    assert.match(e.reason, /thresholds out of order/);
  });

  test("a cycle among rules is refused, naming its path", () => {
    const f = base();
    f.rules.push({ id: "a", level: "watch", because: "x", when: { rule: "b" } });
    f.rules.push({
      id: "b",
      level: "watch",
      because: "x",
      when: { any: [{ rule: "a" }, { stage: 1, atLeast: "likely" }] },
    });
    const e = refused(f);
    assert.match(e.reason, /cycle among rules: (a -> b -> a|b -> a -> b)/);
  });

  test("unknown indicators, unknown rule references, duplicate ids and unknown levels are refused", () => {
    const f1 = base();
    f1.rules[0] = { ...f1.rules[0], when: { indicator: "s4.no-such", atLeast: "likely" } };
    assert.match(refused(f1).reason, /unknown indicator s4\.no-such/);
    const f2 = base();
    f2.rules[0] = { ...f2.rules[0], when: { rule: "missing" } };
    assert.match(refused(f2).reason, /unknown rule missing/);
    const f3 = base();
    f3.rules.push({ ...f3.rules[0] });
    assert.equal(refused(f3).reason, "duplicate rule id");
    const f4 = base();
    f4.rules[2] = { ...f4.rules[2], level: "genocide" };
    assert.equal(refused(f4).rule, "warning-persecution");
  });

  test("a registry keeps the previous rules when a new file does not validate", () => {
    const dir = mkdtempSync(join(tmpdir(), "tocsin-rules-"));
    const bad = join(dir, "bad.rules.json");
    const f = base();
    f.rules[0] = { ...f.rules[0], when: { stage: 12, atLeast: "likely" } };
    writeFileSync(bad, JSON.stringify(f));
    const garbled = join(dir, "garbled.rules.json");
    writeFileSync(garbled, "{ not json");
    const registry = new RuleRegistry();
    const result = registry.load(bad);
    assert.equal(result.ok, false);
    assert.match(
      result.ok ? "" : result.error.message,
      /bad\.rules\.json: rule watch-early-stages: .*unknown stage/,
    );
    assert.equal(registry.current.ref, "tocsin-default@2026.1");
    const g = registry.load(garbled);
    assert.match(g.ok ? "" : g.error.reason, /not valid JSON/);
    assert.throws(() => readRuleFile(join(dir, "absent.json")), /cannot read the file/);
    const good = join(dir, "good.rules.json");
    writeFileSync(good, JSON.stringify({ ...base(), version: "2026.2" }));
    assert.equal(registry.load(good).ok, true);
    assert.equal(registry.current.ref, "tocsin-default@2026.2");
  });
});
