import assert from "node:assert/strict";
import { before, test } from "node:test";
import { sql } from "kysely";
import { contentHash } from "../../src/app/alerts/alerts.service.ts";
import type { AppError, ValidationError } from "../../src/domain/errors.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";

const ANA: Caller = { actor: "ana", clearance: "confidential" };
const REV: Caller = { actor: "rev", clearance: "confidential" };
const PUBLIC: Caller = { actor: "reader", clearance: "public" };
const day = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const code = (c: string) => (e: AppError) => e.code === c;

onEachEngine("alerts: workflow, immutability, custody, visibility", (store) => {
  let situationId = "";
  let internalSituation = "";
  before(async () => {
    const { evidence } = store().app;
    const open = await evidence.create(
      "source",
      { kind: "organisation", name: "Open Monitor (fictional)", reliability: "A", sensitivity: "public" },
      ANA,
    );
    const ngo = await evidence.create(
      "source",
      {
        kind: "organisation",
        name: "Field NGO (fictional)",
        reliability: "B",
        contact: "SECRET-CONTACT-LINE",
        sensitivity: "public",
      },
      ANA,
    );
    const hidden = await evidence.create(
      "source",
      { kind: "person", name: "HIDDEN-NETWORK", reliability: "C", sensitivity: "internal" },
      ANA,
    );
    const s = await evidence.create(
      "situation",
      { name: "Fictional Highlands", country: "ATA", sensitivity: "public" },
      ANA,
    );
    situationId = s.id;
    internalSituation = (
      await evidence.create("situation", { name: "Quiet case", country: "ATA", sensitivity: "internal" }, ANA)
    ).id;
    const past = await evidence.create(
      "event",
      {
        title: "Old Valley massacre",
        dateStart: "2011-03-14",
        acts: [{ type: "massacre" }],
        fatalities: { low: 100, best: 150, high: 300 },
        situationIds: [s.id],
        sensitivity: "public",
      },
      ANA,
    );
    await evidence.create(
      "claim",
      {
        sourceId: open.id,
        eventId: past.id,
        statement: "About 150 were killed.",
        credibility: 1,
        assertion: { fatalities: { low: 100, best: 150, high: 300 } },
        statedAt: "2012-01-01",
        sensitivity: "public",
      },
      ANA,
    );
    await evidence.create(
      "claim",
      {
        sourceId: hidden.id,
        eventId: past.id,
        statement: "HIDDEN-STATEMENT",
        credibility: 2,
        witness: "WITNESS-NAME",
        sensitivity: "internal",
      },
      ANA,
    );
    for (const [i, src] of [open, ngo].entries()) {
      const e = await evidence.create(
        "event",
        {
          title: `Village killings ${i}`,
          dateStart: day(-20 - i),
          acts: [{ type: "massacre" }, { type: "killing" }],
          fatalities: { low: 20, best: 30, high: 45 },
          situationIds: [s.id],
          sensitivity: "public",
        },
        ANA,
      );
      await evidence.create(
        "claim",
        {
          sourceId: src.id,
          eventId: e.id,
          statement: "Seen",
          credibility: 2,
          witness: "WITNESS-NAME",
          statedAt: day(-10),
          sensitivity: "public",
        },
        ANA,
      );
    }
    await evidence.create(
      "event",
      {
        title: "INTERNAL-EVENT",
        dateStart: day(-15),
        acts: [{ type: "massacre" }],
        situationIds: [s.id],
        sensitivity: "internal",
      },
      ANA,
    );
  });

  test("draft, edit, submit, return, publish, correct; refusals; immutable at the SQL level; custody", async () => {
    const { alerts } = store().app;
    const { alert, versions } = await alerts.draft(situationId, {}, ANA);
    const v1 = versions[0];
    assert.ok(v1);
    assert.equal(v1.status, "draft");
    const text = JSON.stringify(v1.content);
    assert.ok(text.includes("Old Valley massacre"), "the past episode is in the background");
    assert.deepEqual(v1.content.background.episodes[0]?.toll, { low: 100, best: 150, high: 300 });
    for (const secret of [
      "INTERNAL-EVENT",
      "HIDDEN-NETWORK",
      "HIDDEN-STATEMENT",
      "WITNESS-NAME",
      "SECRET-CONTACT-LINE",
    ])
      assert.ok(!text.includes(secret), `${secret} must not be composed into an alert`);
    assert.match(v1.content.title, /^Genocide (Watch|Warning|Emergency): Fictional Highlands$/);
    assert.ok(v1.content.recommendations.length > 0, "recommendations suggested from the library");

    await assert.rejects(
      alerts.publish(alert.id, 1, 1, REV),
      code("conflict"),
      "a draft cannot be published",
    );
    await assert.rejects(alerts.submit(alert.id, 1, 1, ANA), (e: ValidationError) =>
      e.issues.some((i) => i.path === "summary"),
    );
    await assert.rejects(alerts.edit(alert.id, 1, { summary: "x" }, 7, ANA), code("stale-version"));
    let v = await alerts.edit(
      alert.id,
      1,
      { summary: "Killings recur.", currentSituation: { text: "Villages attacked." } },
      1,
      ANA,
    );
    assert.equal(v.revision, 2);
    v = await alerts.submit(alert.id, 1, v.revision, ANA);
    assert.equal(v.status, "in-review");
    await assert.rejects(
      alerts.edit(alert.id, 1, { summary: "y" }, v.revision, ANA),
      code("conflict"),
      "no edits in review",
    );
    await assert.rejects(alerts.return(alert.id, 1, v.revision, " ", REV), code("invalid-input"));
    v = await alerts.return(alert.id, 1, v.revision, "Cite the mission's report.", REV);
    assert.equal(v.status, "draft");
    assert.equal(v.reviewNote, "Cite the mission's report.");
    v = await alerts.submit(alert.id, 1, v.revision, ANA);

    // The two-person rule is in force: the author may not approve their own version.
    await assert.rejects(
      alerts.publish(alert.id, 1, v.revision, ANA),
      (e: AppError) => e.code === "two-person-rule" && /reviewer other than its authors/.test(e.message),
    );
    v = await alerts.publish(alert.id, 1, v.revision, REV);
    assert.equal(v.status, "published");
    assert.equal(v.publishedBy, "rev");
    assert.equal(v.contentSha256, contentHash(v.content));
    await assert.rejects(alerts.edit(alert.id, 1, { summary: "z" }, v.revision, ANA), code("conflict"));

    // The database itself refuses to change or delete a published version.
    const db = store().app.database.db;
    await assert.rejects(
      sql`UPDATE alert_versions SET title = 'tampered' WHERE alert_id = ${alert.id}::uuid AND number = 1`.execute(
        db,
      ),
      /published and cannot be changed/,
    );
    await assert.rejects(
      sql`DELETE FROM alert_versions WHERE alert_id = ${alert.id}::uuid`.execute(db),
      /published and cannot be changed/,
    );

    await assert.rejects(
      alerts.correct(alert.id, "typo", ANA),
      (e: ValidationError) => e.issues[0]?.path === "changeNote",
    );
    const c = await alerts.correct(alert.id, "Corrected the summary wording.", ANA);
    assert.equal(c.number, 2);
    assert.equal(c.correctionOf, 1);
    assert.equal(c.status, "draft");
    await assert.rejects(alerts.correct(alert.id, "Another correction at once.", ANA), code("conflict"));
    let c2 = await alerts.edit(alert.id, 2, { summary: "Killings recur in the highlands." }, c.revision, ANA);
    await assert.rejects(
      alerts
        .edit(alert.id, 2, { changeNote: null }, c2.revision, ANA)
        .then((x) => alerts.submit(alert.id, 2, x.revision, ANA)),
      (e: ValidationError) => e.issues.some((i) => i.path === "changeNote"),
    );
    c2 = (await alerts.version(alert.id, 2, ANA)).version;
    c2 = await alerts.edit(alert.id, 2, { changeNote: "Corrected the summary wording." }, c2.revision, ANA);
    c2 = await alerts.submit(alert.id, 2, c2.revision, ANA);
    c2 = await alerts.publish(alert.id, 2, c2.revision, REV);
    const both = await alerts.get(alert.id, PUBLIC);
    assert.deepEqual(
      both.versions.map((x) => [x.number, x.status]),
      [
        [1, "published"],
        [2, "published"],
      ],
    );
    assert.equal(both.versions[0]?.content.summary, "Killings recur.", "version 1 is unchanged");
    assert.equal(both.versions[0]?.contentSha256, contentHash(both.versions[0]?.content as never));

    const actions = (await store().app.store.custodyFor("alert", alert.id)).map((e) => e.action);
    assert.deepEqual(actions, [
      "create",
      "update",
      "submit",
      "return",
      "submit",
      "publish",
      "correct",
      "update",
      "update",
      "update",
      "submit",
      "publish",
    ]);
    const published = (await store().app.store.custodyFor("alert", alert.id)).filter(
      (e) => e.action === "publish",
    );
    assert.equal(published[1]?.reason, "Corrected the summary wording.");
    assert.equal(published[0]?.details.contentSha256, v.contentSha256);
    assert.equal(published[0]?.actor, "rev", "the approver");
    assert.deepEqual(published[0]?.details.authors, ["ana"]);
    assert.equal(published[0]?.details.submittedBy, "ana");
    assert.equal(published[0]?.details.approvedBy, "rev");
    assert.equal(published[0]?.details.policy, "two-person");
  });

  test("the public sees published versions only; drafts need clearance; alerts need a public situation", async () => {
    const { alerts } = store().app;
    const { alert } = await alerts.draft(situationId, {}, ANA);
    await assert.rejects(alerts.get(alert.id, PUBLIC), code("not-found"));
    const edited = await alerts.edit(alert.id, 1, { summary: "Kept across a refresh." }, 1, ANA);
    const refreshed = await alerts.refresh(alert.id, 1, edited.revision, {}, ANA);
    assert.equal(refreshed.revision, edited.revision + 1);
    assert.equal(
      refreshed.content.summary,
      "Kept across a refresh.",
      "the analyst's text survives a refresh",
    );
    assert.ok(refreshed.content.background.episodes.some((e) => e.title === "Old Valley massacre"));
    const mine = await alerts.list({ limit: 50 }, ANA);
    const theirs = await alerts.list({ limit: 50 }, PUBLIC);
    assert.ok(mine.items.some((x) => x.alert.id === alert.id));
    assert.ok(!theirs.items.some((x) => x.alert.id === alert.id));
    assert.ok(
      theirs.items.every((x) => x.versions.every((v) => v.status === "published") && x.versions.length > 0),
    );
    const drafts = await alerts.list({ limit: 50, status: "draft" }, ANA);
    assert.deepEqual(
      drafts.items.map((x) => x.alert.id),
      [alert.id],
    );
    await assert.rejects(alerts.draft(situationId, {}, PUBLIC), code("insufficient-clearance"));
    await assert.rejects(alerts.draft(internalSituation, {}, ANA), (e: ValidationError) =>
      /not public/.test(e.message),
    );
  });
});
