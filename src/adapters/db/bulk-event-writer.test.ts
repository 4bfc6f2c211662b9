import assert from "node:assert/strict";
import { test } from "node:test";
import { EventInput } from "../../domain/evidence/entities.ts";
import { EVENT_COPY_COLUMNS, eventsCsv } from "./bulk-event-writer.ts";
import { type CsvValue, csvLine } from "./copy-csv.ts";
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

test("a full event's line is what the mapper's values encode (acts and perpetrators deduplicated alike)", () => {
  const actor = "00000000-0000-4000-8000-00000000000a";
  const other = "00000000-0000-4000-8000-00000000000b";
  const full = EventInput.parse({
    title: 'A "quoted", title',
    description: "line one\nline two",
    dateStart: "2024-01-02",
    dateEnd: "2024-01-05",
    datePrecision: "day",
    place: {
      country: "KEN",
      admin1: "Nairobi",
      name: "Kibera",
      latitude: -1.31,
      longitude: 36.78,
      precision: "near",
    },
    acts: [
      { type: "killing", description: "a" },
      { type: "killing", description: "b" },
      { type: "forced-displacement" },
    ],
    perpetrators: [
      { actorId: actor, involvement: "direct" },
      { actorId: other, involvement: "ordered" },
      { actorId: actor, involvement: "complicit" },
    ],
    targetedGroupIds: [other],
    fatalities: { low: 1, best: 2, high: 3 },
    externalId: { dataset: "d", id: "8" },
    sensitivity: "public",
  });
  const id = "00000000-0000-7000-8000-000000000002";
  const r = eventToRow(full);
  const expected = csvLine(
    [id, ...EVENT_COPY_COLUMNS.slice(1).map((c) => r[c as keyof typeof r] as CsvValue)],
    () => "",
  );
  assert.equal(eventsCsv([{ id, input: full, row: 1 }]), expected);
  assert.deepEqual(r.act_types, ["killing", "forced-displacement"]);
  assert.deepEqual(r.perpetrator_ids, [actor, other]);
});
