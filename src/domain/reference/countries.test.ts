import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { COUNTRIES, countryByCode, countryByName, findCountry } from "./countries.ts";
import { nameKey, nameVariants } from "./names.ts";

describe("countries", () => {
  test("lists every ISO 3166-1 country once, with well-formed codes", () => {
    assert.ok(COUNTRIES.length >= 250, `only ${COUNTRIES.length} countries`);
    for (const key of ["iso3", "iso2", "numeric"] as const) {
      const codes = COUNTRIES.map((country) => country[key]).filter((code) => code !== null);
      assert.equal(new Set(codes).size, codes.length, `duplicate ${key}`);
    }
    for (const country of COUNTRIES) {
      assert.match(country.iso3, /^[A-Z]{3}$/);
      assert.match(country.iso2, /^[A-Z]{2}$/);
      if (country.numeric !== null) assert.match(country.numeric, /^\d{3}$/);
      assert.equal(country.names[0], country.name);
    }
  });

  test("finds a country by alpha-3, alpha-2 or numeric code, in any case and padding", () => {
    for (const code of ["KEN", "ken", "KE", " ke ", "404", 404])
      assert.equal(countryByCode(code)?.iso3, "KEN");
    assert.equal(countryByCode(4)?.iso3, "AFG");
    assert.equal(countryByCode("004")?.iso3, "AFG");
    assert.equal(countryByCode("DEU")?.name, "Germany");
    assert.equal(countryByCode("ZZZ"), undefined);
    assert.equal(countryByCode(""), undefined);
  });

  test("Kosovo is XK / XKX without a numeric code, and XKK still finds it", () => {
    const kosovo = countryByCode("XKX");
    assert.deepEqual([kosovo?.iso2, kosovo?.numeric, kosovo?.name], ["XK", null, "Kosovo"]);
    assert.equal(countryByCode("XKK"), kosovo);
    assert.equal(countryByCode("XK"), kosovo);
    assert.equal(countryByCode(983), undefined);
    assert.equal(countryByName("Kosovo"), kosovo);
  });

  test("finds a country by any of its names, ignoring case, accents and punctuation", () => {
    const cases: [string, string][] = [
      ["Kenya", "KEN"],
      ["côte d’ivoire", "CIV"],
      ["Cote D'Ivoire", "CIV"],
      ["Ivory Coast", "CIV"],
      ["Türkiye", "TUR"],
      ["turkey", "TUR"],
      ["Russia", "RUS"],
      ["Russian Federation", "RUS"],
      ["Czechia", "CZE"],
      ["The Netherlands", "NLD"],
      ["Bahamas, The", "BHS"],
      ["The Gambia", "GMB"],
      ["St. Kitts & Nevis", "KNA"],
      ["Saint Vincent & Grenadines", "VCT"],
      ["Bosnia-Herzegovina", "BIH"],
      ["Trinidad & Tobago", "TTO"],
      ["United States", "USA"],
      ["U.S.A.", "USA"],
      ["UK", "GBR"],
      ["Korea, Republic of", "KOR"],
      ["North Korea", "PRK"],
      ["Korea, Dem. People's Rep.", "PRK"],
      ["Congo, Dem. Rep.", "COD"],
      ["Democratic Republic of Congo", "COD"],
      ["Congo", "COG"],
      ["Republic of Congo", "COG"],
      ["Syrian Arab Republic", "SYR"],
      ["Lao People's Democratic Republic", "LAO"],
      ["Eswatini", "SWZ"],
      ["Swaziland", "SWZ"],
      ["Micronesia, Federated States of", "FSM"],
      ["Solomon Is.", "SLB"],
      ["Taiwan", "TWN"],
      ["Taiwan, Province of China", "TWN"],
      ["São Tomé and Príncipe", "STP"],
    ];
    for (const [name, iso3] of cases) assert.equal(countryByName(name)?.iso3, iso3, name);
  });

  test("reads dataset spellings: UCDP parentheses, EWP slashes and misspellings, GW inversions", () => {
    const cases: [string, string][] = [
      ["Myanmar (Burma)", "MMR"],
      ["DR Congo (Zaire)", "COD"],
      ["Congo, Democratic Republic of (Zaire)", "COD"],
      ["Serbia (Yugoslavia)", "SRB"],
      ["Russia (Soviet Union)", "RUS"],
      ["Yemen (North Yemen)", "YEM"],
      ["Cambodia (Kampuchea)", "KHM"],
      ["Burma/Myanmar", "MMR"],
      ["Tanzania/Tanganyika", "TZA"],
      ["Kyrgystan", "KGZ"],
      ["Macedonia (Former Yugoslav Republic of)", "MKD"],
      ["Sri Lanka (Ceylon)", "LKA"],
    ];
    for (const [name, iso3] of cases) assert.equal(countryByName(name)?.iso3, iso3, name);
  });

  test("names of states that no longer exist match no present-day country", () => {
    for (const name of [
      "Yugoslavia",
      "Czechoslovakia",
      "Soviet Union",
      "German Democratic Republic",
      "Atlantis",
    ]) {
      assert.equal(countryByName(name), undefined, name);
    }
  });

  test("no name key points at two countries unless one of them ranks it higher", () => {
    const owners = new Map<string, Set<string>>();
    for (const country of COUNTRIES) {
      for (const name of country.names) {
        const key = nameKey(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(country.iso3));
      }
    }
    const shared = [...owners].filter(([, iso3s]) => iso3s.size > 1).map(([key]) => key);
    assert.deepEqual(shared, ["congo"], "only 'Congo' is shared, and it resolves to COG");
    for (const country of COUNTRIES) {
      for (const name of country.names) {
        if (nameKey(name) !== "congo") assert.equal(countryByName(name), country, name);
      }
    }
  });

  test("findCountry reads codes first, then names", () => {
    assert.equal(findCountry("USA")?.iso3, "USA");
    assert.equal(findCountry("UAE")?.iso3, "ARE");
    assert.equal(findCountry("Chad")?.iso3, "TCD");
    assert.equal(findCountry(840)?.iso3, "USA");
    assert.equal(findCountry("nowhere"), undefined);
  });
});

describe("name keys", () => {
  test("fold case, accents, punctuation, '&', filler words and abbreviations", () => {
    assert.equal(nameKey("Côte d’Ivoire"), nameKey("COTE D'IVOIRE"));
    assert.equal(nameKey("St. Lucia"), nameKey("Saint Lucia"));
    assert.equal(nameKey("Antigua & Barbuda"), nameKey("Antigua and Barbuda"));
    assert.equal(nameKey("Republic of the Congo"), nameKey("Republic of Congo"));
    assert.equal(nameKey("Central African Rep."), nameKey("Central African Republic"));
  });

  test("variants cover parentheses, slashes and inversions, literal reading first", () => {
    assert.deepEqual(nameVariants("Myanmar (Burma)"), ["Myanmar (Burma)", "Myanmar", "Burma"]);
    assert.deepEqual(nameVariants("Burma/Myanmar"), ["Burma/Myanmar", "Burma", "Myanmar"]);
    assert.deepEqual(nameVariants("Korea, Republic of"), ["Korea, Republic of", "Republic of Korea"]);
    assert.deepEqual(nameVariants("Kenya"), ["Kenya"]);
  });
});
