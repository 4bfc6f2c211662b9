import assert from "node:assert/strict";
import { test } from "node:test";
import { syntheticAcledRow } from "../../../test/support/synthetic-rows.ts";
import { mapAcledRow } from "./acled.ts";
import { FieldError } from "./field-error.ts";

/** A synthetic row in ACLED's published export schema (values invented). */
const row = syntheticAcledRow;

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
