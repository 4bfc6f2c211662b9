import assert from "node:assert/strict";
import { test } from "node:test";
import { type AlertListOptions, seesDrafts } from "../../src/app/alerts/alerts.service.ts";
import { NO_GRANTS } from "../../src/domain/access/record-access.ts";
import { citedRecordIds, withoutRecords } from "../../src/domain/alerts/document/cited-records.ts";
import { recordAccessOf } from "../../src/domain/auth/policy.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { statementsDuring } from "../support/statement-count.ts";
import { onEachEngine, type TestStore } from "../support/stores.ts";
import { ADMIN, accountCallers } from "./account-callers.ts";

/**
 * The alert list and the feed check access once per page (one `unreadableAmong` for every alert, situation
 * and cited record of the page), not once per alert. Proved to give what the per-alert check gave, for
 * callers with a user grant, a group grant, a token, none, no account and the public, over restricted
 * situations and cited records restricted after the draft; and counted.
 */

/** The list as it was computed before: the same page, then one access check per alert. */
async function oldList(store: TestStore, options: AlertListOptions, caller: Caller) {
  const { alerts } = store.app;
  const access = recordAccessOf(caller);
  const page = await alerts.store.list({ ...options, publishedOnly: !seesDrafts(caller), access });
  const shown = await Promise.all(
    page.items.map(async (item) => {
      const x = seesDrafts(caller)
        ? item
        : { ...item, versions: item.versions.filter((v) => v.status === "published") };
      const ids = new Set([
        x.alert.id,
        x.alert.situationId,
        ...x.versions.flatMap((v) => citedRecordIds(v.content)),
      ]);
      const hidden = await alerts.evidence.unreadableAmong([...ids], access);
      if (hidden.has(x.alert.id) || hidden.has(x.alert.situationId)) return null;
      if (hidden.size === 0) return x;
      return {
        ...x,
        versions: x.versions.map((v) => ({ ...v, content: withoutRecords(v.content, hidden) })),
      };
    }),
  );
  return { ...page, items: shown.filter((x) => x !== null) };
}

/** The feed as it was computed before: one check per published version. */
async function oldPublished(store: TestStore, limit: number) {
  const { alerts } = store.app;
  const versions = await alerts.store.published(limit);
  const shown = await Promise.all(
    versions.map(async (v) => {
      const hidden = await alerts.evidence.unreadableAmong(
        [v.alertId, v.content.situation.id, ...citedRecordIds(v.content)],
        NO_GRANTS,
      );
      if (hidden.has(v.alertId) || hidden.has(v.content.situation.id)) return null;
      return { ...v, content: withoutRecords(v.content, hidden) };
    }),
  );
  return shown.filter((v) => v !== null);
}

