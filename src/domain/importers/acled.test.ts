import assert from "node:assert/strict";
import { test } from "node:test";
import { ACLED_COLUMNS, mapAcledRow } from "./acled.ts";
import { FieldError } from "./field-error.ts";

/** A synthetic row in ACLED's published export schema (values invented). */
function row(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...Object.fromEntries(ACLED_COLUMNS.map((c) => [c, ""])),
    event_id_cnty: "SYN1234",
    event_date: "2024-03-05",
    year: "2024",
    time_precision: "1",
    disorder_type: "Political violence",
    event_type: "Violence against civilians",
    sub_event_type: "Attack",
    actor1: "Synthetic Militia",
    inter1: "4",
    actor2: "Civilians (Synthetic)",
    inter2: "7",
    iso: "404",
    country: "Kenya",
    admin1: "Synthetic",
    location: "Synthetic Town",
    latitude: "0.5",
    longitude: "35.2",
    geo_precision: "2",
    source: "Synthetic Daily",
    notes: "Synthetic note.",
    fatalities: "4",
    ...overrides,
  };
}

test("violence against civilians: killing by the militia; civilians are not a perpetrator", () => {
  const r = mapAcledRow(row());
  assert.equal(r.place.country, "KEN");
  assert.deepEqual(
    r.acts.map((a) => a.type),
    ["killing"],
  );
  assert.deepEqual(
    r.actors.map((a) => [a.name, a.kind]),
    [["Synthetic Militia", "militia"]],
  );
  assert.deepEqual(r.fatalities, { low: 4, best: 4, high: null });
  assert.equal(r.place.precision, "near");
  assert.equal(r.datePrecision, "day");
});

test("an attack without deaths is not called a killing; a clash names both sides", () => {
  assert.deepEqual(
    mapAcledRow(row({ fatalities: "0" })).acts.map((a) => a.type),
    ["other"],
  );
  const clash = mapAcledRow(
    row({ event_type: "Battles", sub_event_type: "Armed clash", actor2: "Synthetic Army", inter2: "1" }),
  );
  assert.deepEqual(
    clash.actors.map((a) => a.kind),
    ["militia", "state-forces"],
  );
});

test("bad values name their column", () => {
  for (const [o, column] of [
    [{ iso: "999" }, "iso"],
    [{ fatalities: "" }, "fatalities"],
    [{ event_date: "yesterday" }, "event_date"],
    [{ time_precision: "4" }, "time_precision"],
  ] as const) {
    assert.throws(
      () => mapAcledRow(row(o)),
      (e: unknown) => e instanceof FieldError && e.column === column,
    );
  }
});
