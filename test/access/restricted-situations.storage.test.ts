import assert from "node:assert/strict";
import { test } from "node:test";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { addUser, appOf, login, withSession } from "../auth/auth-helpers.ts";
import { call, type HttpApp } from "../support/http.ts";
import { onEachEngine } from "../support/stores.ts";

const ADMIN: Caller = { actor: "user:root", clearance: "confidential" };
const PUBLIC: Caller = { actor: "public", clearance: "public" };

/**
 * Situations and alerts are restrictable (migration 0018): a situation without a grant is 404 and absent
 * from lists and the overview, its sub-routes (assessment, overrides) 404 and its alerts follow it; an alert
 * drafted before a record it cites was restricted shows that record to nobody without a grant, and may not
 * be published while it cites it; published output (the feed, public files) never shows a restricted record.
 */
onEachEngine("restricted situations and alerts", (store) => {
  const app = () => store().app;
  const ids: Record<string, string> = {};
  const callers: Record<string, Caller> = {};
  let http: HttpApp;
  const sessions: Record<string, Record<string, string>> = {};

  const event = (title: string, situationId: string, act: string) =>
    app().evidence.create(
      "event",
      {
        title,
        dateStart: "2026-10-01",
        datePrecision: "day",
        place: { country: "ATF", precision: "country" },
        acts: [{ type: act }],
        situationIds: [situationId],
        fatalities: { low: 10, best: 12, high: 15 },
        sensitivity: "public",
      },
      ADMIN,
    );

  const revision = async () => (await app().alerts.version(ids.alert as string, 1, ADMIN)).version.revision;

  test("seed: two situations, an alert drafted and submitted for one of them", async () => {
    for (const [name, role] of [
      ["ana", "analyst"],
      ["cy", "analyst"],
      ["rev", "reviewer"],
    ] as const) {
      const { user } = await addUser(store(), name, role);
      callers[name] = { actor: `user:${name}`, clearance: "confidential", role, userId: user.id } as Caller;
    }
    const { evidence, alerts } = app();
    const source = await evidence.create(
      "source",
      { kind: "organisation", name: "Monitor", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    const valley = await evidence.create(
      "situation",
      { name: "Fictional valley", country: "ATF", sensitivity: "public" },
      ADMIN,
    );
    const plain = await evidence.create(
      "situation",
      { name: "Fictional plain", country: "ATA", sensitivity: "public" },
      ADMIN,
    );
    const massacre = await event("Fictional market massacre", valley.id, "massacre");
    await event("Fictional village emptied", valley.id, "forced-displacement");
    await evidence.create(
      "claim",
      {
        sourceId: source.id,
        eventId: massacre.id,
        statement: "Reported",
        credibility: 2,
        sensitivity: "public",
      },
      ADMIN,
    );
    Object.assign(ids, { valley: valley.id, plain: plain.id, massacre: massacre.id });
    const ana = callers.ana as Caller;
    const draft = await alerts.draft(valley.id, {}, ana);
    ids.alert = draft.alert.id;
    const v = draft.versions[0];
    assert.ok(v);
    assert.match(JSON.stringify(v.content), /Fictional market massacre/, "the draft cites the massacre");
    await alerts.edit(
      draft.alert.id,
      1,
      {
        summary: "Summary.",
        currentSituation: { text: "Current." },
        determination: { text: "Determination." },
        recommendations: [{ addressee: "un-security-council", text: "Act." }],
      },
      v.revision,
      ana,
    );
    await alerts.submit(draft.alert.id, 1, await revision(), ana);
    http = appOf(store());
    for (const name of ["ana", "cy"]) sessions[name] = withSession(await login(http, name));
  });

  test("an event restricted after the draft: left out of the draft for others, publishing refused until lifted", async () => {
    const { alerts, access } = app();
    await access.grant(ids.massacre as string, { kind: "user", name: "ana" }, "read", ADMIN);
    const seen = async (c: Caller) => JSON.stringify((await alerts.get(ids.alert as string, c)).versions);
    assert.doesNotMatch(await seen(callers.cy as Caller), /Fictional market massacre/);
    assert.doesNotMatch(await seen(callers.cy as Caller), new RegExp(ids.massacre as string));
    assert.match(
      await seen(callers.ana as Caller),
      /Fictional market massacre/,
      "the grantee sees the draft whole",
    );
    assert.match(await seen(callers.cy as Caller), /Fictional village emptied/, "the rest stays");
    await assert.rejects(alerts.publish(ids.alert as string, 1, await revision(), callers.rev as Caller), {
      code: "conflict",
    });
    await access.unrestrict(ids.massacre as string, ADMIN);
    await alerts.publish(ids.alert as string, 1, await revision(), callers.rev as Caller);
    assert.match(JSON.stringify(await alerts.published(10)), /Fictional market massacre/);
  });

  test("restricted after publication: the feed and the public files leave the record out", async () => {
    const { alerts, access } = app();
    await access.grant(ids.massacre as string, { kind: "user", name: "ana" }, "read", ADMIN);
    const feed = JSON.stringify(await alerts.published(10));
    assert.doesNotMatch(feed, /Fictional market massacre/);
    assert.match(feed, /Fictional village emptied/);
    const file = await call(http, "GET", `/alerts/${ids.alert}.json`);
    assert.equal(file.status, 200);
    assert.doesNotMatch(JSON.stringify(file.body), /Fictional market massacre/);
    assert.doesNotMatch((await call(http, "GET", "/feed.atom")).body, /Fictional market massacre/);
    await access.unrestrict(ids.massacre as string, ADMIN);
  });

  test("a restricted situation: 404 and absent for a caller without a grant, whole for its grantee", async () => {
    const { access, alerts } = app();
    await access.grant(ids.valley as string, { kind: "user", name: "ana" }, "read", ADMIN);
    const get = (who: string, path: string) =>
      call(http, "GET", `/api/v1${path}`, { headers: sessions[who] });
    const valley = ids.valley as string;
    for (const path of [
      `/situations/${valley}`,
      `/situations/${valley}/assessment`,
      `/situations/${valley}/explanation`,
      `/situations/${valley}/history`,
      `/situations/${valley}/overrides`,
      `/alerts/${ids.alert}`,
      `/alerts/${ids.alert}/versions/1`,
      `/records/${valley}/access`,
      `/records/${ids.alert}/access`,
    ]) {
      assert.equal((await get("cy", path)).status, 404, `cy: ${path}`);
      assert.equal((await get("ana", path)).status, 200, `ana: ${path}`);
    }
    const proposal = await call(http, "POST", `/api/v1/situations/${valley}/overrides`, {
      headers: sessions.cy,
      json: { target: "level", value: "emergency", reason: "probing a hidden situation" },
    });
    assert.equal(proposal.status, 404, "no write under a situation one may not read either");
    const names = async (who: string) =>
      (await get(who, "/situations?limit=50")).body.items.map((s: { name: string }) => s.name).sort();
    assert.deepEqual(await names("cy"), ["Fictional plain"]);
    assert.deepEqual(await names("ana"), ["Fictional plain", "Fictional valley"]);
    const alertIds = async (who: string) =>
      (await get(who, "/alerts?limit=50")).body.items.map((a: { id: string }) => a.id);
    assert.deepEqual(await alertIds("cy"), []);
    assert.deepEqual(await alertIds("ana"), [ids.alert]);
    const map = async (who: string) => {
      const o = (await get(who, "/overview")).body;
      return o.countries
        .flatMap((c: { iso3: string; situations: { name: string }[] }) =>
          c.situations.map((s) => `${c.iso3}:${s.name}`),
        )
        .sort();
    };
    assert.deepEqual(await map("cy"), ["ATA:Fictional plain"], "the valley and its country are off cy's map");
    assert.deepEqual(await map("ana"), ["ATA:Fictional plain", "ATF:Fictional valley"]);
    // Published output: nobody without a grant, the public least of all.
    assert.equal((await call(http, "GET", `/alerts/${ids.alert}.json`)).status, 404);
    assert.deepEqual(await alerts.published(10), []);
    await assert.rejects(alerts.get(ids.alert as string, PUBLIC), { code: "not-found" });
    await assert.rejects(alerts.draft(valley, {}, callers.ana as Caller), { code: "invalid-input" });
  });

  test("an alert restricted on its own: the same, its situation still open", async () => {
    const { access, alerts } = app();
    await access.unrestrict(ids.valley as string, ADMIN);
    const r = await access.grant(ids.alert as string, { kind: "user", name: "ana" }, "read", ADMIN);
    assert.equal(r.kind, "alert");
    assert.equal(
      (await call(http, "GET", `/api/v1/alerts/${ids.alert}`, { headers: sessions.cy })).status,
      404,
    );
    assert.equal(
      (await call(http, "GET", `/api/v1/situations/${ids.valley}`, { headers: sessions.cy })).status,
      200,
    );
    assert.equal((await alerts.get(ids.alert as string, callers.ana as Caller)).alert.id, ids.alert);
    assert.deepEqual(await alerts.published(10), []);
  });
});