onEachEngine("the alert list checks access once per page", (store) => {
  const app = () => store().app;
  const callers: Record<string, Caller> = {};
  const ids: Record<string, string> = {};

  test("seed: alerts of open and restricted situations, cited events restricted after the drafts, one published", async () => {
    Object.assign(
      callers,
      await accountCallers(store(), [
        ["ana", "analyst"],
        ["bo", "analyst"],
        ["cy", "analyst"],
        ["rev", "reviewer"],
      ]),
    );
    const { access, alerts, auth, evidence } = app();
    await access.addGroup({ name: "team" }, ADMIN);
    await access.addMember("team", "bo", ADMIN);
    const { token } = await auth.accounts.addToken("ana", { name: "script", scopes: ["read"] });
    const principal = await auth.authentication.token(token);
    assert.ok(principal?.userId);
    callers["ana-token"] = {
      actor: principal.actor,
      clearance: principal.clearance,
      userId: principal.userId,
    };
    callers.local = { actor: "local", clearance: "confidential" };
    callers.public = { actor: "public", clearance: "public" };

    const source = await evidence.create(
      "source",
      { kind: "organisation", name: "Monitor", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    const situations: string[] = [];
    const events: string[][] = [];
    for (let n = 0; n < 4; n++) {
      const situation = await evidence.create(
        "situation",
        { name: `Fictional valley ${n}`, country: "ATA", sensitivity: "public" },
        ADMIN,
      );
      situations.push(situation.id);
      const mine: string[] = [];
      for (const [title, act] of [
        [`Fictional market massacre ${n}`, "massacre"],
        [`Fictional village emptied ${n}`, "forced-displacement"],
      ] as const) {
        const event = await evidence.create(
          "event",
          {
            title,
            dateStart: "2026-10-01",
            datePrecision: "day",
            place: { country: "ATA", precision: "country" },
            acts: [{ type: act }],
            situationIds: [situation.id],
            fatalities: { low: 10, best: 12, high: 15 },
            sensitivity: "public",
          },
          ADMIN,
        );
        await evidence.create(
          "claim",
          {
            sourceId: source.id,
            eventId: event.id,
            statement: "Reported",
            credibility: 2,
            sensitivity: "public",
          },
          ADMIN,
        );
        mine.push(event.id);
      }
      events.push(mine);
    }
    const ana = callers.ana as Caller;
    // Two alerts of the open situation (one published), one of each other situation.
    for (const s of [0, 0, 1, 2, 3]) await alerts.draft(situations[s] as string, {}, ana);
    const first = (await alerts.list({ situationId: situations[0], limit: 10 }, ADMIN)).items.at(-1);
    assert.ok(first);
    const revision = async () => (await alerts.version(first.alert.id, 1, ADMIN)).version.revision;
    await alerts.edit(
      first.alert.id,
      1,
      {
        summary: "Summary.",
        currentSituation: { text: "Current." },
        determination: { text: "Determination." },
        recommendations: [{ addressee: "un-security-council", text: "Act." }],
      },
      await revision(),
      ana,
    );
    await alerts.submit(first.alert.id, 1, await revision(), ana);
    await alerts.publish(first.alert.id, 1, await revision(), callers.rev as Caller);
    ids.published = first.alert.id;
    ids.open = situations[0] as string;
    // Restrictions after the drafts: situations 1-3 (ana reads; the team writes; nobody), and cited events
    // of the open situation (the massacre to ana, the displacement to the team).
    await access.grant(situations[1] as string, { kind: "user", name: "ana" }, "read", ADMIN);
    await access.grant(situations[2] as string, { kind: "group", name: "team" }, "write", ADMIN);
    await access.grant(situations[3] as string, { kind: "user", name: "cy" }, "read", ADMIN);
    await access.revoke(situations[3] as string, { kind: "user", name: "cy" }, ADMIN);
    await access.grant(events[0]?.[0] as string, { kind: "user", name: "ana" }, "read", ADMIN);
    await access.grant(events[0]?.[1] as string, { kind: "group", name: "team" }, "read", ADMIN);
  });

  test("every caller and filter, every page: what the per-alert check gave", async () => {
    const { alerts } = app();
    const queries: AlertListOptions[] = [
      { limit: 50 },
      { limit: 50, situationId: ids.open },
      { limit: 50, status: "draft" },
      { limit: 50, status: "published" },
    ];
    const counts: Record<string, number> = {};
    for (const [who, caller] of Object.entries(callers)) {
      for (const q of queries) {
        const now = await alerts.list(q, caller);
        assert.deepEqual(now, await oldList(store(), q, caller), `${who} ${JSON.stringify(q)}`);
      }
      // Page by page (2 a page), following the cursor.
      let cursor: string | null = null;
      let pages = 0;
      do {
        const q: AlertListOptions = { limit: 2, cursor };
        const now = await alerts.list(q, caller);
        assert.deepEqual(now, await oldList(store(), q, caller), `${who} page ${pages}`);
        cursor = now.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      counts[who] = (await alerts.list({ limit: 50 }, caller)).items.length;
    }
    // What each sees (not a vacuous comparison): the open situation's two alerts for all but the public
    // (the published one only); situation 1's for ana, her token; situation 2's for bo; situation 3's for nobody.
    assert.deepEqual(counts, { ana: 3, bo: 3, cy: 2, rev: 2, "ana-token": 3, local: 2, public: 1 });
    const text = async (c: string) => JSON.stringify(await alerts.list({ limit: 50 }, callers[c] as Caller));
    assert.match(await text("ana"), /Fictional market massacre 0/);
    assert.doesNotMatch(await text("cy"), /Fictional market massacre 0|Fictional village emptied 0/);
    assert.match(await text("bo"), /Fictional village emptied 0/);
    assert.doesNotMatch(await text("bo"), /Fictional market massacre 0/);
  });

  test("the feed: what the per-version check gave", async () => {
    const feed = await app().alerts.published(10);
    assert.deepEqual(feed, await oldPublished(store(), 10));
    assert.equal(feed.length, 1);
    assert.doesNotMatch(JSON.stringify(feed), /Fictional market massacre 0|Fictional village emptied 0/);
  });

  test("one access check per page whatever its size (before: one per alert)", async () => {
    const { alerts } = app();
    const ana = callers.ana as Caller;
    const one = await statementsDuring(store(), () => alerts.list({ limit: 1 }, ana));
    const all = await statementsDuring(store(), () => alerts.list({ limit: 50 }, ana));
    const before = await statementsDuring(store(), () => oldList(store(), { limit: 50 }, ana));
    // The page, its versions, one access check.
    assert.deepEqual([one, all], [3, 3]);
    assert.ok(before >= all + 2, `the per-alert check ran ${before}`);
    assert.equal(await statementsDuring(store(), () => alerts.published(10)), 2);
  });
});
