import assert from "node:assert/strict";
import { test } from "node:test";
import { type Override, overridesInForce } from "./override.ts";
import { overrideApprovalRefusal, overrideRejectionRefusal } from "./override-approval.ts";

const o = (extra: Partial<Override>): Override => ({
  id: "o1",
  situationId: "s1",
  target: "level",
  value: "emergency",
  reason: "Field mission confirms what the sources cannot yet show",
  actor: "user:ana",
  at: "2026-03-01T10:00:00.000Z",
  status: "pending",
  decidedAt: null,
  decidedBy: null,
  decisionReason: null,
  revokedAt: null,
  ...extra,
});

test("pending and rejected overrides are never in force; an approved one from the day of its approval", () => {
  assert.deepEqual(overridesInForce([o({})], "2026-12-31"), []);
  const rejected = o({ status: "rejected", decidedAt: "2026-03-02T00:00:00Z", decidedBy: "user:rui" });
  assert.deepEqual(overridesInForce([rejected], "2026-12-31"), []);
  const approved = o({ status: "approved", decidedAt: "2026-03-05T09:00:00Z", decidedBy: "user:rui" });
  assert.deepEqual(overridesInForce([approved], "2026-03-04"), [], "not before its approval");
  assert.deepEqual(
    overridesInForce([approved], "2026-03-05").map((x) => x.id),
    ["o1"],
  );
  // The latest approval per target wins, whatever the order of proposal.
  const later = o({
    id: "o2",
    value: "watch",
    at: "2026-02-01T00:00:00Z",
    status: "approved",
    decidedAt: "2026-03-06T00:00:00Z",
  });
  assert.deepEqual(
    overridesInForce([approved, later], "2026-03-07").map((x) => x.id),
    ["o2"],
  );
  // A later pending proposal does not displace the approved one in force.
  assert.deepEqual(
    overridesInForce(
      [approved, o({ id: "o3", value: "none", at: "2026-03-06T00:00:00Z" })],
      "2026-03-07",
    ).map((x) => x.id),
    ["o1"],
  );
});

test("two-person rule: the author never approves; with roles, a reviewer or admin; without, another name", () => {
  const proposal = o({});
  assert.match(
    overrideApprovalRefusal(proposal, { actor: "user:ana", clearance: "internal", role: "admin" } as never) ??
      "",
    /other than its author/,
  );
  assert.match(
    overrideApprovalRefusal(proposal, {
      actor: "user:bo",
      clearance: "internal",
      role: "analyst",
    } as never) ?? "",
    /needs the reviewer or admin role/,
  );
  assert.equal(
    overrideApprovalRefusal(proposal, {
      actor: "user:rui",
      clearance: "internal",
      role: "reviewer",
    } as never),
    null,
  );
  // Open local mode: no roles, the actor names are compared (as for publishing an alert).
  assert.match(
    overrideApprovalRefusal(o({ actor: "api" }), { actor: "api", clearance: "internal" }) ?? "",
    /other than its author/,
  );
  assert.equal(
    overrideApprovalRefusal(o({ actor: "api" }), { actor: "desk-2", clearance: "internal" }),
    null,
  );
  // Rejecting: a reviewer, or the author withdrawing their own proposal.
  assert.equal(
    overrideRejectionRefusal(proposal, {
      actor: "user:ana",
      clearance: "internal",
      role: "analyst",
    } as never),
    null,
  );
  assert.match(
    overrideRejectionRefusal(proposal, {
      actor: "user:bo",
      clearance: "internal",
      role: "analyst",
    } as never) ?? "",
    /reviewer or admin/,
  );
});
