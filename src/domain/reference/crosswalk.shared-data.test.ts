// The crosswalks against the real files in ../shared/data (read here, never copied into the repository).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { parse } from "csv-parse/sync";
import { sharedData } from "../../../test/support/shared-data.ts";
import { CORRELATES_OF_WAR, cowFromIso, isoFromCow } from "./correlates-of-war.ts";
import { countryByCode, countryByName } from "./countries.ts";
import { GLEDITSCH_WARD, gwFromIso, isoFromGw } from "./gleditsch-ward.ts";

const SHEET = sharedData("ewp/ewp2025_gleditsch_states_sheet.csv");
const PREDICTORS = sharedData("ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
const BRD = sharedData("ucdp/ucdp-brd-dyadic-v25.1.csv");

const parsed = new Map<string, Record<string, string>[]>();

/** The rows of a CSV file as objects, parsed once for all the tests that read the file. */
function readCsv(path: string): Record<string, string>[] {
  let rows = parsed.get(path);
  if (!rows) {
    const [header = [], ...records] = parse(readFileSync(path, "utf8"), {
      skip_empty_lines: true,
    }) as string[][];
    rows = records.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
    parsed.set(path, rows);
  }
  return rows;
}

/** "2.0" -> 2; the sheet prints whole numbers as floats. */
const int = (cell: string | undefined): number => Number.parseInt(cell ?? "", 10);

/** Micro-states (under 250,000 people) come from GW's separate list, which the EWP sheet leaves out. */
const GW_MICROSTATES = [
  54, 55, 56, 57, 58, 60, 221, 223, 232, 331, 403, 591, 935, 970, 971, 972, 973, 983, 986, 987, 990,
];

describe("Gleditsch-Ward crosswalk against the EWP states sheet", () => {
  test("every row of the sheet is a spell of the crosswalk, with the same code, letters, name and years", {
    skip: SHEET.skip,
  }, () => {
    const rows = readCsv(SHEET.path);
    assert.equal(rows.length, 216);
    const unmatched: string[] = [];
    for (const row of rows) {
      const code = int(row.COW_number);
      const from = int(row.entry_year);
      const end = int(row.end_year_2017);
      const spell = GLEDITSCH_WARD.spellAt(code, from);
      const expected = { code, abbrev: row.COW_abv, name: row.COW_name, from, to: end === 2017 ? null : end };
      const actual = spell && {
        code: spell.code,
        abbrev: spell.abbrev,
        name: spell.name,
        from: spell.from,
        to: spell.to,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        unmatched.push(`${JSON.stringify(expected)} vs ${JSON.stringify(actual)}`);
      }
    }
    assert.deepEqual(unmatched, []);
  });

  test("the crosswalk holds nothing the sheet lacks but GW's micro-states", { skip: SHEET.skip }, () => {
    const inSheet = new Set(
      readCsv(SHEET.path).map((row) => `${int(row.COW_number)}:${int(row.entry_year)}`),
    );
    const extra = GLEDITSCH_WARD.spells.filter((spell) => !inSheet.has(`${spell.code}:${spell.from}`));
    assert.deepEqual(
      extra.map((spell) => spell.code),
      GW_MICROSTATES,
    );
  });

  test("every state of the sheet maps to an ISO country and back, in every year of its spell", {
    skip: SHEET.skip,
  }, () => {
    const failures: string[] = [];
    for (const row of readCsv(SHEET.path)) {
      const code = int(row.COW_number);
      const from = int(row.entry_year);
      const end = int(row.end_year_2017);
      for (let year = from; year <= end; year++) {
        const iso3 = isoFromGw(code, year);
        const back = iso3 === undefined ? undefined : gwFromIso(iso3, year);
        const spell = GLEDITSCH_WARD.spellAt(code, year);
        // A successor mapping points at a country that has its own code; the way back leads there, on purpose.
        const backSpell = back === undefined ? undefined : GLEDITSCH_WARD.spellAt(back, year);
        const consistent =
          iso3 !== undefined &&
          countryByCode(iso3) !== undefined &&
          (back === code || (backSpell?.iso3 === iso3 && (spell?.successor || backSpell.from === year)));
        if (!consistent) failures.push(`${code} ${row.COW_name} ${year}: ${iso3} -> ${back}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});

describe("Correlates of War crosswalk against the EWP predictors (ccode, 1960-2024)", () => {
  test("every ccode maps to an ISO country and back", { skip: PREDICTORS.skip }, () => {
    const mismatches = new Map<string, number[]>();
    const unknown = new Set<string>();
    let rows = 0;
    for (const row of readCsv(PREDICTORS.path)) {
      rows++;
      const ccode = int(row.ccode);
      const year = int(row.year);
      const iso3 = isoFromCow(ccode, year);
      if (iso3 === undefined || !countryByCode(iso3)) {
        unknown.add(`${row.ccode} ${row.ewp_name}`);
        continue;
      }
      const back = cowFromIso(iso3, year);
      if (back !== ccode) {
        const key = `${ccode} ${row.ewp_name} -> ${iso3} -> ${back}`;
        mismatches.set(key, [...(mismatches.get(key) ?? []), year]);
      }
    }
    assert.equal(rows, 9463);
    assert.deepEqual([...unknown], []);
    const spans = Object.fromEntries(
      [...mismatches].map(([key, years]) => [key, `${Math.min(...years)}-${Math.max(...years)}`]),
    );
    assert.deepEqual(spans, {
      // EWP codes Germany 255 in every year; COW gives West Germany 260 until October 1990.
      "255 Germany -> DEU -> 260": "1960-1989",
      // States that no longer exist map to the country holding their capital, whose own code comes back.
      "265 East Germany -> DEU -> 260": "1960-1989",
      "680 People's Republic of Yemen -> YEM -> 678": "1967-1989",
      "817 Republic of Vietnam -> VNM -> 816": "1960-1975",
    });
  });

  test("EWP's names find the same country by name, except for states that no longer exist", {
    skip: PREDICTORS.skip,
  }, () => {
    const byName = new Map<string, string>();
    for (const row of readCsv(PREDICTORS.path)) {
      byName.set(row.ewp_name ?? "", isoFromCow(int(row.ccode)) ?? "");
    }
    const differ = [...byName]
      .filter(([name, iso3]) => countryByName(name)?.iso3 !== iso3)
      .map(([name]) => name);
    assert.deepEqual(differ.sort(), [
      "Arab Republic of Yemen",
      "Czechoslovakia",
      "East Germany",
      "People's Republic of Yemen",
      "Republic of Vietnam",
    ]);
    assert.equal(countryByName("Republic of Vietnam"), undefined);
  });

  test("EWP counts some states in years the COW list does not, and only these", {
    skip: PREDICTORS.skip,
  }, () => {
    const outside = new Map<string, number[]>();
    for (const row of readCsv(PREDICTORS.path)) {
      const ccode = int(row.ccode);
      const year = int(row.year);
      if (!CORRELATES_OF_WAR.spellAt(ccode, year)) {
        const key = `${ccode} ${row.ewp_name}`;
        outside.set(key, [...(outside.get(key) ?? []), year]);
      }
    }
    const spans = Object.fromEntries(
      [...outside].map(([key, years]) => [key, `${Math.min(...years)}-${Math.max(...years)}`]),
    );
    assert.deepEqual(spans, {
      "255 Germany": "1960-1989", // COW: West Germany is 260 until 1990
      "343 Macedonia": "1991-1992", // COW: from 1993 (UN membership); GW: 1991
      "344 Croatia": "1991-1991", // COW: from 1992
      "349 Slovenia": "1991-1991", // COW: from 1992
      "652 Syria": "1960-1960", // COW: out of the list while in the United Arab Republic, 1958-1961
      "698 Oman": "1960-1970", // COW: from 1971; GW: from 1816
      "771 Bangladesh": "1971-1971", // COW: from 1972
    });
  });
});

describe("Gleditsch-Ward crosswalk against UCDP battle-related deaths (v25.1)", () => {
  const CODE_COLUMNS = ["gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "gwno_loc", "gwno_battle"];

  test("every GW code in every code column maps to an ISO country", { skip: BRD.skip }, () => {
    const rows = readCsv(BRD.path);
    assert.equal(rows.length, 1995);
    const unknown = new Set<string>();
    const outside = new Set<string>();
    let codes = 0;
    for (const row of rows) {
      const year = int(row.year);
      for (const column of CODE_COLUMNS) {
        for (const cell of (row[column] ?? "").split(",")) {
          if (cell.trim() === "") continue;
          codes++;
          const iso3 = isoFromGw(cell, year);
          if (iso3 === undefined || !countryByCode(iso3)) unknown.add(`${column}=${cell.trim()}`);
          if (!GLEDITSCH_WARD.spellAt(cell, year)) outside.add(cell.trim());
        }
      }
    }
    assert.ok(codes > 4000, `${codes} codes read`);
    assert.deepEqual([...unknown], []);
    // UCDP keeps Yugoslavia's 345 for Serbia after June 2006, where GW itself uses 340.
    assert.deepEqual([...outside], ["345"]);
  });

  test("location names and location codes name the same countries", { skip: BRD.skip }, () => {
    const disagreements = new Set<string>();
    for (const row of readCsv(BRD.path)) {
      const year = int(row.year);
      const byCode = (row.gwno_loc ?? "").split(",").map((code) => isoFromGw(code, year));
      const byName = (row.location_inc ?? "").split(", ").map((name) => countryByName(name)?.iso3);
      if (JSON.stringify([...byCode].sort()) !== JSON.stringify([...byName].sort())) {
        disagreements.add(`${row.location_inc} / ${row.gwno_loc}: ${byName} vs ${byCode}`);
      }
    }
    assert.deepEqual([...disagreements], []);
  });
});
