import assert from "node:assert/strict";
import { test } from "node:test";
import { ordered } from "./tolls.ts";

test("ordered figures pass unchanged, with no note", () => {
  assert.deepEqual(ordered(1, 2, 3), { fatalities: { low: 1, best: 2, high: 3 }, note: null });
  assert.deepEqual(ordered(null, 2, null), { fatalities: { low: null, best: 2, high: null }, note: null });
});

test("figures out of order are widened to hold all three, and the note keeps the originals", () => {
  const r = ordered(514, 526, 525);
  assert.deepEqual(r.fatalities, { low: 514, best: 526, high: 526 });
  assert.match(r.note ?? "", /published low 514, best 526, high 525/);
  assert.deepEqual(ordered(20, 12, 15).fatalities, { low: 12, best: 12, high: 20 });
  assert.deepEqual(ordered(null, 12, 10).fatalities, { low: null, best: 12, high: 12 });
});
