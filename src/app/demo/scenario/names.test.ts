import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import isoCountries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { sharedData } from "../../../../test/support/shared-data.ts";
import { COUNTRIES } from "../../../domain/reference/countries.ts";
import { nameKey } from "../../../domain/reference/names.ts";
import { COUNTRY } from "./constants.ts";
import { scenarioNames } from "./names.ts";

isoCountries.registerLocale(english);

/** Every English country name the package knows (official, short, alias) and the project's extra names. */
function realCountryKeys(): Set<string> {
  const names = Object.values(isoCountries.getNames("en", { select: "all" })).flat();
  for (const c of COUNTRIES) names.push(...c.names);
  return new Set(names.map(nameKey).filter((k) => k !== ""));
}

/** True when `inner` occurs in `outer` as whole words ("chad" in "lake chad basin", not in "chadwick"). */
function containsWords(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

describe("the training scenario names nothing real", () => {
  const names = scenarioNames();

  test("lists the scenario's names", () => {
    assert.ok(names.length > 60, `only ${names.length} names`);
    assert.ok(names.includes("Feltravia") && names.includes("Oskeri") && names.includes("Hearth Guard"));
  });

  test("no name is, or contains, a real country's English name", () => {
    const real = realCountryKeys();
    assert.ok(real.has(nameKey("Kenya")) && real.has(nameKey("Ivory Coast")), "the country list is loaded");
    for (const name of names) {
      const key = nameKey(name);
      for (const country of real)
        assert.ok(!containsWords(key, country), `"${name}" contains the country name "${country}"`);
    }
  });

  test("the country code is user-assigned (X range) and no real or project-assigned alpha-3 code", () => {
    const codes = new Set([...Object.keys(isoCountries.getAlpha3Codes()), ...COUNTRIES.map((c) => c.iso3)]);
    assert.ok(codes.has("KEN") && codes.has("XKX"), "the code lists are loaded");
    assert.match(COUNTRY.iso3, /^X[A-Z]{2}$/);
    assert.ok(!codes.has(COUNTRY.iso3), `${COUNTRY.iso3} is a real code`);
    assert.ok(!["XXA", "XXB", "XXC", "XXX", "XOM", "XPO", "XKK"].includes(COUNTRY.iso3));
  });

  test("no acronym or name in the scenario is a real alpha-3 code", () => {
    const codes = new Set(Object.keys(isoCountries.getAlpha3Codes()));
    for (const name of names) {
      for (const word of name.split(/[^A-Za-z0-9]+/)) {
        if (/^[A-Z]{3}$/.test(word))
          assert.ok(!codes.has(word), `"${name}" contains the country code ${word}`);
      }
    }
  });

  const ucdp = sharedData("ucdp/ucdp-brd-dyadic-v25.1.csv");
  const ewp = sharedData("ewp/ewp2025_mk_events_sheet.csv");
  test("no name appears among UCDP's actors and territories or EWP's mass-killing episodes", {
    skip: ucdp.skip || ewp.skip,
  }, () => {
    const corpus = nameKey(`${readFileSync(ucdp.path, "utf8")} ${readFileSync(ewp.path, "utf8")}`);
    for (const name of names) {
      // Generic words ("the army", "Government of ...") are not names: check the invented part only.
      const invented = nameKey(name)
        .split(" ")
        .filter((w) => !GENERIC.has(w))
        .join(" ");
      if (invented === "") continue;
      assert.ok(!containsWords(corpus, invented), `"${name}" (${invented}) appears in real conflict data`);
    }
  });
});

/** Ordinary English words in the scenario's names, which real data naturally contains too. */
const GENERIC = new Set(
  (
    "republic government army armed forces brigade highland highlands national security directorate guard guards " +
    "guardians open assembly party supporters people speakers valley community faith followers minister general " +
    "province district capital coast pass the a an 5th fifth concord nations monitoring mission rights documentation " +
    "centre courier ministry public order radio voice anonymous social media account dataset events observatory " +
    "conflict training scenario tocsin witness network protected source eyes covenant hearth assemblists"
  ).split(" "),
);
