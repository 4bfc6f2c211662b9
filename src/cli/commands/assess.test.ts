import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { Command } from "commander";
import { openApp } from "../../bootstrap.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../domain/stages/scoring/decay.ts";
import { createCli } from "../cli.ts";
import { bufferIo, storeFolder } from "../test-io.ts";
import { registerAssessCommands } from "./assess.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const TODAY = new Date().toISOString().slice(0, 10);
const day = (n: number) => isoFromDay(dayNumber(TODAY) + n);

/** Runs one of the assessment verbs in-process (main.ts registers them the same way). */
async function tocsinAssess(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const b = bufferIo({ TOCSIN_CLEARANCE: "confidential", ...env });
  let code = -1;
  const program = new Command("tocsin").exitOverride();
  registerAssessCommands(
    program,
    createCli(b.io, (c) => {
      code = c;
    }),
  );
  await program.parseAsync(argv, { from: "user" });
  return { code, out: b.out(), err: b.err() };
}

describe("tocsin assess, diff, replay, override", () => {
  let dir = "";
  let situation = "";
  before(async () => {
    dir = storeFolder();
    const app = await openApp({ dataDir: dir, databaseUrl: undefined });
    const svc = app.evidence;
    const src = await svc.create(
      "source",
      { kind: "organisation", name: "Fictional Monitor", reliability: "A", sensitivity: "public" },
      analyst,
    );
    const s = await svc.create(
      "situation",
      { name: "Fictional Plain", country: "ATA", sensitivity: "public" },
      analyst,
    );
    situation = s.id;
    for (const offset of [-20, -12]) {
      const e = await svc.create(
        "event",
        {
          title: `Fictional expulsion ${offset}`,
          dateStart: day(offset),
          acts: [{ type: "forced-displacement" }],
          situationIds: [s.id],
          sensitivity: "public",
        },
        analyst,
      );
      await svc.create(
        "claim",
        {
          sourceId: src.id,
          eventId: e.id,
          statement: "Seen",
          credibility: 2,
          statedAt: day(offset),
          sensitivity: "public",
        },
        analyst,
      );
    }
    await app.close();
  });

  test("assess lists every situation; assess NAME --explain follows the chain; --json is JSON only", async () => {
    const all = await tocsinAssess(["assess", "--data", dir]);
    assert.equal(all.code, 0, all.err);
    assert.match(all.out, /Warning\s+Fictional Plain\s+stages 8/);
    const one = await tocsinAssess(["assess", "Fictional Plain", "--data", dir, "--explain"]);
    assert.match(one.out, /claim by Fictional Monitor \[A2\]/);
    const json = await tocsinAssess(["assess", situation, "--data", dir, "--json", "--as-of", day(-15)]);
    const parsed = JSON.parse(json.out);
    assert.equal(parsed.asOf, day(-15));
    assert.equal(parsed.level, "none", "recorded today: nothing known 15 days ago");
  });

  test("diff, replay with a lead time, override with a reason", async () => {
    const d = await tocsinAssess(["diff", situation, day(-30), TODAY, "--data", dir]);
    assert.match(d.out, /level: None .* -> Warning/);
    const r = await tocsinAssess([
      "replay",
      situation,
      "--data",
      dir,
      "--from",
      day(-60),
      "--onset",
      day(95),
    ]);
    assert.match(r.out, /first reached: Watch .*, Warning \d{4}-\d{2}-\d{2}/);
    assert.match(r.out, /lead time \d+ month\(s\)/);
    const o = await tocsinAssess([
      "override",
      situation,
      "level",
      "emergency",
      "--data",
      dir,
      "--reason",
      "Field mission saw mass graves",
    ]);
    assert.equal(o.code, 0, o.err);
    assert.match(o.out, /pending until someone else approves it/);
    const id = /override ([0-9a-f-]{36})/.exec(o.out)?.[1] as string;
    const pending = await tocsinAssess(["assess", situation, "--data", dir]);
    assert.doesNotMatch(pending.out, /^Emergency/, "a proposal changes nothing");
    const self = await tocsinAssess(["override", situation, "approve", id, "--data", dir]);
    assert.notEqual(self.code, 0, "the author may not approve");
    assert.match(self.err, /other than its author/);
    const ok = await tocsinAssess(["override", situation, "approve", id, "--data", dir], {
      TOCSIN_ACTOR: "cli:second-person",
    });
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /approved by cli:second-person/);
    const after = await tocsinAssess(["assess", situation, "--data", dir]);
    assert.match(after.out, /^Emergency .*\(override; computed Warning\)/);
  });

  test("a rule file that does not validate is refused with the file, the rule and the reason", async () => {
    const bad = join(mkdtempSync(join(tmpdir(), "tocsin-rules-")), "bad.rules.json");
    writeFileSync(
      bad,
      JSON.stringify({
        id: "x",
        version: "1",
        title: "t",
        reading: { id: "r", text: "t" },
        thresholds: { possible: 2, likely: 1, established: 3, corroboratingSources: 2 },
        rules: [{ id: "a", level: "watch", because: "b", when: { stage: 1, atLeast: "likely" } }],
      }),
    );
    const r = await tocsinAssess(["assess", "--data", dir, "--rules", bad]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.rules\.json: thresholds out of order/);
    const unknown = await tocsinAssess(["assess", "Nowhere", "--data", dir]);
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.err, /no situation with id or name "Nowhere"/);
  });
});
