import assert from "node:assert/strict";
import { test } from "node:test";
import { CsvMapping, checkMappingValues, csvFormat, mappingColumns } from "./csv-mapping.ts";
import { FieldError } from "./field-error.ts";

const mapping = CsvMapping.parse({
  dataset: { name: "Synthetic monitor log", reliability: "C" },
  id: "ref",
  title: "what",
  dateStart: "when",
  datePrecision: { column: "prec", values: { d: "day", m: "month" } },
  country: { column: "state", as: "name" },
  place: "town",
  act: { column: "kind", values: { kill: "killing", burn: "destruction-of-homes" } },
  perpetrator: { column: "by" },
  fatalities: { best: "dead" },
});

test("a mapping lists the columns it reads and refuses values the fields do not allow", () => {
  assert.deepEqual(mappingColumns(mapping).sort(), [
    "by",
    "dead",
    "kind",
    "prec",
    "ref",
    "state",
    "town",
    "what",
    "when",
  ]);
  assert.deepEqual(checkMappingValues(mapping), []);
  const bad = CsvMapping.parse({ ...mapping, act: { value: "teleport" } });
  assert.deepEqual(checkMappingValues(bad), ['act: "teleport" is not allowed']);
  assert.equal(
    CsvMapping.safeParse({ ...mapping, unknownField: 1 }).success,
    false,
    "unknown keys are refused, not ignored",
  );
});

test("rows map through value maps; an unmapped value names its column", () => {
  const format = csvFormat(mapping);
  const row = {
    ref: "7",
    what: "Houses burned",
    when: "2023-06-01",
    prec: "m",
    state: "Kenya",
    town: "Synthetic",
    kind: "burn",
    by: "Synthetic Unit",
    dead: "",
  };
  const r = format.mapRow(row);
  assert.equal(r.place.country, "KEN");
  assert.equal(r.datePrecision, "month");
  assert.deepEqual(
    r.acts.map((a) => a.type),
    ["destruction-of-homes"],
  );
  assert.deepEqual(r.fatalities, { low: null, best: null, high: null });
  assert.equal(r.actors[0]?.name, "Synthetic Unit");
  assert.throws(
    () => format.mapRow({ ...row, kind: "loot" }),
    (e: unknown) => e instanceof FieldError && e.column === "kind",
  );
  assert.throws(
    () => format.mapRow({ ...row, state: "Atlantis" }),
    (e: unknown) => e instanceof FieldError && e.column === "state",
  );
  assert.throws(
    () => format.mapRow({ ...row, dead: "some" }),
    (e: unknown) => e instanceof FieldError && e.column === "dead",
  );
});
