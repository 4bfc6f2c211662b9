import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { evaluateExtraction } from "../../app/reading/evaluate-extraction.ts";
import { countryEntries } from "./country-entries.ts";
import { findDates } from "./dates.ts";
import { Gazetteer } from "./gazetteer.ts";
import { readText } from "./read-text.ts";
import { splitSentences } from "./sentences.ts";
import { findToll } from "./tolls.ts";

const ref = new Date("2026-09-30T00:00:00Z");
const date = (s: string, r: Date | null = ref) => findDates(s, r).map((d) => d.value);
const toll = (s: string) => {
  const t = findToll(s);
  return t && [t.low, t.best, t.high, t.qualifier];
};

describe("report reader", () => {
  test("dates keep the precision the text gives", () => {
    assert.deepEqual(date("In 1918 the town burned."), [{ start: "1918", end: null, precision: "year" }]);
    assert.deepEqual(date("They came in April 1992."), [{ start: "1992-04", end: null, precision: "month" }]);
    assert.deepEqual(date("from 1988 to 1990 and again"), [
      { start: "1988", end: "1990", precision: "year" },
    ]);
    assert.deepEqual(date("the war of 1919-1920"), [{ start: "1919", end: "1920", precision: "year" }]);
    assert.deepEqual(date("From 10 to 24 March 2026 lists"), [
      { start: "2026-03-10", end: "2026-03-24", precision: "day" },
    ]);
    const may = findDates("on 3 May they fled", ref)[0];
    assert.equal(may?.value.start, "2026-05-03");
    assert.equal(may?.yearInferred, true);
    assert.deepEqual(date("on 3 May they fled", null), [], "no year, no reference: left out");
    assert.deepEqual(date("Last week 1500 people met."), [], "relative dates and counts are not dates");
  });

  test("tolls map qualifiers to low / best / high, and only when tied to deaths", () => {
    assert.deepEqual(toll("At least 40 people were killed."), [40, 40, null, "at-least"]);
    assert.deepEqual(toll("Between 30 and 50 were killed."), [30, null, 50, "range"]);
    assert.deepEqual(toll("Dozens were killed."), [24, null, 99, "vague"]);
    assert.deepEqual(toll("Hundreds of villagers died."), [200, null, 999, "vague"]);
    assert.deepEqual(toll("Over 100 bodies were found."), [100, null, null, "more-than"]);
    assert.deepEqual(toll("Up to 15,000 died."), [null, null, 15000, "up-to"]);
    assert.deepEqual(toll("About two hundred and fifty civilians were killed."), [
      null,
      250,
      null,
      "approximately",
    ]);
    assert.deepEqual(toll("Between 100 and 160 were killed, 140 by our count."), [100, 140, 160, "range"]);
    assert.equal(toll("Some 9,000 people fled."), null, "no death word");
    assert.equal(toll("No one was killed."), null);
    assert.equal(
      toll("Two mass graves were found; nobody knows how many died."),
      null,
      "graves are not people",
    );
    assert.deepEqual(toll("At least 40 were killed and dozens more fled."), [40, 40, null, "at-least"]);
    // The list: "at least 15,000", "over 100", "hundreds of".
    assert.deepEqual(toll("At least 15,000 people were killed."), [15000, 15000, null, "at-least"]);
    assert.deepEqual(toll("Over 100 civilians were killed."), [100, null, null, "more-than"]);
    assert.deepEqual(toll("Hundreds of civilians were killed."), [200, null, 999, "vague"]);
    // Hard-wrapped text (PDF text layers, e-mail): a line break is a space.
    assert.deepEqual(toll("Armed men killed at\nleast 40 civilians."), [40, 40, null, "at-least"]);
    assert.deepEqual(toll("Tens of\nthousands died."), [20000, null, 99999, "vague"]);
    assert.deepEqual(toll("Twelve people lost\ntheir lives."), [12, 12, 12, "exact"]);
  });

  test("all and nearly all: of a population the text gives, else a qualifier without numbers", () => {
    assert.deepEqual(toll("Nearly all of the village's 300 residents were killed."), [
      null,
      null,
      300,
      "nearly-all",
    ]);
    assert.deepEqual(toll("Almost all 300 residents were killed."), [null, null, 300, "nearly-all"]);
    assert.deepEqual(toll("Virtually all of the 40 men detained were executed."), [
      null,
      null,
      40,
      "nearly-all",
    ]);
    assert.deepEqual(toll("Almost the entire population of 900 was massacred."), [
      null,
      null,
      900,
      "nearly-all",
    ]);
    assert.deepEqual(toll("The entire population of 1,200 was killed."), [1200, 1200, 1200, "all"]);
    assert.deepEqual(toll("All 12 passengers died."), [12, 12, 12, "all"]);
    assert.deepEqual(toll("Nearly all were killed."), [null, null, null, "nearly-all"]);
    assert.deepEqual(toll("Virtually everyone in the convoy died."), [null, null, null, "nearly-all"]);
    assert.deepEqual(toll("The entire family was killed."), [null, null, null, "all"]);
    assert.deepEqual(
      toll("Nearly all of the 300 residents, at least 250 by one count, were killed."),
      [250, 250, 300, "range"],
      "a second figure within the population gives low and best; 'one count' is not a toll",
    );
    assert.equal(toll("Soldiers killed people in all 12 districts."), null, "districts are not people");
    assert.deepEqual(toll("Fighting lasted the entire week and 30 died."), [30, 30, 30, "exact"]);
  });

  test("sentences keep offsets; numbered paragraphs and abbreviations do not split wrongly", () => {
    const text = "1. Gen. Tavo came on 3 May. He left.\n2. Dr. K. Smith saw it.";
    const s = splitSentences(text);
    assert.deepEqual(
      s.map((x) => x.text),
      ["Gen. Tavo came on 3 May.", "He left.", "Dr. K. Smith saw it."],
    );
    for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
    assert.deepEqual(
      s.map((x) => x.paragraph),
      [0, 0, 1],
    );
    // A wrapped sentence whose last line is short stays one sentence; a short capitalised line is a heading.
    const wrapped = splitSentences(
      "Armed men killed at least 40 civilians; nearly all of the village's 300\nresidents fled.\nField note\nOn 3 May it rained.",
    );
    assert.deepEqual(
      wrapped.map((x) => [x.text, x.paragraph]),
      [
        ["Armed men killed at least 40 civilians; nearly all of the village's 300\nresidents fled.", 0],
        ["Field note", 1],
        ["On 3 May it rained.", 2],
      ],
    );
  });

  test("a bare text finds countries with the built-in gazetteer; nothing is suggested from quiet text", () => {
    const g = new Gazetteer(countryEntries());
    const r = readText(
      "Refugees from Kenya said 12 people were killed in Uganda in 2019. The weather was fine.",
      {
        gazetteer: g,
        reference: null,
      },
    );
    assert.equal(r.events.length, 1);
    const e = r.events[0];
    assert.deepEqual(
      e?.places.map((p) => p.country),
      ["KEN", "UGA"],
    );
    assert.equal(e?.date?.value.start, "2019");
    assert.deepEqual(
      e?.acts.map((a) => a.type),
      ["killing"],
    );
    const text = "Refugees from Kenya said 12 people were killed in Uganda in 2019. The weather was fine.";
    for (const p of e?.places ?? [])
      assert.equal(text.slice(p.start, p.end), p.text, "offsets point at the words");
    assert.equal(readText("", { gazetteer: g, reference: null }).events.length, 0);
  });

  test("the report's own stage and alert-level statements are its claims", () => {
    const r = readText("The monitor puts the country at Stage 9 and declares a Genocide Emergency.", {
      gazetteer: new Gazetteer([]),
      reference: null,
    });
    assert.deepEqual(
      r.claims.map((c) => [c.kind, c.value]),
      [
        ["stage", "9"],
        ["alert-level", "emergency"],
      ],
    );
  });

  test("the fictional evaluation set stays above its measured floor", () => {
    const s = evaluateExtraction("test/fixtures/reading/event-extraction.json");
    for (const f of ["dates", "places", "actors", "groups", "acts", "tolls"] as const) {
      assert.ok(s[f].precision >= 0.9 && s[f].recall >= 0.9, `${f}: ${JSON.stringify(s[f])}`);
    }
  });
});
