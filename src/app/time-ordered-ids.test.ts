import assert from "node:assert/strict";
import { test } from "node:test";
import { timeOrderedIds } from "./time-ordered-ids.ts";

test("time-ordered ids are UUIDv7 and strictly increase, even on a stopped clock", () => {
  const fixed = new Date("2026-01-02T03:04:05.678Z");
  const next = timeOrderedIds({ now: () => fixed });
  const ids = Array.from({ length: 10_000 }, next);
  for (const id of ids)
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  for (let i = 1; i < ids.length; i++) assert.ok((ids[i - 1] as string) < (ids[i] as string), `id ${i}`);
  assert.equal(Number.parseInt((ids[0] as string).replace("-", "").slice(0, 12), 16), fixed.getTime());
});
