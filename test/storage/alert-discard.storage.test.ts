import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { AppError } from "../../src/domain/errors.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { createHttpApp } from "../../src/http/server.ts";
import { call } from "../support/http.ts";
import { onEachEngine } from "../support/stores.ts";

const ANA: Caller = { actor: "ana", clearance: "confidential" };
const REV: Caller = { actor: "rev", clearance: "confidential" };
const code = (c: string) => (e: AppError) => e.code === c;

const COMPLETE = {
  summary: "Killings recur in the fictional valley.",
  currentSituation: { text: "Villages attacked." },
  determination: { text: "The public evidence places the situation at a fictional stage." },
  recommendations: [{ addressee: "un-security-council", text: "Meet on the fictional valley." }],
};

onEachEngine("alerts: discarding a draft that was never published", (store) => {
  let situationId = "";
  const http = () => createHttpApp(store().app, { clearance: "confidential", publicMode: false });
  before(async () => {
    const s = await store().app.evidence.create(
      "situation",
      { name: "Fictional Discard Valley", country: "ATA", sensitivity: "public" },
      ANA,
    );
    situationId = s.id;
  });

  test("a new alert's draft is discarded with the alert, over HTTP with If-Match, and the custody log keeps it", async () => {
    const { alert } = await store().app.alerts.draft(situationId, {}, ANA);
    const path = `/api/v1/alerts/${alert.id}/versions/1`;
    assert.equal((await call(http(), "DELETE", path)).status, 428, "If-Match is required");
    const stale = await call(http(), "DELETE", path, { headers: { "if-match": '"7"' } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, "stale-version");
    assert.equal(
      (
        await call(http(), "DELETE", `/api/v1/alerts/${alert.id}/versions/2`, {
          headers: { "if-match": '"1"' },
        })
      ).status,
      404,
    );

    const done = await call(http(), "DELETE", `${path}?reason=${encodeURIComponent("started by mistake")}`, {
      headers: { "if-match": '"1"', "x-tocsin-actor": "ana" },
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual(done.body, { alertId: alert.id, number: 1, alertDeleted: true });
    assert.equal((await call(http(), "GET", `/api/v1/alerts/${alert.id}`)).status, 404);
    const listed = await call(http(), "GET", `/api/v1/alerts?situationId=${situationId}`);
    assert.ok(!listed.body.items.some((a: { id: string }) => a.id === alert.id), "gone from the list");

    const trail = await store().app.evidence.store.custodyFor("alert", alert.id);
    assert.deepEqual(
      trail.map((e) => e.action),
      ["create", "discard"],
    );
    const entry = trail.at(-1);
    assert.equal(entry?.actor, "ana");
    assert.equal(entry?.reason, "started by mistake");
    assert.equal(entry?.details.version, 1);
    assert.equal(entry?.details.alertDeleted, true);
    assert.match(String(entry?.details.contentSha256), /^[0-9a-f]{64}$/);
    assert.match(String(entry?.details.title), /Fictional Discard Valley/);
  });

  test("a version in review or published is refused (409); a correction's draft goes alone, the published version stays", async () => {
    const { alerts } = store().app;
    const { alert } = await alerts.draft(situationId, {}, ANA);
    let v = await alerts.edit(alert.id, 1, COMPLETE, 1, ANA);
    v = await alerts.submit(alert.id, 1, v.revision, ANA);
    const inReview = await call(http(), "DELETE", `/api/v1/alerts/${alert.id}/versions/1`, {
      headers: { "if-match": `"${v.revision}"` },
    });
    assert.equal(inReview.status, 409);
    assert.equal(inReview.body.code, "conflict");
    assert.match(
      inReview.body.detail,
      /in-review: only a draft can be discarded \(return it to draft first\)/,
    );

    v = await alerts.publish(alert.id, 1, v.revision, REV);
    await assert.rejects(alerts.discard(alert.id, 1, v.revision, null, ANA), code("conflict"));
    const published = await call(http(), "DELETE", `/api/v1/alerts/${alert.id}/versions/1`, {
      headers: { "if-match": `"${v.revision}"` },
    });
    assert.equal(published.status, 409);
    assert.match(published.body.detail, /is published: only a draft can be discarded/);

    const correction = await alerts.correct(alert.id, "The summary's date was wrong.", ANA);
    assert.equal(correction.number, 2);
    await assert.rejects(
      alerts.discard(alert.id, 2, correction.revision, null, { actor: "reader", clearance: "public" }),
      code("insufficient-clearance"),
    );
    const r = await alerts.discard(alert.id, 2, correction.revision, "not needed after all", ANA);
    assert.deepEqual(r, { alertId: alert.id, number: 2, alertDeleted: false });
    const after = await alerts.get(alert.id, ANA);
    assert.deepEqual(
      after.versions.map((x) => [x.number, x.status]),
      [[1, "published"]],
    );
    // The open slot is free again: a new correction is version 2 once more.
    const again = await alerts.correct(alert.id, "The summary's date was wrong.", ANA);
    assert.equal(again.number, 2);
    const actions = (await store().app.evidence.store.custodyFor("alert", alert.id)).map((e) => e.action);
    assert.deepEqual(actions.slice(-3), ["correct", "discard", "correct"]);
  });

  test("public mode refuses the discard", async () => {
    const { alert } = await store().app.alerts.draft(situationId, {}, ANA);
    const pub = createHttpApp(store().app, { clearance: "public", publicMode: true });
    const r = await call(pub, "DELETE", `/api/v1/alerts/${alert.id}/versions/1`, {
      headers: { "if-match": '"1"' },
    });
    assert.equal(r.status, 405);
    assert.equal((await store().app.alerts.get(alert.id, ANA)).versions.length, 1, "still there");
  });
});
