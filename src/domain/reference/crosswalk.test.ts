import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CORRELATES_OF_WAR, cowFromIso, isoFromCow } from "./correlates-of-war.ts";
import { countryByCode } from "./countries.ts";
import { GLEDITSCH_WARD, gwFromIso, isoFromGw } from "./gleditsch-ward.ts";
import type { StateSystem } from "./state-system.ts";

const LISTS: [string, StateSystem][] = [
  ["Gleditsch-Ward", GLEDITSCH_WARD],
  ["Correlates of War", CORRELATES_OF_WAR],
];

describe("crosswalk tables", () => {
  for (const [label, list] of LISTS) {
    test(`${label}: every spell names a country tocsin knows, with sane years`, () => {
      for (const spell of list.spells) {
        assert.ok(countryByCode(spell.iso3), `${spell.code} ${spell.name}: unknown ISO code ${spell.iso3}`);
        assert.match(spell.abbrev, /^[A-Z]{3}$/);
        assert.ok(spell.from >= 1816 && (spell.to === null || spell.to >= spell.from), `${spell.code} years`);
      }
    });

    test(`${label}: a code maps to one ISO country and its spells do not overlap`, () => {
      for (const code of new Set(list.spells.map((spell) => spell.code))) {
        const spells = list.spells.filter((spell) => spell.code === code);
        assert.equal(new Set(spells.map((spell) => spell.iso3)).size, 1, `code ${code}`);
        assert.equal(new Set(spells.map((spell) => spell.abbrev)).size, 1, `code ${code}`);
        const ordered = list.spellsOf(code);
        for (let i = 1; i < ordered.length; i++) {
          const before = ordered[i - 1]?.to;
          assert.ok(
            before !== null && before !== undefined && before < (ordered[i]?.from ?? 0),
            `code ${code}`,
          );
        }
      }
    });

    test(`${label}: every country with an independent-state code gets it back in every year of the spell`, () => {
      for (const spell of list.spells.filter((candidate) => !candidate.successor)) {
        for (let year = spell.from; year <= (spell.to ?? 2024); year++) {
          const code = list.codeFromIso(spell.iso3, year);
          if (code === spell.code) continue;
          // Only a same-year handover may differ: the state holding the ISO code at year end wins.
          const other = list.spellAt(code ?? -1, year);
          assert.ok(
            other && !other.successor && other.from === year && spell.to === year,
            `${spell.name} ${year}`,
          );
        }
      }
    });
  }
});

describe("Gleditsch-Ward codes", () => {
  test("states whose GW code differs from COW", () => {
    assert.equal(isoFromGw(260), "DEU");
    assert.equal(gwFromIso("DEU", 1970), 260);
    assert.equal(gwFromIso("DEU", 1990), 260, "GW keeps 260 after unification");
    assert.equal(gwFromIso("DEU", 2020), 260);
    assert.equal(gwFromIso("DEU", 1900), 255);
    assert.equal(gwFromIso("YEM", 1980), 678);
    assert.equal(gwFromIso("YEM", 2000), 678, "GW keeps 678 after unification");
    assert.equal(gwFromIso("SRB", 1995), 345);
    assert.equal(gwFromIso("SRB", 2006), 340);
    assert.equal(gwFromIso("SRB"), 340);
    assert.equal(gwFromIso("KIR"), 970);
    assert.equal(gwFromIso("NRU"), 971);
    assert.equal(gwFromIso("TON"), 972);
    assert.equal(gwFromIso("TUV"), 973);
  });

  test("historical states map to the country holding their capital today", () => {
    const cases: [number, string][] = [
      [265, "DEU"],
      [315, "CZE"],
      [345, "SRB"],
      [365, "RUS"],
      [511, "TZA"],
      [680, "YEM"],
      [711, "CHN"],
      [817, "VNM"],
    ];
    for (const [gwno, iso3] of cases) assert.equal(isoFromGw(gwno), iso3, `GW ${gwno}`);
    assert.equal(isoFromGw(345, 2020), "SRB", "UCDP keeps 345 for Serbia after 2006");
    assert.equal(GLEDITSCH_WARD.spellAt(345, 2020), undefined);
  });

  test("splits and unifications pick the state of the year", () => {
    assert.equal(gwFromIso("CZE", 1980), 315);
    assert.equal(gwFromIso("CZE", 1993), 316);
    assert.equal(gwFromIso("SVK", 1993), 317);
    assert.equal(gwFromIso("VNM", 1970), 816);
    assert.equal(gwFromIso("SDN", 2011), 625);
    assert.equal(gwFromIso("SSD", 2011), 626);
    assert.equal(gwFromIso("TZA", 1964), 510);
    assert.equal(gwFromIso("XKX"), 347);
    assert.equal(gwFromIso("TWN"), 713);
  });

  test("micro-states are on GW's separate list", () => {
    for (const [gwno, iso3] of [
      [221, "MCO"],
      [223, "LIE"],
      [232, "AND"],
      [331, "SMR"],
      [403, "STP"],
      [591, "SYC"],
      [935, "VUT"],
      [983, "MHL"],
      [986, "PLW"],
      [987, "FSM"],
      [990, "WSM"],
    ] as const) {
      assert.equal(isoFromGw(gwno), iso3);
      assert.equal(gwFromIso(iso3), gwno);
    }
  });

  test("territories and unknown codes have no GW code", () => {
    assert.equal(gwFromIso("PSE"), undefined);
    assert.equal(gwFromIso("ESH"), undefined);
    assert.equal(gwFromIso("GRL"), undefined);
    assert.equal(gwFromIso("VAT"), undefined);
    assert.equal(isoFromGw(999), undefined);
  });
});

describe("Correlates of War codes", () => {
  test("states whose COW code differs from GW", () => {
    assert.equal(cowFromIso("DEU", 1970), 260);
    assert.equal(cowFromIso("DEU", 1990), 255, "Germany is 255 again from October 1990");
    assert.equal(cowFromIso("DEU"), 255);
    assert.equal(cowFromIso("YEM", 1980), 678);
    assert.equal(cowFromIso("YEM", 1990), 679);
    assert.equal(cowFromIso("YEM"), 679);
    assert.equal(cowFromIso("SRB", 1995), 345);
    assert.equal(cowFromIso("SRB", 2010), 345, "COW keeps 345 for Serbia");
    assert.equal(cowFromIso("KIR"), 946);
    assert.equal(cowFromIso("TUV"), 947);
    assert.equal(cowFromIso("TON"), 955);
    assert.equal(cowFromIso("NRU"), 970);
    assert.equal(isoFromCow(970), "NRU");
    assert.equal(isoFromGw(970), "KIR", "the same number is another state on the other list");
  });

  test("historical states and shared codes", () => {
    assert.equal(isoFromCow(265), "DEU");
    assert.equal(isoFromCow(315), "CZE");
    assert.equal(isoFromCow(680), "YEM");
    assert.equal(isoFromCow(817), "VNM");
    assert.equal(isoFromCow(511, 1964), "TZA");
    assert.equal(cowFromIso("VNM", 1970), 816);
    assert.equal(cowFromIso("RUS", 1980), 365);
    assert.equal(cowFromIso("XKX"), 347);
    assert.equal(cowFromIso("SSD"), 626);
    assert.equal(cowFromIso("SDN"), 625);
    assert.equal(isoFromCow("2.0"), "USA");
  });
});
