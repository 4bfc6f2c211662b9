import assert from "node:assert/strict";
import { before, test } from "node:test";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import type { AssessmentService } from "../../src/app/assessment/assessment.service.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";

// Two people for a change of level (issue 8): an override is a proposal until a reviewer other than its
// author approves it; the engine (levels, stages, the rules that read them, stored snapshots) sees approved
// overrides only; every step is in the custody log.
const analyst = { actor: "user:ana", clearance: "confidential", role: "analyst" } as Caller;
const reviewer = { actor: "user:rui", clearance: "confidential", role: "reviewer" } as Caller;
const otherAnalyst = { actor: "user:bo", clearance: "confidential", role: "analyst" } as Caller;
const REASON = "Field mission reports not yet entered as evidence";

onEachEngine("override approval (two-person rule)", (store) => {
  let engine: AssessmentService;
  let situation = "";

  before(async () => {
    engine = openAssessment(store().app);
    const s = await store().app.evidence.create(
      "situation",
      { name: "Fictional East", country: "ATA", sensitivity: "public" },
      analyst,
    );
    situation = s.id;
  });

  test("a proposal changes nothing; its author and a non-reviewer cannot approve; a reviewer can", async () => {
    const computed = (await engine.compute(situation, {}, analyst)).level;
    assert.notEqual(computed, "emergency");
    const o = await engine.override(
      situation,
      { target: "level", value: "emergency", reason: REASON },
      analyst,
    );
    assert.equal(o.status, "pending");
    const pending = await engine.compute(situation, {}, analyst);
    assert.equal(pending.level, computed, "pending: the level is the rules'");
    assert.equal(pending.levelOverride, null);
    const snap = await engine.snapshot(situation, {}, analyst);
    assert.equal(snap.record.level, computed, "the stored history sees no pending override");

    await assert.rejects(engine.approveOverride(situation, o.id, analyst), {
      code: "two-person-rule",
      message: /other than its author/,
    });
    await assert.rejects(engine.approveOverride(situation, o.id, otherAnalyst), {
      code: "two-person-rule",
      message: /reviewer or admin role/,
    });
    const approved = await engine.approveOverride(situation, o.id, reviewer, "Checked with the mission lead");
    assert.equal(approved.status, "approved");
    assert.equal(approved.decidedBy, "user:rui");
    assert.equal((await engine.compute(situation, {}, analyst)).level, "emergency");
    assert.equal((await engine.snapshot(situation, {}, analyst)).record.level, "emergency");
    await assert.rejects(
      engine.approveOverride(situation, o.id, { ...reviewer, actor: "user:eve" } as Caller),
      {
        code: "conflict",
        message: /already approved by user:rui/,
      },
    );

    const log = await store().app.store.custodyFor("situation", situation);
    const proposal = log.find((e) => e.action === "override" && e.details.override === o.id);
    assert.equal(proposal?.actor, "user:ana");
    assert.equal(proposal?.details.status, "pending");
    const approval = log.find((e) => e.action === "override-approve");
    assert.equal(approval?.actor, "user:rui");
    assert.deepEqual(
      [approval?.details.proposedBy, approval?.details.approvedBy, approval?.details.value],
      ["user:ana", "user:rui", "emergency"],
    );
    assert.equal(approval?.reason, "Checked with the mission lead");
  });

  test("a stage proposal does not reach the rules until approved; rejected ones never do", async () => {
    const before = await engine.compute(situation, {}, analyst);
    const o = await engine.override(
      situation,
      { target: "stage:8", value: "likely", reason: REASON },
      analyst,
    );
    const still = await engine.compute(situation, {}, analyst);
    assert.equal(still.stages[7]?.override, null);
    assert.equal(still.stages[7]?.level, before.stages[7]?.level);
    assert.deepEqual(still.rules, before.rules, "the alert rules read the stage without the proposal");
    assert.deepEqual(still.concerns, before.concerns);

    await assert.rejects(engine.rejectOverride(situation, o.id, "no", reviewer), { code: "invalid-input" });
    await assert.rejects(engine.rejectOverride(situation, o.id, REASON, otherAnalyst), {
      code: "two-person-rule",
    });
    const rejected = await engine.rejectOverride(
      situation,
      o.id,
      "The mission report says otherwise",
      reviewer,
    );
    assert.equal(rejected.status, "rejected");
    assert.equal(rejected.decisionReason, "The mission report says otherwise");
    assert.equal((await engine.compute(situation, {}, analyst)).stages[7]?.override, null);
    await assert.rejects(engine.approveOverride(situation, o.id, reviewer), { code: "conflict" });
    await assert.rejects(engine.revokeOverride(situation, o.id, REASON, reviewer), { code: "conflict" });
    const log = await store().app.store.custodyFor("situation", situation);
    const entry = log.find((e) => e.action === "override-reject");
    assert.equal(entry?.actor, "user:rui");
    assert.equal(entry?.reason, "The mission report says otherwise");

    // The author withdraws their own proposal the same way.
    const mine = await engine.override(
      situation,
      { target: "stage:3", value: "likely", reason: REASON },
      analyst,
    );
    assert.equal(
      (await engine.rejectOverride(situation, mine.id, "Entered by mistake, withdrawn", analyst)).status,
      "rejected",
    );
    const listed = await engine.overrides(situation);
    assert.deepEqual(
      listed.map((x) => x.status).sort(),
      ["approved", "rejected", "rejected"],
      "every proposal is listed with its status",
    );
  });

  test("open local mode (no roles): the actor names are compared, as for publishing an alert", async () => {
    const api: Caller = { actor: "api", clearance: "confidential" };
    const o = await engine.override(situation, { target: "stage:2", value: "likely", reason: REASON }, api);
    await assert.rejects(engine.approveOverride(situation, o.id, api), { code: "two-person-rule" });
    const ok = await engine.approveOverride(situation, o.id, { actor: "desk-2", clearance: "confidential" });
    assert.equal(ok.status, "approved");
  });
});
