import assert from "node:assert/strict";
import { test } from "node:test";
import { decide, mayAccessRecord, recordAccessOf } from "../auth/policy.ts";
import type { Principal } from "../auth/principal.ts";
import type { RecordGrant, RecordRestriction } from "./record-access.ts";

const grant = (kind: "user" | "group", id: string, access: "read" | "write"): RecordGrant => ({
  grantee: { kind, id, name: id },
  access,
  grantedBy: "user:root",
  grantedAt: "2026-01-01T00:00:00.000Z",
});
const restricted = (...grants: RecordGrant[]): RecordRestriction => ({
  recordId: "r",
  recordKind: "event",
  restrictedBy: "user:root",
  restrictedAt: "2026-01-01T00:00:00.000Z",
  grants,
});

test("mayAccessRecord: unrestricted for all; restricted only to grantees, by user or group; write includes read", () => {
  const ana = { userId: "u-ana", groupIds: ["g-field"] };
  const ben = { userId: "u-ben", groupIds: [] };
  const nobody = { userId: null, groupIds: [] };
  for (const who of [ana, ben, nobody]) assert.equal(mayAccessRecord(who, null, "write"), true);
  const r = restricted(grant("group", "g-field", "read"), grant("user", "u-ben", "write"));
  assert.equal(mayAccessRecord(ana, r, "read"), true, "through the group");
  assert.equal(mayAccessRecord(ana, r, "write"), false, "the group's grant is read only");
  assert.equal(mayAccessRecord(ben, r, "read"), true, "write includes read");
  assert.equal(mayAccessRecord(ben, r, "write"), true);
  assert.equal(mayAccessRecord(nobody, r, "read"), false, "no account, no grant");
  assert.equal(mayAccessRecord(ana, restricted(), "read"), false, "restricted to nobody");
  // A group id equal to a user id does not open a user grant, and the reverse.
  assert.equal(mayAccessRecord({ userId: "g-field", groupIds: [] }, r, "read"), false);
});

test("decide() hands the account's id to the use cases; open local mode and public mode carry none", () => {
  const base = { actor: "user:ana", role: "admin", clearance: "confidential", scopes: null } as const;
  const session: Principal = { ...base, kind: "session", userId: "u-ana" };
  const d = decide(session, { resource: "evidence", operation: "read" });
  assert.ok(d.allow);
  assert.deepEqual(recordAccessOf(d.caller), { userId: "u-ana" });
  const token: Principal = { ...base, kind: "token", userId: "u-ana", scopes: ["read"] };
  const t = decide(token, { resource: "evidence", operation: "read" });
  assert.ok(t.allow);
  assert.deepEqual(recordAccessOf(t.caller), { userId: "u-ana" }, "a token acts as its user");
  for (const kind of ["local", "public"] as const) {
    const p = decide({ ...base, kind, userId: null }, { resource: "evidence", operation: "read" });
    assert.ok(p.allow);
    assert.deepEqual(recordAccessOf(p.caller), { userId: null });
  }
  const tokenAdmin = decide(token, { resource: "access", operation: "administer" });
  assert.equal(tokenAdmin.allow, false, "no token manages grants");
});
