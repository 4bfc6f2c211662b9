import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { EVENT_COLUMNS, EVENT_DERIVED_COLUMNS } from "../../src/adapters/db/mappers/event.mapper.ts";
import { EventInput } from "../../src/domain/evidence/entities.ts";
import { onEachEngine } from "../support/stores.ts";

/**
 * Reads of events name their columns (no search vector): a column added to the table by a migration but not
 * to the mapper's list would silently never reach a record, so the two lists must cover the table exactly.
 */
onEachEngine("event columns read", (store) => {
  test("the mapper's columns and the derived ones are exactly the events table's", async () => {
    const { rows } = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'events'`.execute(store().app.database.db);
    assert.deepEqual(
      rows.map((r) => r.column_name).sort(),
      [...EVENT_COLUMNS, ...EVENT_DERIVED_COLUMNS].sort(),
    );
  });

  test("an event reads back whole through get, list and update, without the search vector", async () => {
    const caller = { actor: "analyst:test", clearance: "confidential" as const };
    const input = EventInput.parse({
      title: "Fictional burning of a granary",
      description: "Invented for a test.",
      dateStart: "2031-04-02",
      datePrecision: "day",
      place: { country: "XFT", name: "Invented Town", precision: "near", latitude: 1.5, longitude: 2.5 },
      acts: [{ type: "destruction-of-homes" }],
      fatalities: { low: 1, best: 2, high: 3 },
      sensitivity: "internal",
    });
    const created = await store().app.evidence.create("event", input, caller);
    const read = await store().app.evidence.get("event", created.id, caller);
    assert.deepEqual(read, created);
    assert.equal("search" in (read as object), false);
    const page = await store().app.store.list("event", {
      clearance: "confidential",
      limit: 500,
      cursor: null,
    });
    assert.deepEqual(
      page.items.find((e) => e.id === created.id),
      created,
    );
    const updated = await store().app.evidence.update(
      "event",
      created.id,
      { ...input, title: "Fictional burning of two granaries" },
      1,
      caller,
    );
    assert.equal(updated.title, "Fictional burning of two granaries");
    assert.equal(updated.place.name, "Invented Town");
    assert.deepEqual(updated.fatalities, { low: 1, best: 2, high: 3 });
  });
});
