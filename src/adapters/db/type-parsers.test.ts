import assert from "node:assert/strict";
import { test } from "node:test";
import { toIsoTimestamp } from "./type-parsers.ts";

/** What the parser gave before its fast path: Date's reading of the same text. */
const viaDate = (text: string) =>
  new Date(text.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")).toISOString();

test("a UTC timestamp reads as Date would read it, whatever its fraction", () => {
  for (const text of [
    "2026-01-02 03:04:05+00",
    "2026-01-02 03:04:05.1+00",
    "2026-01-02 03:04:05.12+00",
    "2026-01-02 03:04:05.123+00",
    "2026-01-02 03:04:05.123999+00",
    "1999-12-31 23:59:59.999999+00",
    "0001-01-01 00:00:00+00",
  ]) {
    assert.equal(toIsoTimestamp(text), viaDate(text), text);
  }
});

test("random UTC timestamps read as Date reads them", () => {
  let seed = 20261126;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (let i = 0; i < 2000; i++) {
    const ms = next() * 1000 + (next() % 1000);
    const iso = new Date(ms).toISOString(); // 1970-2038
    const micro = String(next() % 1000).padStart(3, "0");
    const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}${micro}+00`;
    assert.equal(toIsoTimestamp(text), viaDate(text), text);
  }
});

test("other offsets are converted to UTC", () => {
  assert.equal(toIsoTimestamp("2026-01-02 03:04:05.5+02"), "2026-01-02T01:04:05.500Z");
  assert.equal(toIsoTimestamp("2026-01-02 23:30:00-05"), "2026-01-03T04:30:00.000Z");
});
