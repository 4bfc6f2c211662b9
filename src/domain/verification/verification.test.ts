import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Caller } from "../evidence/sensitivity.ts";
import { activeLock, blockingLock, initialVerification, LOCK_MINUTES, takeLock } from "./verification.ts";
import { checkMove } from "./verification-rules.ts";
import { requirementsOf, TRANSITIONS, VERIFICATION_STATUSES } from "./verification-status.ts";

const ana: Caller = { actor: "ana", clearance: "internal" };
const rev: Caller = { actor: "rev", clearance: "internal" };
const at = (iso: string) => new Date(iso);
const codeOf = (c: string) => (e: { code?: string }) => e.code === c;

describe("verification statuses and transitions", () => {
  test("the table names only known statuses, and every status can be reached from unverified", () => {
    const reached = new Set<string>(["unverified"]);
    for (let i = 0; i < 6; i++)
      for (const s of [...reached])
        for (const t of TRANSITIONS[s as keyof typeof TRANSITIONS]) reached.add(t);
    assert.deepEqual([...reached].sort(), [...VERIFICATION_STATUSES].sort());
    assert.equal(requirementsOf("unverified", "verified"), null, "nothing is verified without a review");
    assert.deepEqual(requirementsOf("in-progress", "in-progress"), []);
    assert.deepEqual(requirementsOf("verified", "in-progress"), ["reason"], "reopening needs a reason");
    assert.ok(requirementsOf("ready-for-review", "rejected")?.includes("reason"));
  });

  test("verified needs someone other than the last editor and the one who asked for review", () => {
    const current = { ...initialVerification("event", "e1"), status: "ready-for-review" as const };
    const move = { current, to: "verified" as const, reason: null };
    assert.throws(
      () => checkMove({ ...move, caller: ana, lastContentEditor: "ana" }),
      codeOf("two-person-rule"),
    );
    assert.throws(
      () =>
        checkMove({
          ...move,
          current: { ...current, reviewRequestedBy: "rev" },
          caller: rev,
          lastContentEditor: "ana",
        }),
      /rev asked for its review/,
    );
    assert.doesNotThrow(() => checkMove({ ...move, caller: rev, lastContentEditor: "ana" }));
    // A caller that carries roles (accounts) must be a reviewer or an admin.
    const analyst = { ...rev, roles: ["analyst"] } as Caller;
    assert.throws(
      () => checkMove({ ...move, caller: analyst, lastContentEditor: "ana" }),
      /reviewer or admin role/,
    );
    const reviewer = { ...rev, role: "reviewer" } as Caller;
    assert.doesNotThrow(() => checkMove({ ...move, caller: reviewer, lastContentEditor: "ana" }));
  });

  test("a move outside the table, or a rejection without a reason, names the field", () => {
    const current = initialVerification("claim", "c1");
    assert.throws(
      () => checkMove({ current, to: "verified", reason: null, caller: rev, lastContentEditor: "ana" }),
      (e: { issues: { path: string }[] }) => e.issues[0]?.path === "status",
    );
    assert.throws(
      () => checkMove({ current, to: "rejected", reason: null, caller: rev, lastContentEditor: "ana" }),
      (e: { issues: { path: string }[] }) => e.issues[0]?.path === "reason",
    );
    assert.doesNotThrow(() =>
      checkMove({
        current,
        to: "rejected",
        reason: "a forged photograph",
        caller: rev,
        lastContentEditor: "ana",
      }),
    );
  });
});

describe("the soft edit lock", () => {
  test("taken, renewed (keeping its start), blocking others until it expires", () => {
    const t0 = at("2026-01-01T10:00:00Z");
    const lock = takeLock(null, "ana", t0);
    assert.equal(lock.expiresAt, new Date(t0.getTime() + LOCK_MINUTES * 60_000).toISOString());
    const t1 = at("2026-01-01T10:10:00Z");
    const renewed = takeLock(lock, "ana", t1);
    assert.equal(renewed.takenAt, lock.takenAt);
    assert.ok(renewed.expiresAt > lock.expiresAt);
    assert.equal(blockingLock(renewed, "ana", t1), null, "the holder is not blocked");
    assert.deepEqual(blockingLock(renewed, "rev", t1), renewed);
    const late = new Date(Date.parse(renewed.expiresAt) + 1);
    assert.equal(activeLock(renewed, late), null);
    assert.equal(blockingLock(renewed, "rev", late), null, "an expired lock blocks nobody");
    assert.equal(takeLock(renewed, "rev", late).takenAt, late.toISOString());
  });
});
