import assert from "node:assert/strict";
import { test } from "node:test";
import { EventInput } from "../../domain/evidence/entities.ts";
import { EVENT_COPY_COLUMNS, eventsCsv } from "./bulk-event-writer.ts";
import { eventToRow } from "./mappers/event.mapper.ts";

const input = EventInput.parse({
  title: "t",
  dateStart: "2024-01-02",
  externalId: { dataset: "d", id: "7" },
});

test("the COPY columns are the id and the mapper's columns, in the mapper's order", () => {
  assert.deepEqual(EVENT_COPY_COLUMNS, ["id", ...Object.keys(eventToRow(input))]);
});

test("each row becomes one CSV line holding the mapper's values in column order", () => {
  const csv = eventsCsv([{ id: "00000000-0000-7000-8000-000000000001", input, row: 1 }]);
  assert.equal(
    csv,
    "00000000-0000-7000-8000-000000000001,t,,2024-01-02,,day,,,,,,,unknown,[],{},[],{},{},{},,,,d,7,internal\n",
  );
});
