import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { countryByCode } from "./countries.ts";
import { gwFromIso } from "./gleditsch-ward.ts";
import { countryShapes, iso3OfShape, SHAPES_WITHOUT_ISO_CODE } from "./shapes.ts";
import { loadCountriesTopology, worldShapesByIso3 } from "./world-atlas.ts";

const WORLD_110M = loadCountriesTopology("110m");
const WORLD_50M = loadCountriesTopology("50m");

describe("country shapes", () => {
  test("every 1:110m shape belongs to an ISO country; the three without an id are assigned by name", () => {
    const shapes = countryShapes(WORLD_110M);
    assert.equal(shapes.length, 177);
    for (const shape of shapes) {
      assert.ok(shape.iso3 && countryByCode(shape.iso3), `${shape.id} ${shape.name}`);
      if (shape.id !== null) assert.equal(countryByCode(shape.id)?.iso3, shape.iso3, shape.name);
    }
    const withoutId = shapes.filter((shape) => shape.id === null);
    assert.deepEqual(
      withoutId.map((shape) => [shape.name, shape.iso3]),
      [
        ["N. Cyprus", "CYP"],
        ["Somaliland", "SOM"],
        ["Kosovo", "XKX"],
      ],
    );
    for (const shape of withoutId) assert.ok(shape.note);
  });

  test("every 1:50m shape is an ISO country or a listed exception", () => {
    const unassigned = countryShapes(WORLD_50M).filter((shape) => shape.iso3 === null);
    assert.deepEqual(unassigned.map((shape) => shape.name).sort(), ["Indian Ocean Ter.", "Siachen Glacier"]);
    for (const shape of unassigned) assert.equal(SHAPES_WITHOUT_ISO_CODE[shape.name]?.iso3, null);
  });

  test("loads each file once", () => {
    assert.equal(loadCountriesTopology(), WORLD_110M);
    assert.equal(WORLD_50M.objects.countries.geometries.length, 241);
  });

  test("maps ISO alpha-3 codes to feature ids", () => {
    const byIso3 = worldShapesByIso3();
    assert.deepEqual(
      byIso3.get("KEN")?.map((shape) => shape.id),
      ["404"],
    );
    assert.deepEqual(
      byIso3.get("SOM")?.map((shape) => shape.id ?? shape.name),
      ["706", "Somaliland"],
    );
    assert.deepEqual(
      byIso3.get("XKX")?.map((shape) => shape.name),
      ["Kosovo"],
    );
    assert.equal(byIso3.get("MCO"), undefined, "too small for the 1:110m map");
    const shapeCount = [...byIso3.values()].reduce((sum, shapes) => sum + shapes.length, 0);
    assert.equal(shapeCount, WORLD_110M.objects.countries.geometries.length);
  });

  test("a GeoJSON feature made from a shape resolves the same way", () => {
    assert.equal(iso3OfShape({ id: "231", properties: { name: "Ethiopia" } }), "ETH");
    assert.equal(iso3OfShape({ properties: { name: "Kosovo" } }), "XKX");
    assert.equal(iso3OfShape({ properties: { name: "Atlantis" } }), null);
    assert.equal(iso3OfShape({ id: "999" }), null);
  });

  test("the sovereign states on the map have Gleditsch-Ward codes", () => {
    const withoutGw = [...worldShapesByIso3().keys()].filter((iso3) => gwFromIso(iso3) === undefined).sort();
    // Territories, Antarctica, Western Sahara and Palestine: on the map, on neither state list.
    assert.deepEqual(withoutGw, ["ATA", "ATF", "ESH", "FLK", "GRL", "NCL", "PRI", "PSE"]);
  });
});
