import assert from "node:assert/strict";
import { test } from "node:test";
import { EventInput } from "../src/domain/evidence/entities.ts";
import { COUNTRIES, syntheticEvents } from "./synthetic-events.ts";

test("synthetic events are valid, deterministic and UCDP-like", () => {
  const [a] = [...syntheticEvents(3000, 3000)];
  const [b] = [...syntheticEvents(3000, 3000)];
  assert.deepEqual(a, b, "the same seed gives the same rows");
  assert.equal(a?.length, 3000);
  const byCountry = new Map<string, number>();
  for (const e of a ?? []) {
    assert.deepEqual(EventInput.parse(e), e);
    const { low, best, high } = e.fatalities;
    assert.ok((low ?? 0) <= (best ?? 0) && (best ?? 0) <= (high ?? 0));
    assert.ok(e.dateStart >= "1989-01-01" && e.dateStart <= "2024-12-31");
    byCountry.set(e.place.country as string, (byCountry.get(e.place.country as string) ?? 0) + 1);
  }
  assert.ok(COUNTRIES.length >= 120);
  // Skewed: the first country has many times the median country's events.
  const counts = [...byCountry.values()].sort((x, y) => x - y);
  assert.ok((byCountry.get(COUNTRIES[0] as string) ?? 0) > 10 * (counts[counts.length >> 1] ?? 0));
  assert.notDeepEqual([...syntheticEvents(10, 10, { seed: 7 })][0], a?.slice(0, 10));
});
