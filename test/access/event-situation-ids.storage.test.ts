import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { EVERY_RECORD } from "../../src/domain/access/record-access.ts";
import type { Event } from "../../src/domain/evidence/entities.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";
import { ADMIN, accountCallers } from "./account-callers.ts";

/**
 * An event is not guarded by its situations, but a situation the caller may not read is absent from its
 * `situationIds` in every read (get, the event with its claims, lists, search, the list by situation), and no
 * write by that caller drops it or links a new one (issue 8). Access `every` reads the list as stored.
 */
onEachEngine("an event's restricted situations", (store) => {
  const app = () => store().app;
  const ids: Record<string, string> = {};
  const callers: Record<string, Caller> = {};
  const access = (c: Caller) => ({ userId: c.userId ?? null });
  const stored = async () =>
    ((await app().store.get("event", ids.event as string, "confidential", EVERY_RECORD)) as Event)
      .situationIds;
  const situation = (name: string) =>
    app().evidence.create("situation", { name, country: "ATA", sensitivity: "public" }, ADMIN);

  test("seed: an event linked to a hidden situation (read grant to ana) and an open one", async () => {
    Object.assign(
      callers,
      await accountCallers(store(), [
        ["ana", "analyst"],
        ["cy", "analyst"],
      ]),
    );
    const [hidden, open, other] = [
      await situation("Fictional hidden valley"),
      await situation("Fictional open plain"),
      await situation("Fictional second plain"),
    ];
    const event = await app().evidence.create(
      "event",
      {
        title: "Shelling of the granary",
        dateStart: "2025-04-02",
        datePrecision: "day",
        place: { country: "ATA", precision: "country" },
        acts: [{ type: "massacre" }],
        situationIds: [hidden.id, open.id],
        sensitivity: "public",
      },
      ADMIN,
    );
    Object.assign(ids, { hidden: hidden.id, open: open.id, other: other.id, event: event.id });
    await app().access.grant(hidden.id, { kind: "user", name: "ana" }, "read", ADMIN);
  });

  test("reads show only the situations the caller may read", async () => {
    const { evidence, store: s } = app();
    const id = ids.event as string;
    const seenBy = async (c: Caller) => {
      const list = (q: object) =>
        s.listEvents({ clearance: "confidential", limit: 50, access: access(c), ...q });
      const views = [
        await evidence.get("event", id, c),
        (await evidence.eventWithClaims(id, c)).event,
        ...(await list({})).items,
        ...(await list({ q: "granary" })).items,
        ...(await list({ situationId: ids.open })).items,
        ...(await s.list("event", { clearance: "confidential", limit: 50, access: access(c) })).items,
      ];
      assert.equal(views.length, 6, `${c.actor} finds the event in every read`);
      return [...new Set(views.map((e) => JSON.stringify(e.situationIds)))].map((j) => JSON.parse(j));
    };
    assert.deepEqual(await seenBy(callers.cy as Caller), [[ids.open]]);
    assert.deepEqual(await seenBy(ADMIN), [[ids.open]], "no account holds no grant");
    assert.deepEqual(await seenBy(callers.ana as Caller), [[ids.hidden, ids.open]]);
    assert.deepEqual(await stored(), [ids.hidden, ids.open], "access every reads the list as stored");
    const byHidden = (c: Caller) =>
      s.listEvents({ clearance: "confidential", limit: 50, access: access(c), situationId: ids.hidden });
    assert.deepEqual((await byHidden(callers.cy as Caller)).items, [], "a hidden situation lists no events");
    assert.equal((await byHidden(callers.ana as Caller)).items.length, 1);
  });

  test("an update by a caller without the grant keeps the hidden link, and shows it to nobody else", async () => {
    const { evidence, store: s } = app();
    const cy = callers.cy as Caller;
    const id = ids.event as string;
    let version = (await evidence.get("event", id, cy)).version;
    const renamed = await evidence.update("event", id, { title: "Shelling of the mill" }, version, cy);
    assert.deepEqual(renamed.situationIds, [ids.open], "the response is the caller's view");
    assert.deepEqual(await stored(), [ids.hidden, ids.open]);
    const trail = await s.custodyFor("event", id);
    assert.deepEqual(trail.at(-1)?.details, { changed: ["title"], version: version + 1 });

    version = renamed.version;
    const linked = await evidence.update("event", id, { situationIds: [ids.open, ids.other] }, version, cy);
    assert.deepEqual(linked.situationIds, [ids.open, ids.other]);
    assert.deepEqual(await stored(), [ids.open, ids.other, ids.hidden]);
    assert.equal(linked.version, version + 1);
    assert.deepEqual((await s.custodyFor("event", id)).at(-1)?.details, {
      changed: ["situationIds"],
      version: version + 1,
    });

    // Unlinking what they see leaves what they do not.
    const unlinked = await evidence.update("event", id, { situationIds: [] }, linked.version, cy);
    assert.deepEqual(unlinked.situationIds, []);
    assert.deepEqual(await stored(), [ids.hidden]);
    assert.deepEqual((await evidence.get("event", id, callers.ana as Caller)).situationIds, [ids.hidden]);
  });

  test("linking a situation the caller may not read is refused as an unknown id", async () => {
    const { evidence } = app();
    const cy = callers.cy as Caller;
    const id = ids.event as string;
    const { version } = await evidence.get("event", id, cy);
    const refusal = async (situationId: string) => {
      try {
        await evidence.update("event", id, { situationIds: [ids.open, situationId] }, version, cy);
      } catch (e) {
        const { code, message } = e as { code: string; message: string };
        return { code, message: message.replace(situationId, "<id>") };
      }
      assert.fail(`linking ${situationId} was accepted`);
    };
    const unknown = await refusal(randomUUID());
    assert.deepEqual(unknown, {
      code: "invalid-input",
      message: "situationIds.1: no situation with id <id>",
    });
    assert.deepEqual(await refusal(ids.hidden as string), unknown);
    const input = {
      title: "Raid",
      dateStart: "2025-04-03",
      datePrecision: "day",
      place: { country: "ATA", precision: "country" },
      situationIds: [ids.hidden],
      sensitivity: "public",
    };
    await assert.rejects(evidence.create("event", input, cy), {
      code: "invalid-input",
      message: `situationIds.0: no situation with id ${ids.hidden}`,
    });
    assert.deepEqual(await stored(), [ids.hidden], "nothing written");
    // The grantee may link it, and sees the link in the response.
    const created = await evidence.create("event", input, callers.ana as Caller);
    assert.deepEqual(created.situationIds, [ids.hidden]);
  });
});
