import assert from "node:assert/strict";
import { test } from "node:test";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import type { AssessmentService } from "../../src/app/assessment/assessment.service.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";
import { ADMIN, accountCallers } from "./account-callers.ts";

/**
 * A claim is guarded by its event's restriction (and its situation's: GUARDED_BY in the policy): restricting
 * an event closes its claims to whoever holds no grant on the event, in single reads, lists, the event's
 * claims, the verification workflow, the assessment's tallies and explanation, and what an alert cites.
 */
onEachEngine("claims follow their restricted event", (store) => {
  const app = () => store().app;
  const ids: Record<string, string> = {};
  const callers: Record<string, Caller> = {};
  const access = (c: Caller) => ({ userId: c.userId ?? null });
  let engine: AssessmentService | undefined;
  const assessment = () => {
    engine ??= openAssessment(app());
    return engine;
  };

  test("seed: an event restricted to ana, with a claim of its own and an indicator claim naming it", async () => {
    const { evidence, access: svc } = app();
    Object.assign(
      callers,
      await accountCallers(store(), [
        ["ana", "analyst"],
        ["cy", "analyst"],
      ]),
    );
    const source = await evidence.create(
      "source",
      { kind: "organisation", name: "Monitor", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    const situation = await evidence.create(
      "situation",
      { name: "Fictional valley", country: "ATA", sensitivity: "public" },
      ADMIN,
    );
    const event = await evidence.create(
      "event",
      {
        title: "Hidden attack",
        dateStart: "2025-03-04",
        datePrecision: "day",
        place: { country: "ATA", precision: "country" },
        acts: [{ type: "massacre" }],
        situationIds: [situation.id],
        sensitivity: "public",
      },
      ADMIN,
    );
    const claim = await evidence.create(
      "claim",
      {
        sourceId: source.id,
        eventId: event.id,
        statement: "witness saw the hidden attack",
        assertion: { fatalities: { best: 2 } },
        credibility: 2,
        sensitivity: "public",
      },
      ADMIN,
    );
    const indicator = await evidence.create(
      "claim",
      {
        sourceId: source.id,
        eventId: event.id,
        situationId: situation.id,
        indicator: "s4.dehumanising-media",
        statement: "broadcast about the hidden attack",
        assertion: {},
        credibility: 2,
        statedAt: "2025-03-05",
        sensitivity: "public",
      },
      ADMIN,
    );
    Object.assign(ids, { source: source.id, situation: situation.id, event: event.id });
    Object.assign(ids, { claim: claim.id, indicator: indicator.id });
    // Before the restriction, the indicator claim counts in the situation's assessment.
    const open = await assessment().compute(situation.id, {}, ADMIN);
    assert.match(JSON.stringify(open), new RegExp(indicator.id));
    await svc.grant(event.id, { kind: "user", name: "ana" }, "write", ADMIN);
  });

  test("without a grant on the event: its claims are absent from gets, lists, the event's claims and the workflow", async () => {
    const { evidence, store: s, verification } = app();
    const cy = callers.cy as Caller;
    const ana = callers.ana as Caller;
    for (const id of [ids.claim, ids.indicator] as string[]) {
      await assert.rejects(evidence.get("claim", id, cy), { code: "not-found" });
      assert.equal((await evidence.get("claim", id, ana)).id, id, "the event's grantee reads its claims");
      await assert.rejects(verification.get("claim", id, cy), { code: "not-found" });
    }
    const list = (c: Caller, q: object = {}) =>
      s.listClaims({ clearance: "confidential", limit: 50, access: access(c), ...q });
    assert.deepEqual((await list(cy)).items, []);
    assert.deepEqual((await list(cy, { eventId: ids.event })).items, []);
    assert.deepEqual((await list(cy, { situationId: ids.situation })).items, []);
    assert.deepEqual((await list(cy, { sourceId: ids.source })).items, []);
    assert.equal((await list(ana)).items.length, 2);
    assert.equal(
      (await s.list("claim", { clearance: "confidential", limit: 50, access: access(cy) })).items.length,
      0,
    );
    assert.equal((await evidence.eventWithClaims(ids.event as string, ana)).claims.length, 2);
    // A write to a claim of the event is refused as if the claim did not exist.
    const claim = await evidence.get("claim", ids.claim as string, ana);
    await assert.rejects(evidence.update("claim", claim.id, { statement: "x" }, claim.version, cy), {
      code: "not-found",
    });
    await assert.rejects(evidence.remove("claim", claim.id, cy), { code: "not-found" });
    // Who the claim is restricted to is as hidden as the claim.
    await assert.rejects(app().access.visibleRestriction(claim.id, cy), { code: "not-found" });
    assert.equal((await app().access.visibleRestriction(claim.id, ana)).restriction, null);
  });

  test("the claim of a restricted event counts in no shared tally and is named in no explanation or alert", async () => {
    for (const caller of [ADMIN, callers.ana as Caller]) {
      const a = await assessment().compute(ids.situation as string, {}, caller);
      assert.doesNotMatch(JSON.stringify(a), new RegExp(`${ids.indicator}|${ids.claim}`));
      const x = await assessment().explanation(ids.situation as string, { fresh: true }, caller);
      assert.doesNotMatch(JSON.stringify(x), /hidden attack/);
    }
    const alert = await app().alerts.draft(ids.situation as string, {}, ADMIN);
    assert.doesNotMatch(JSON.stringify(alert), /[Hh]idden attack|witness saw/);
  });

  test("lifting the event's restriction opens its claims again", async () => {
    await app().access.unrestrict(ids.event as string, ADMIN);
    const cy = callers.cy as Caller;
    assert.equal((await app().evidence.get("claim", ids.claim as string, cy)).id, ids.claim);
    const a = await assessment().compute(ids.situation as string, {}, cy);
    assert.match(JSON.stringify(a), new RegExp(ids.indicator as string));
  });
});
