import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { countryEntries } from "./country-entries.ts";
import { Gazetteer } from "./gazetteer.ts";
import { GROUP_TERMS } from "./group-names.ts";
import { findGroupTerms } from "./group-terms.ts";
import { demonymEntries } from "./nationalities.ts";

const gazetteer = new Gazetteer([...countryEntries(), ...demonymEntries()]);
const terms = (s: string) =>
  findGroupTerms(s, gazetteer.match(s)).map((t) => [t.role, t.name, t.country, t.text]);

// INVENTED sentences.
describe("built-in group and force names", () => {
  test("generic categories of people and of forces, longest form first", () => {
    assert.deepEqual(terms("Security forces killed 12 civilians and internally displaced persons."), [
      ["perpetrator", "security forces", null, "Security forces"],
      ["group", "civilians", null, "civilians"],
      ["group", "internally displaced persons", null, "internally displaced persons"],
    ]);
    assert.deepEqual(terms("Militiamen shot women and children; IDPs fled."), [
      ["perpetrator", "militia", null, "Militiamen"],
      ["group", "women and children", null, "women and children"],
      ["group", "internally displaced persons", null, "IDPs"],
    ]);
    assert.deepEqual(terms("A rebel group attacked an ethnic minority."), [
      ["perpetrator", "rebel group", null, "rebel group"],
      ["group", "ethnic minority", null, "ethnic minority"],
    ]);
  });

  test("religious communities and nationalities are proper names: a capital is required", () => {
    assert.deepEqual(terms("Gunmen killed Yazidis and Shia Muslims."), [
      ["perpetrator", "gunmen", null, "Gunmen"],
      ["group", "Yazidis", null, "Yazidis"],
      ["group", "Shia Muslims", null, "Shia Muslims"],
    ]);
    assert.deepEqual(terms("Syrians were killed."), [["group", "Syrians", "SYR", "Syrians"]]);
    assert.deepEqual(terms("the word jews in lower case is not read as the name"), []);
  });

  test("a country or demonym before a name gives its country", () => {
    assert.deepEqual(terms("Syrian refugees were shot by Sudan's army."), [
      ["group", "refugees", "SYR", "Syrian refugees"],
      ["perpetrator", "armed forces", "SDN", "Sudan's army"],
    ]);
  });

  test("a source quoted or a building is not a party; names do not cross punctuation", () => {
    assert.deepEqual(terms("Police said 12 were killed."), []);
    assert.deepEqual(terms("Reporters in Lagos said that 3 were detained."), []);
    assert.deepEqual(terms("Refugees from Kenya and Uganda reported killings."), []);
    assert.deepEqual(terms("Two aid workers, said 6 were executed."), []);
    assert.deepEqual(terms("Police investigate every killing."), []);
    assert.deepEqual(terms("Police in Goma shot 3 protesters."), [
      ["perpetrator", "police", null, "Police"],
      ["group", "protesters", null, "protesters"],
    ]);
    assert.deepEqual(terms("According to residents, 12 were killed."), []);
    assert.deepEqual(terms("The army base was shelled."), []);
    assert.deepEqual(terms("They fled with the women. Children stayed."), [
      ["group", "women", null, "women"],
      ["group", "children", null, "Children"],
    ]);
    assert.deepEqual(terms("armed, forces"), []);
    assert.deepEqual(terms("internally\ndisplaced persons"), [
      ["group", "internally displaced persons", null, "internally\ndisplaced persons"],
    ]);
  });

  test("names only: every entry is a name list, with no claim attached", () => {
    assert.ok(GROUP_TERMS.length > 150, `${GROUP_TERMS.length}`);
    for (const t of GROUP_TERMS) {
      assert.deepEqual(Object.keys(t).sort(), ["category", "country", "forms", "name", "proper", "role"]);
      assert.ok(t.forms.length > 0 && t.forms.every((f) => f.length > 1 && f.length < 60), t.name);
    }
  });
});
