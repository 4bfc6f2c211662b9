import assert from "node:assert/strict";
import { test } from "node:test";
import { FieldError } from "./field-error.ts";
import { GED_COLUMNS, mapGedRow } from "./ucdp-ged.ts";

/** A synthetic row in GED's published schema (values invented, not taken from the dataset). */
function row(overrides: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = Object.fromEntries(GED_COLUMNS.map((c) => [c, ""]));
  return {
    ...base,
    id: "900001",
    relid: "SYN-1",
    year: "2020",
    active_year: "1",
    code_status: "Clear",
    type_of_violence: "3",
    conflict_name: "Synthetic conflict",
    side_a: "Government of Kenya",
    side_a_new_id: "111",
    side_b: "Civilians",
    side_b_new_id: "1",
    number_of_sources: "2",
    source_headline: "synthetic headline",
    where_prec: "2",
    where_coordinates: "Synthetic town",
    adm_1: "Synthetic province",
    latitude: "-1.28",
    longitude: "36.82",
    country: "Kenya",
    country_id: "501",
    event_clarity: "1",
    date_prec: "4",
    date_start: "2020-05-01 00:00:00.000",
    date_end: "2020-05-31 00:00:00.000",
    best: "12",
    low: "10",
    high: "15",
    ...overrides,
  };
}

test("one-sided violence (type 3) becomes killing of civilians with the state as the only party", () => {
  const r = mapGedRow(row());
  assert.equal(r.externalId, "900001");
  assert.deepEqual(
    r.acts.map((a) => a.type),
    ["killing"],
  );
  assert.deepEqual(
    r.actors.map((a) => [a.key, a.kind]),
    [["111", "state-forces"]],
  );
  assert.equal(r.place.country, "KEN");
  assert.equal(r.place.precision, "near");
  assert.equal(r.datePrecision, "month");
  assert.equal(r.dateStart, "2020-05-01");
  assert.equal(r.dateEnd, "2020-05-31");
  assert.deepEqual(r.fatalities, { low: 10, best: 12, high: 15 });
  assert.equal(r.credibility, 2);
});

test("state-based violence is a battle between both sides", () => {
  const r = mapGedRow(
    row({
      type_of_violence: "1",
      side_b: "Synthetic Front",
      side_b_new_id: "222",
      where_prec: "6",
      date_prec: "1",
      date_end: "2020-05-01",
    }),
  );
  assert.deepEqual(
    r.acts.map((a) => a.type),
    ["battle"],
  );
  assert.deepEqual(
    r.actors.map((a) => a.key),
    ["111", "222"],
  );
  assert.equal(r.place.precision, "country");
  assert.equal(r.dateEnd, null);
});

test("a best estimate outside the published range is kept, widened, and said so", () => {
  const r = mapGedRow(row({ low: "20" }));
  assert.deepEqual(r.fatalities, { low: 12, best: 12, high: 20 });
  assert.match(r.statement, /12 deaths \(low 20, high 15\).*Range adjusted/);
});

test("a bad or missing value names its column; nothing defaults to zero", () => {
  const cases: [Record<string, string>, string][] = [
    [{ type_of_violence: "" }, "type_of_violence"],
    [{ type_of_violence: "4" }, "type_of_violence"],
    [{ best: "many" }, "best"],
    [{ date_start: "2020-13-01" }, "date_start"],
    [{ date_end: "2020-04-01" }, "date_end"],
    [{ country_id: "9999" }, "country_id"],
    [{ latitude: "95" }, "latitude"],
  ];
  for (const [overrides, column] of cases) {
    assert.throws(
      () => mapGedRow(row(overrides)),
      (e: unknown) => e instanceof FieldError && e.column === column,
      column,
    );
  }
  const missing = row();
  delete missing.best;
  assert.throws(
    () => mapGedRow(missing),
    (e: unknown) => e instanceof FieldError && e.column === "best",
  );
});
