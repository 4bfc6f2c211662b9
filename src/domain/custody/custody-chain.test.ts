import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ChainVerifier, type CustodyEntry, GENESIS_HASH, nextEntry } from "./custody-chain.ts";

function chain(n: number): CustodyEntry[] {
  const out: CustodyEntry[] = [];
  for (let i = 0; i < n; i++) {
    const event = {
      actor: "analyst",
      action: "create",
      targetType: "event",
      targetId: `e${i}`,
      reason: null,
      details: { b: i, a: [1, 2] },
    };
    out.push(nextEntry(out.at(-1) ?? null, event, `2026-01-0${(i % 9) + 1}T00:00:00.000Z`));
  }
  return out;
}

function verify(entries: CustodyEntry[]) {
  const v = new ChainVerifier();
  for (const e of entries) v.check(e);
  return v.breaks;
}

describe("custody chain", () => {
  test("an intact chain verifies and starts from the genesis hash", () => {
    const entries = chain(5);
    assert.equal(entries[0]?.prevHash, GENESIS_HASH);
    assert.deepEqual(verify(entries), []);
  });

  test("an edited field is reported at its position", () => {
    const entries = chain(5);
    entries[2] = { ...(entries[2] as CustodyEntry), actor: "someone else" };
    const breaks = verify(entries);
    assert.deepEqual(
      breaks.map((b) => [b.kind, b.seq]),
      [["hash-mismatch", 3]],
    );
  });

  test("a deleted entry shows as a gap and a broken link", () => {
    const entries = chain(5);
    entries.splice(1, 1);
    const kinds = verify(entries).map((b) => `${b.kind}@${b.seq}`);
    assert.deepEqual(kinds, ["gap@3", "broken-link@3"]);
  });

  test("two entries swapped are caught", () => {
    const entries = chain(4);
    const [a, b] = [entries[1] as CustodyEntry, entries[2] as CustodyEntry];
    entries[1] = { ...b, seq: a.seq };
    entries[2] = { ...a, seq: b.seq };
    assert.ok(verify(entries).length >= 2);
  });

  test("key order inside details does not change the hash", () => {
    const [first] = chain(1);
    const reordered = { ...(first as CustodyEntry), details: { a: [1, 2], b: 0 } };
    assert.deepEqual(verify([reordered]), []);
  });
});
