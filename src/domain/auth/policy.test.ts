import assert from "node:assert/strict";
import { test } from "node:test";
import { type Action, decide, OPERATIONS } from "./policy.ts";
import { type Principal, ROLES, type Role } from "./principal.ts";

const user = (role: Role, extra: Partial<Principal> = {}): Principal => ({
  kind: "session",
  actor: `user:${role}`,
  userId: "u",
  role,
  clearance: "confidential",
  scopes: null,
  ...extra,
});
const act = (operation: Action["operation"], extra: Partial<Action> = {}): Action => ({
  resource: "evidence",
  operation,
  ...extra,
});

test("each role may take its operations and those below, not the ones above", () => {
  const least: Record<string, Role> = {
    read: "viewer",
    write: "analyst",
    import: "analyst",
    review: "reviewer",
    administer: "admin",
  };
  for (const role of ROLES) {
    for (const op of OPERATIONS) {
      const allowed = ROLES.indexOf(role) >= ROLES.indexOf(least[op] as Role);
      const d = decide(user(role), act(op));
      assert.equal(d.allow, allowed, `${role} ${op}`);
      if (!d.allow) {
        assert.equal(d.status, 403);
        assert.equal(d.code, "forbidden");
        assert.match(d.reason, new RegExp(`needs the role ${least[op]}`));
      }
    }
  }
});

test("anonymous callers get 401 except on anonymous actions; public callers only read", () => {
  const anon: Principal = {
    kind: "anonymous",
    actor: "anonymous",
    userId: null,
    role: null,
    clearance: "public",
    scopes: null,
  };
  const d = decide(anon, act("read"));
  assert.equal(d.allow, false);
  assert.equal(!d.allow && d.status, 401);
  assert.equal(decide(anon, act("write", { anonymous: true })).allow, true);
  const pub: Principal = { ...anon, kind: "public", role: "viewer" };
  assert.equal(decide(pub, act("read")).allow, true);
  assert.equal(decide(pub, act("write")).allow, false);
});

test("tokens need the scope of the operation; no token administers", () => {
  const token = user("admin", { kind: "token", scopes: ["read"] });
  assert.equal(decide(token, act("read")).allow, true);
  const w = decide(token, act("write"));
  assert.equal(!w.allow && w.code, "insufficient-scope");
  assert.equal(decide({ ...token, scopes: ["read", "write"] }, act("review")).allow, true);
  assert.equal(decide({ ...token, scopes: ["import"] }, act("import")).allow, true);
  const adm = decide({ ...token, scopes: ["read", "write", "import"] }, act("administer"));
  assert.equal(!adm.allow && adm.code, "insufficient-scope");
  // A token never carries more than its user's role.
  const viewer = decide(user("viewer", { kind: "token", scopes: ["write"] }), act("write"));
  assert.equal(!viewer.allow && viewer.code, "forbidden");
});

test("an action's clearance is checked, and the caller carries the principal's actor and clearance", () => {
  const internal = user("admin", { clearance: "internal" });
  const d = decide(internal, act("read", { clearance: "confidential" }));
  assert.equal(!d.allow && d.code, "insufficient-clearance");
  const ok = decide(internal, act("read", { clearance: "internal" }));
  assert.deepEqual(ok.allow && ok.caller, {
    actor: "user:admin",
    clearance: "internal",
    role: "admin",
    userId: "u",
  });
  const local = decide({ ...internal, kind: "local" }, act("read"));
  assert.deepEqual(
    local.allow && local.caller,
    { actor: "user:admin", clearance: "internal" },
    "no role in open mode",
  );
});
