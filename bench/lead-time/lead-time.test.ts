import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_RULES_FILE, readRuleFile } from "../../src/app/assessment/rule-registry.ts";
import type { RawEvent, RawEvidence } from "../../src/ports/assessment-store.ts";
import { sharedData } from "../../test/support/shared-data.ts";
import { brdEvidence, ewpOnsets, leadTimes } from "./lead-time.ts";

const rules = readRuleFile(DEFAULT_RULES_FILE);
const brd = sharedData("ucdp/ucdp-brd-dyadic-v25.1.csv");
const ewp = sharedData("ewp/ewp2025_mk_events_sheet.csv");

/** A FICTIONAL massacre reported by two independent usually reliable sources. */
function massacre(id: string, year: number): RawEvent {
  const claim = (s: string) => ({
    id: `${id}:${s}`,
    sourceId: s,
    reliability: "B" as const,
    credibility: 2,
    statedAt: null,
    createdAt: `${year}-12-31T00:00:00Z`,
    indicator: null,
    eventId: id,
    fatalities: null,
  });
  return {
    id,
    dateStart: `${year}-01-01`,
    datePrecision: "year",
    actTypes: ["massacre"],
    contested: false,
    fatalities: { low: 40, best: 50, high: 60 },
    createdAt: `${year}-12-31T00:00:00Z`,
    claims: [claim("a"), claim("b")],
  };
}

test("lead time is counted from the first month-end at Warning to 1 January of the onset year; a Warning with no onset near is a false alarm", () => {
  const fictional = (events: RawEvent[]): RawEvidence => ({ events, indicatorClaims: [], readAt: "" });
  const evidence = new Map([
    ["XFT", fictional([massacre("m1", 2000), massacre("m2", 2000)])],
    ["XFU", fictional([massacre("m3", 2005), massacre("m4", 2005)])],
  ]);
  const r = leadTimes(evidence, [{ iso3: "XFT", year: 2002 }], rules, {
    from: "1999-01-01",
    to: "2008-12-31",
  });
  assert.equal(r.onsets[0]?.firstWarning, "2000-12-31");
  assert.equal(r.onsets[0]?.leadMonths, 13);
  assert.equal(r.onsets[0]?.eventsBefore, 2);
  assert.deepEqual(r.falseAlarms, [{ iso3: "XFU", firstWarning: "2005-12-31" }]);
});

test("on UCDP BRD, battle deaths reach the UN armed-conflict factor, never an alert level (Russia, 1994)", {
  skip: brd.skip || ewp.skip,
}, () => {
  const all = brdEvidence(brd.path);
  assert.equal(all.size, 101);
  const rus = new Map([["RUS", all.get("RUS") as RawEvidence]]);
  const onsets = ewpOnsets(ewp.path, 1990, 2024).filter((o) => o.iso3 === "RUS");
  assert.deepEqual(
    onsets.map((o) => o.year),
    [1994, 1995],
  );
  const r = leadTimes(rus, onsets, rules, { from: "1989-01-01", to: "1996-12-31" });
  assert.equal(r.onsets[0]?.eventsBefore, 4);
  assert.equal(r.onsets[0]?.firstWarning, null);
  assert.equal(r.onsets[0]?.leadMonths, null);
  assert.equal(r.onsets[0]?.firstArmedConflict, "1990-12-31");
  assert.equal(r.onsets[0]?.armedConflictLeadMonths, 37);
});
