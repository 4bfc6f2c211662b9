import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { type Event, EventInput } from "../../src/domain/evidence/entities.ts";
import type { Caller, Sensitivity } from "../../src/domain/evidence/sensitivity.ts";
import type { EventQuery, Page } from "../../src/ports/evidence-store.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };

/**
 * The events of a situation, newest first, come from the event_situations index (migration 0011), which
 * triggers keep in step with events written one by one, in bulk, revised and deleted.
 */
onEachEngine("events of a situation", (store) => {
  const svc = () => store().app.evidence;
  let north = "";
  let south = "";

  async function all(situationId: string, clearance: Sensitivity, limit: number, extra = {}) {
    const seen: Event[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const query: EventQuery = { clearance, limit, cursor, situationId, ...extra };
      const page: Page<Event> = await store().app.store.list("event", query);
      seen.push(...(page.items as Event[]));
      cursor = page.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error("paging did not end");
  }
  const newestFirst = (events: Event[]) =>
    [...events].sort((a, b) =>
      a.dateStart === b.dateStart ? b.id.localeCompare(a.id) : b.dateStart.localeCompare(a.dateStart),
    );
  const event = (title: string, dateStart: string, situationIds: string[], sensitivity = "public") =>
    svc().create(
      "event",
      { title, dateStart, acts: [{ type: "killing" }], situationIds, sensitivity },
      analyst,
    ) as Promise<Event>;

  test("newest first across pages, within clearance, by date range; both situations of a shared event", async () => {
    north = (
      await svc().create(
        "situation",
        { name: "Fictional North", country: "ATA", sensitivity: "public" },
        analyst,
      )
    ).id;
    south = (
      await svc().create(
        "situation",
        { name: "Fictional South", country: "ATA", sensitivity: "public" },
        analyst,
      )
    ).id;
    const made: Event[] = [];
    for (let i = 0; i < 7; i++)
      made.push(await event(`Fictional north ${i}`, `2024-0${1 + (i % 4)}-1${i}`, [north]));
    // Two on one day: the id breaks the tie, and paging must neither repeat nor skip one.
    made.push(await event("Fictional same day a", "2024-03-05", [north]));
    made.push(await event("Fictional same day b", "2024-03-05", [north]));
    const shared = await event("Fictional both", "2024-02-20", [north, south]);
    made.push(shared);
    const secret = await event("Fictional confidential", "2024-05-01", [north], "confidential");
    await event("Fictional south only", "2024-01-02", [south]);

    const pub = await all(north, "public", 3);
    assert.deepEqual(
      pub.map((e) => e.id),
      newestFirst(made).map((e) => e.id),
    );
    const conf = await all(north, "confidential", 4);
    assert.equal(conf[0]?.id, secret.id);
    assert.equal(conf.length, made.length + 1);
    assert.deepEqual(
      (await all(south, "public", 10)).map((e) => e.title),
      ["Fictional both", "Fictional south only"],
    );
    const march = await all(north, "public", 2, { from: "2024-03-01", to: "2024-03-31" });
    assert.deepEqual(
      march.map((e) => e.id),
      newestFirst(made.filter((e) => e.dateStart.startsWith("2024-03"))).map((e) => e.id),
    );
    assert.ok(march.length >= 3);
  });

  test("an event moved in time, out of a situation, or deleted is listed where it now belongs", async () => {
    const [first] = await all(north, "public", 1);
    assert.ok(first);
    const moved = (await svc().update(
      "event",
      first.id,
      { dateStart: "2020-01-01" },
      first.version,
      analyst,
    )) as Event;
    let list = await all(north, "public", 100);
    assert.equal(list.at(-1)?.id, moved.id, "moved back in time: now the oldest");
    await svc().update("event", moved.id, { situationIds: [south] }, moved.version, analyst);
    list = await all(north, "public", 100);
    assert.ok(!list.some((e) => e.id === moved.id), "no longer in the north");
    assert.ok(
      (await all(south, "public", 100)).some((e) => e.id === moved.id),
      "now in the south",
    );
    const gone = list[0] as Event;
    await svc().remove("event", gone.id, analyst, "test");
    assert.ok(!(await all(north, "public", 100)).some((e) => e.id === gone.id));
    // Nothing left behind for a deleted or moved event.
    const stray = await sql<{ n: number }>`SELECT count(*)::int AS n FROM event_situations es
      WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = es.event_id AND es.situation_id = ANY (e.situation_ids)
        AND e.date_start = es.event_date)`.execute(store().app.database.db);
    assert.equal(stray.rows[0]?.n, 0);
  });

  test("events loaded in bulk (COPY) are listed too", async () => {
    const before = (await all(north, "public", 100)).length;
    const inputs = Array.from({ length: 30 }, (_, i) =>
      EventInput.parse({
        title: `Fictional bulk ${i}`,
        dateStart: `2025-01-${String(1 + (i % 28)).padStart(2, "0")}`,
        acts: [{ type: "killing" }],
        situationIds: [north],
        sensitivity: "public",
      }),
    );
    await store().app.bulkEvents.writeBatch(inputs, { caller: analyst, dataset: null });
    const list = await all(north, "public", 7);
    assert.equal(list.length, before + 30);
    assert.equal(list[0]?.dateStart, "2025-01-28");
    assert.equal(new Set(list.map((e) => e.id)).size, list.length);
  });
});
