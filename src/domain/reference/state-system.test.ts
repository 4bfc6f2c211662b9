import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseStateCode, type SpellRow, stateSystem } from "./state-system.ts";

// A made-up list exercising every rule: a state that splits, one that merges, a gap, a reused code.
const ROWS: readonly SpellRow[] = [
  [1, "AAA", "Alpha", 1900, 1939, "AAA"],
  [1, "AAA", "Alpha", 1945, null, "AAA"],
  [2, "BBB", "Old Beta", 1900, 1990, "BBB"],
  [3, "BBX", "Beta", 1990, null, "BBB"],
  [4, "SBT", "South Beta", 1950, 1990, "BBB", "successor"],
  [5, "GMM", "Gamma-Delta", 1920, 1992, "GGG", "successor"],
  [6, "GGG", "Gamma", 1993, null, "GGG"],
  [7, "DDD", "Delta", 1993, null, "DDD"],
];
const list = stateSystem(ROWS);

describe("state system lookups", () => {
  test("code to ISO ignores years outside the spells", () => {
    assert.equal(list.isoFromCode(1), "AAA");
    assert.equal(list.isoFromCode(1, 1942), "AAA");
    assert.equal(list.isoFromCode(2, 2020), "BBB");
    assert.equal(list.isoFromCode(4, 1970), "BBB");
    assert.equal(list.isoFromCode(99), undefined);
  });

  test("codes may come as text, as datasets print them", () => {
    assert.equal(list.isoFromCode("3"), "BBB");
    assert.equal(list.isoFromCode("3.0"), "BBB");
    assert.equal(list.isoFromCode(" 7 "), "DDD");
    assert.equal(list.isoFromCode(""), undefined);
    assert.equal(list.isoFromCode("3.5"), undefined);
    assert.equal(list.isoFromCode("x"), undefined);
    assert.equal(parseStateCode("  "), undefined);
  });

  test("ISO to code: the covering spell, the state before a successor mapping", () => {
    assert.equal(list.codeFromIso("BBB", 1970), 2, "old Beta, not South Beta mapped to it");
    assert.equal(list.codeFromIso("GGG", 1980), 5, "only the successor mapping covers 1980");
    assert.equal(list.codeFromIso("GGG", 1993), 6);
    assert.equal(list.codeFromIso("ddd", 2000), 7);
  });

  test("ISO to code: when two spells meet in one year, the one holding at year end", () => {
    assert.equal(list.codeFromIso("BBB", 1990), 3);
  });

  test("ISO to code: outside every spell, the nearest; without a year, the current", () => {
    assert.equal(list.codeFromIso("AAA", 1942), 1);
    assert.equal(list.codeFromIso("DDD", 1950), 7);
    assert.equal(list.codeFromIso("BBB"), 3);
    assert.equal(list.codeFromIso("GGG"), 6);
    assert.equal(list.codeFromIso("ZZZ"), undefined);
  });

  test("spellAt is strict about years; spellsOf lists a code's spells in order", () => {
    assert.equal(list.spellAt(1, 1942), undefined);
    assert.equal(list.spellAt(1, 1945)?.from, 1945);
    assert.equal(list.spellAt(1, 2100)?.to, null);
    assert.deepEqual(
      list.spellsOf("1").map((spell) => spell.from),
      [1900, 1945],
    );
    assert.equal(list.spellsOf(4)[0]?.successor, true);
  });
});
