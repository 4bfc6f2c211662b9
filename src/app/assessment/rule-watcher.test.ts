import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openAssessment } from "../../adapters/db/assessment/open-assessment.ts";
import type { AppContext } from "../../bootstrap.ts";
import { systemClock } from "../../ports/clock.ts";
import { DEFAULT_RULES_FILE, sharedRuleRegistry } from "./rule-registry.ts";
import { RuleWatcher } from "./rule-watcher.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-rules-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const base = JSON.parse(readFileSync(DEFAULT_RULES_FILE, "utf8"));
const withVersion = (version: string, change: (r: typeof base) => void = () => {}) => {
  const r = structuredClone(base);
  r.version = version;
  change(r);
  return `${JSON.stringify(r, null, 2)}\n`;
};
/** The engine needs no database until it is asked something: enough to see which rules it holds. */
const fakeApp = { database: { db: {} }, clock: systemClock } as unknown as Pick<
  AppContext,
  "database" | "clock"
>;

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

test("an edited rule file is reloaded for every engine on it; an invalid one is refused and the rules stay", async () => {
  const file = join(dir, "deployment.rules.json");
  writeFileSync(file, withVersion("1"));
  const api = openAssessment(fakeApp, { rulesFile: file });
  const map = openAssessment(fakeApp, { rulesFile: file });
  assert.equal(api.rules, map.rules, "engines on one file share its registry");
  const lines: string[] = [];
  const reloaded: string[] = [];
  const refused: { file: string; rule: string | null; reason: string }[] = [];
  const watcher = new RuleWatcher(sharedRuleRegistry(file), {
    intervalMs: 20,
    sighup: false,
    log: (l) => lines.push(l),
    onReload: (r, was) => reloaded.push(`${was.ref} -> ${r.ref}`),
    onRefused: (e) => refused.push({ file: e.file, rule: e.rule, reason: e.reason }),
  }).start();
  try {
    assert.equal(api.rules.current.ref, "tocsin-default@1");
    // The watcher's first look at the file is asynchronous: let it happen before the first edit.
    await new Promise((r) => setTimeout(r, 100));
    // A rule on stage 11: refused, naming the file, the rule and the reason.
    writeFileSync(
      file,
      withVersion("2", (r) => {
        r.rules[1].when.stage = 11;
      }),
    );
    await until(() => refused.length > 0);
    assert.deepEqual(refused[0], {
      file,
      rule: "warning-preparation",
      reason: "rules.1.when.stage: unknown stage: stages are 1 to 10",
    });
    assert.match(
      lines.at(-1) ?? "",
      /refused .*deployment\.rules\.json: rule warning-preparation: .*unknown stage/,
    );
    assert.match(lines.at(-1) ?? "", /the rules in force stay tocsin-default@1$/);
    assert.equal(api.rules.current.ref, "tocsin-default@1");
    assert.equal(map.rules.current.ref, "tocsin-default@1");
    // Thresholds out of order: refused too. (Each write changes the size and comes a poll later, so that
    // the file's stat differs even where timestamps are coarse.)
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(
      file,
      withVersion("3", (r) => {
        r.thresholds.likely = 5.5;
      }),
    );
    await until(() => refused.length > 1);
    assert.equal(api.rules.current.ref, "tocsin-default@1");
    // A valid edit: in force for both engines.
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(file, withVersion("4.0"));
    await until(() => reloaded.length > 0);
    assert.deepEqual(reloaded, ["tocsin-default@1 -> tocsin-default@4.0"]);
    assert.equal(api.rules.current.ref, "tocsin-default@4.0");
    assert.equal(map.rules.current.ref, "tocsin-default@4.0");
  } finally {
    watcher.stop();
  }
});

test("SIGHUP reloads the rule file; the same content again changes nothing", async () => {
  const file = join(dir, "hup.rules.json");
  writeFileSync(file, withVersion("1"));
  const registry = sharedRuleRegistry(file);
  const reloaded: string[] = [];
  // A long polling interval: only the signal can make it look.
  const watcher = new RuleWatcher(registry, {
    intervalMs: 60_000,
    onReload: (r) => reloaded.push(r.ref),
  }).start();
  try {
    writeFileSync(file, withVersion("2"));
    process.emit("SIGHUP", "SIGHUP");
    assert.deepEqual(reloaded, ["tocsin-default@2"]);
    assert.equal(registry.current.ref, "tocsin-default@2");
    process.emit("SIGHUP", "SIGHUP");
    assert.deepEqual(reloaded, ["tocsin-default@2"]);
  } finally {
    watcher.stop();
  }
  assert.equal(process.listenerCount("SIGHUP"), 0);
});
