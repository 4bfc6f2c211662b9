import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { countryByCode } from "./countries.ts";
import { FIPS_COUNTRIES, isoFromFips, NO_ISO_COUNTRY } from "./fips.ts";
import { GLEDITSCH_WARD } from "./gleditsch-ward.ts";

describe("FIPS 10-4 to ISO alpha-3", () => {
  test("codes that differ from ISO alpha-2, several of them another country's ISO code", () => {
    const pairs: [string, string][] = [
      ["UK", "GBR"],
      ["GM", "DEU"],
      ["SF", "ZAF"],
      ["CH", "CHN"],
      ["SZ", "CHE"],
      ["RS", "RUS"],
      ["RI", "SRB"],
      ["SU", "SDN"],
      ["OD", "SSD"],
      ["CG", "COD"],
      ["CF", "COG"],
      ["CT", "CAF"],
      ["IZ", "IRQ"],
      ["IS", "ISR"],
      ["IC", "ISL"],
      ["BM", "MMR"],
      ["KV", "XKX"],
      ["PS", "PLW"],
      ["UP", "UKR"],
      ["AU", "AUT"],
      ["AS", "AUS"],
      ["AG", "DZA"],
      ["NI", "NGA"],
      ["NG", "NER"],
      ["CD", "TCD"],
      ["BY", "BDI"],
      ["BU", "BGR"],
      ["BG", "BGD"],
      ["CE", "LKA"],
      ["CB", "KHM"],
      ["RP", "PHL"],
      ["VM", "VNM"],
      ["KN", "PRK"],
      ["KS", "KOR"],
      ["MU", "OMN"],
      ["YM", "YEM"],
      ["LE", "LBN"],
      ["TU", "TUR"],
      ["EZ", "CZE"],
      ["LO", "SVK"],
      ["BK", "BIH"],
      ["MJ", "MNE"],
      ["PU", "GNB"],
      ["GV", "GIN"],
      ["EK", "GNQ"],
      ["IV", "CIV"],
      ["UV", "BFA"],
      ["WA", "NAM"],
      ["WI", "ESH"],
      ["WZ", "SWZ"],
      ["TT", "TLS"],
      ["BX", "BRN"],
      ["SP", "ESP"],
      ["PO", "PRT"],
      ["EI", "IRL"],
      ["DA", "DNK"],
      ["SW", "SWE"],
      ["NU", "NIC"],
      ["HO", "HND"],
      ["ES", "SLV"],
      ["PA", "PRY"],
      ["PM", "PAN"],
      ["CI", "CHL"],
      ["BL", "BOL"],
      ["DR", "DOM"],
      ["DO", "DMA"],
      ["HA", "HTI"],
      ["MO", "MAR"],
      ["TS", "TUN"],
      ["TP", "STP"],
      ["CN", "COM"],
      ["MA", "MDG"],
      ["MP", "MUS"],
      ["MI", "MWI"],
      ["ZA", "ZMB"],
      ["ZI", "ZWE"],
      ["LI", "LBR"],
      ["LT", "LSO"],
      ["BC", "BWA"],
      ["TI", "TJK"],
      ["TX", "TKM"],
      ["AJ", "AZE"],
      ["GG", "GEO"],
      ["BO", "BLR"],
      ["EN", "EST"],
      ["LG", "LVA"],
      ["LH", "LTU"],
    ];
    for (const [fips, iso3] of pairs) assert.equal(isoFromFips(fips), iso3, fips);
  });

  test("codes equal to ISO alpha-2 map to that country", () => {
    for (const [fips, iso3] of [
      ["AF", "AFG"],
      ["SY", "SYR"],
      ["SO", "SOM"],
      ["ET", "ETH"],
      ["KE", "KEN"],
      ["RW", "RWA"],
      ["IN", "IND"],
      ["PK", "PAK"],
      ["US", "USA"],
      ["FR", "FRA"],
      ["ML", "MLI"],
      ["CM", "CMR"],
      ["LY", "LBY"],
      ["IR", "IRN"],
      ["TW", "TWN"],
    ] as const) {
      assert.equal(isoFromFips(fips), iso3, fips);
    }
  });

  test("territories take the ISO code that covers them", () => {
    assert.equal(isoFromFips("RQ"), "PRI");
    assert.equal(isoFromFips("GZ"), "PSE");
    assert.equal(isoFromFips("WE"), "PSE");
    assert.equal(isoFromFips("SV"), "SJM");
    assert.equal(isoFromFips("JN"), "SJM");
    assert.equal(isoFromFips("WQ"), "UMI");
    assert.equal(isoFromFips("HK"), "HKG");
    assert.equal(isoFromFips("MC"), "MAC");
    assert.equal(isoFromFips("GK"), "GGY");
    assert.equal(isoFromFips("UC"), "CUW");
    assert.equal(isoFromFips("NN"), "SXM");
    assert.equal(isoFromFips("AY"), "ATA");
  });

  test("codes with no ISO country, unknown codes and junk give undefined", () => {
    for (const code of [...Object.keys(NO_ISO_COUNTRY), "OS", "XX", "", "  ", "USA", "1"]) {
      assert.equal(isoFromFips(code), undefined, JSON.stringify(code));
    }
  });

  test("case and surrounding space are ignored", () => {
    assert.equal(isoFromFips(" uk "), "GBR");
    assert.equal(isoFromFips("od"), "SSD");
  });

  test("every value is a country tocsin knows, every code is listed once", () => {
    const seen = new Set<string>();
    for (const row of FIPS_COUNTRIES) {
      assert.match(row.fips, /^[A-Z]{2}$/);
      assert.ok(!seen.has(row.fips), `${row.fips} listed twice`);
      seen.add(row.fips);
      assert.equal(countryByCode(row.iso3)?.iso3, row.iso3, `${row.fips} ${row.name}: ${row.iso3}`);
      assert.ok(!(row.fips in NO_ISO_COUNTRY), `${row.fips} both mapped and unmapped`);
    }
  });

  test("one ISO code for several FIPS codes only where ISO covers several FIPS entities", () => {
    const expected: Record<string, string[]> = {
      AUS: ["AS", "AT", "CR"],
      PSE: ["GZ", "WE"],
      SJM: ["JN", "SV"],
      UMI: ["BQ", "DQ", "FQ", "HQ", "JQ", "KQ", "LQ", "MQ", "WQ"],
    };
    const byIso = new Map<string, string[]>();
    for (const row of FIPS_COUNTRIES) byIso.set(row.iso3, [...(byIso.get(row.iso3) ?? []), row.fips]);
    const shared = Object.fromEntries(
      [...byIso].filter(([, codes]) => codes.length > 1).map(([iso, codes]) => [iso, codes.sort()]),
    );
    assert.deepEqual(shared, expected);
  });

  test("every state in today's Gleditsch-Ward list has a FIPS code", () => {
    const mapped = new Set(FIPS_COUNTRIES.map((row) => row.iso3));
    const today = GLEDITSCH_WARD.spells.filter((spell) => spell.to === null && !spell.successor);
    assert.ok(today.length > 190);
    for (const spell of today) assert.ok(mapped.has(spell.iso3), `${spell.name} (${spell.iso3})`);
  });
});
