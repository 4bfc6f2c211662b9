import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { gazetteerFor } from "../../app/reading/gazetteer-for.ts";
import { readingJson } from "./contract.ts";
import { readText } from "./read-text.ts";

const known = {
  actors: [
    { id: "a-faf", name: "Feltravian Armed Forces", aliases: ["FAF"], country: "XFT" },
    { id: "a-5b", name: "5th Highland Brigade, Feltravian Armed Forces", aliases: [], country: "XFT" },
    { id: "a-gov", name: "Government of Feltravia", aliases: ["Feltravian government"], country: "XFT" },
  ],
  groups: [{ id: "g-tal", name: "Taldren", aliases: ["Taldrenic"] }],
  situations: [],
  places: [],
};
const read = (text: string, k = known) =>
  readingJson(readText(text, { gazetteer: gazetteerFor(k), reference: null })).events[0];

describe("nationalities of perpetrators (demonyms)", () => {
  test("a demonym the store's actors teach maps the forces to the store's actor, marked as inferred", () => {
    const e = read("Feltravian soldiers killed 12 Taldren villagers in 2026.");
    assert.deepEqual(
      e?.perpetratorCountries.map((n) => [n.country, n.text]),
      [["XFT", "Feltravian soldiers"]],
    );
    assert.deepEqual(
      e?.perpetrators.map((p) => [p.id, p.inferredFrom]),
      [["a-faf", "nationality"]],
    );
    assert.deepEqual(
      e?.groups.map((g) => g.id),
      ["g-tal"],
      "group with its plural-free alias",
    );
    const g = read("Feltravian authorities detained 40 men in 2026.");
    assert.deepEqual(
      g?.perpetrators.map((p) => p.id),
      ["a-gov"],
    );
  });

  test("built-in demonyms give the country even on an empty store; no actor is made up", () => {
    const e = read("Syrian troops shelled the town in 2031, killing 9.", {
      ...known,
      actors: [],
      groups: [],
    });
    assert.deepEqual(
      e?.perpetratorCountries.map((n) => n.country),
      ["SYR"],
    );
    assert.deepEqual(e?.perpetrators, []);
    const s = read("Sudan's army burned homes in 2031.", { ...known, actors: [], groups: [] });
    assert.deepEqual(
      s?.perpetratorCountries.map((n) => [n.country, n.text]),
      [["SDN", "Sudan's army"]],
    );
    const ss = read("South Sudanese soldiers killed 4 people in 2031.", { ...known, actors: [], groups: [] });
    assert.deepEqual(
      ss?.perpetratorCountries.map((n) => n.country),
      ["SSD"],
      "longest form wins",
    );
  });

  test("a nationality not followed by a word for forces is not a perpetrator", () => {
    const e = read("Syrian refugees said 9 people were killed in 2031.", {
      ...known,
      actors: [],
      groups: [],
    });
    assert.deepEqual(e?.perpetratorCountries, []);
    const f = read("Feltravians fled after 3 people were killed in 2026.");
    assert.deepEqual(e?.perpetrators, []);
    assert.deepEqual(f?.perpetratorCountries, []);
  });
});
