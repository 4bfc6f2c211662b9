import assert from "node:assert/strict";
import { test } from "node:test";
import { sharedData } from "../../../test/support/shared-data.ts";
import { readDelimited } from "../../adapters/importers/delimited-rows.ts";
import { UCDP_BRD } from "./ucdp-brd.ts";

const brd = sharedData("ucdp/ucdp-brd-dyadic-v25.1.csv");

test("every dyad-year of the real UCDP BRD v25.1 file maps to an event", { skip: brd.skip }, async () => {
  let rows = 0;
  const errors: string[] = [];
  const ids = new Set<string>();
  let adjusted = 0;
  for await (const item of readDelimited(brd.path, UCDP_BRD)) {
    if (item.kind === "error") {
      errors.push(`line ${item.line}: ${item.reason}`);
      continue;
    }
    rows++;
    try {
      const r = UCDP_BRD.mapRow(item.row);
      ids.add(r.externalId);
      const { low, best, high } = r.fatalities;
      assert.ok(low !== null && best !== null && high !== null && low <= best && best <= high);
      assert.match(r.place.country ?? "", /^[A-Z]{3}$/);
      if (r.statement.includes("Range adjusted")) adjusted++;
    } catch (e) {
      errors.push(`line ${item.line}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(errors, []);
  assert.equal(rows, 1995);
  assert.equal(ids.size, rows, "dyad-year ids are unique");
  assert.equal(adjusted, 5, "the five rows whose best lies outside low-high are kept and flagged");
});
