import assert from "node:assert/strict";
import { test } from "node:test";
import { idsDigest } from "../../domain/custody/batch-digest.ts";
import { checkBatch, type EventIds, type RecordedBatch, splitOverlapping } from "./batch-check.ts";

const ids = ["a1", "a2", "a3", "a4", "a5"];
const batch = (first: string, last: string, list: string[], seq = 1): RecordedBatch => ({
  seq,
  firstId: first,
  lastId: last,
  count: list.length,
  idsSha256: idsDigest(list),
});
const stored = (list: string[]): EventIds => ({
  async between(first, last, after, limit) {
    return list.filter((id) => id >= first && id <= last && (after === null || id > after)).slice(0, limit);
  },
});

test("a batch verifies across pages; deleted ids (logged) count as still there", async () => {
  assert.equal(await checkBatch(batch("a1", "a5", ids), stored(ids), [], 2), null);
  assert.equal(await checkBatch(batch("a1", "a5", ids), stored(["a1", "a3", "a5"]), ["a2", "a4"], 2), null);
  assert.equal(
    await checkBatch(batch("a1", "a5", ids), stored(["a1", "a2", "a3", "a4"]), ["a5", "z"], 2),
    null,
  );
});

test("a dropped, an added or a replaced id breaks it", async () => {
  const b = batch("a1", "a5", ids, 7);
  assert.equal((await checkBatch(b, stored(["a1", "a2", "a4", "a5"]), [], 2))?.foundCount, 4);
  assert.equal((await checkBatch(b, stored([...ids, "a33"].sort()), [], 2))?.foundCount, 6);
  const replaced = await checkBatch(b, stored(["a1", "a2", "a3x", "a4", "a5"]), [], 2);
  assert.deepEqual([replaced?.seq, replaced?.recordedCount, replaced?.foundCount], [7, 5, 5]);
});

test("overlapping ranges (imports running at once) are set aside, not reported", () => {
  const one = batch("a1", "a3", ["a1", "a3"]);
  const two = batch("a2", "a4", ["a2", "a4"]);
  const three = batch("b1", "b2", ["b1", "b2"]);
  const { checkable, overlapping } = splitOverlapping([three, one, two]);
  assert.deepEqual(checkable, [three]);
  assert.equal(overlapping, 2);
  const long = batch("c1", "c9", ["c1", "c9"]);
  const inner = [batch("c2", "c3", ["c2", "c3"]), batch("c4", "c5", ["c4", "c5"])];
  assert.deepEqual(splitOverlapping([long, ...inner]), { checkable: [], overlapping: 3 });
});
