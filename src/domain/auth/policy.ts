import {
  type GrantAccess,
  NO_GRANTS,
  type RecordAccess,
  type RecordRestriction,
} from "../access/record-access.ts";
import { type Caller, canSee, type Sensitivity } from "../evidence/sensitivity.ts";
import { type Principal, type Role, roleRank, type Scope } from "./principal.ts";

/**
 * THE POLICY: the one place that decides whether a principal may take an action. Every /api/v1 route is
 * declared as an action (src/http/auth/route-actions.ts) and goes through `decide` before its handler; the
 * handler and the use cases get the Caller it yields. Record- and field-level secrecy below that (records
 * above the clearance absent, confidential fields null) is `redact()`'s, fed by the same Caller.
 */
export const OPERATIONS = ["read", "write", "import", "review", "administer"] as const;
export type Operation = (typeof OPERATIONS)[number];

/** The kinds of things the API acts on; a route names one. */
export const RESOURCES = [
  "server",
  "session",
  "evidence",
  "verification",
  "document-content",
  "suggestion",
  "custody",
  "assessment",
  "override",
  "import",
  "forecast",
  "overview",
  "alert",
  "backup",
  "user",
  "access",
] as const;
export type Resource = (typeof RESOURCES)[number];

export interface Action {
  resource: Resource;
  operation: Operation;
  /** The clearance the action needs whatever the records it touches (e.g. the whole custody log). */
  clearance?: Sensitivity;
  /** Open to callers without credentials (health, login). */
  anonymous?: boolean;
  /**
   * The path's `{id}` names a record of this kind, which the caller must be allowed to read (the per-record
   * rule below, its parents included): else 404, as for a record that does not exist.
   */
  record?: "situation" | "alert";
}

/** The least role that may take an operation; each role includes the ones before it. */
export const ROLE_FOR: Record<Operation, Role> = {
  read: "viewer",
  write: "analyst",
  import: "analyst",
  review: "reviewer",
  administer: "admin",
};

/** The token scope an operation needs; null: no token may do it (accounts are managed by people). */
export const SCOPE_FOR: Record<Operation, Scope | null> = {
  read: "read",
  write: "write",
  import: "import",
  review: "write",
  administer: null,
};

export type Decision =
  | { allow: true; caller: Caller; reason: string }
  | { allow: false; status: 401 | 403; code: DenialCode; reason: string };

export type DenialCode = "unauthenticated" | "forbidden" | "insufficient-scope" | "insufficient-clearance";

export function describeAction(action: Action): string {
  return `${action.operation} ${action.resource}`;
}

export function decide(principal: Principal, action: Action): Decision {
  const what = describeAction(action);
  // Accounts carry their role into the use cases (the two-person rule reads it, src/domain/two-person-rule.ts);
  // open local mode carries none, as before accounts existed.
  const account = principal.kind === "session" || principal.kind === "token";
  // An account's id goes with it too: grants on restricted records are held by users (mayAccessRecord).
  const caller: Caller & { role?: Role } =
    account && principal.role
      ? {
          actor: principal.actor,
          clearance: principal.clearance,
          role: principal.role,
          ...(principal.userId ? { userId: principal.userId } : {}),
        }
      : { actor: principal.actor, clearance: principal.clearance };
  if (action.anonymous) return { allow: true, caller, reason: `${what} is open to everyone` };
  if (principal.kind === "anonymous") {
    return deny(401, "unauthenticated", `${what} needs a login (a session or an API token)`);
  }
  if (principal.kind === "public" && action.operation !== "read") {
    return deny(403, "forbidden", `${what}: this server is public and read-only`);
  }
  const needed = ROLE_FOR[action.operation];
  if (principal.role === null || roleRank(principal.role) < roleRank(needed)) {
    return deny(
      403,
      "forbidden",
      `${what} needs the role ${needed} or above; you are ${principal.role ?? "no role"}`,
    );
  }
  if (principal.scopes !== null) {
    const scope = SCOPE_FOR[action.operation];
    if (scope === null) return deny(403, "insufficient-scope", `${what} cannot be done with an API token`);
    if (!principal.scopes.includes(scope)) {
      return deny(403, "insufficient-scope", `${what} needs a token with the scope "${scope}"`);
    }
  }
  if (action.clearance && !canSee(principal.clearance, action.clearance)) {
    return deny(
      403,
      "insufficient-clearance",
      `${what} needs "${action.clearance}" clearance; this request has "${principal.clearance}"`,
    );
  }
  return { allow: true, caller, reason: `${principal.role} may ${what}` };
}

function deny(status: 401 | 403, code: DenialCode, reason: string): Decision {
  return { allow: false, status, code, reason };
}

/**
 * PER-RECORD ACCESS, the second half of the policy: may this caller read or write this record, given its
 * restriction (null: not restricted, role and clearance alone decide, as above)? A restricted record is open
 * only to the users holding a grant on it, directly or through one of their groups; `write` includes `read`.
 * Nobody is exempt, administrators included: they manage groups and grants (and a grant they give
 * themselves is in the custody log), but they do not read a restricted record without one. Callers without
 * an account (open local mode, public mode, the CLI) hold no grant. A caller who may not read a restricted
 * record must not learn it exists: the use cases answer 404, and lists, searches and tallies leave it out
 * (in SQL, by `accessCondition` in src/adapters/db/access, which restates this rule for sets of records).
 */
export function mayAccessRecord(
  holder: { userId: string | null; groupIds: readonly string[] },
  restriction: RecordRestriction | null,
  access: GrantAccess,
): boolean {
  if (restriction === null) return true;
  if (holder.userId === null) return false;
  return restriction.grants.some(
    (g) =>
      (access === "read" || g.access === "write") &&
      (g.grantee.kind === "user" ? g.grantee.id === holder.userId : holder.groupIds.includes(g.grantee.id)),
  );
}

/**
 * A record is guarded by its own restriction and by those of the records it belongs to: a claim is read only
 * when its event and its situation (if it names them) may be read too, and an alert only when its situation
 * may be; restricting an event therefore closes its claims to whoever holds no grant on the event, and
 * restricting a situation closes its alerts and the claims made about it. The parents are needed for
 * `read` only (writing a claim of a restricted event needs read on the event and write on the claim's own
 * restriction, if it has one). Events are evidence in their own right: a situation's restriction does not
 * reach them. The SQL form is `readableCondition` in src/adapters/db/access/access-condition.ts, which reads
 * the parents from these columns (`<parent>_id`).
 */
export const GUARDED_BY: Readonly<Record<string, readonly ("event" | "situation")[]>> = {
  claim: ["event", "situation"],
  alert: ["situation"],
};

/** The rule above over a record and its parents' restrictions (null: that one is not restricted). */
export function mayAccessGuarded(
  holder: { userId: string | null; groupIds: readonly string[] },
  own: RecordRestriction | null,
  parents: readonly (RecordRestriction | null)[],
  access: GrantAccess,
): boolean {
  return mayAccessRecord(holder, own, access) && parents.every((p) => mayAccessRecord(holder, p, "read"));
}

/** The ids whose restrictions decide whether claims of a readable event may be read: theirs, their situations'. */
export function claimGuardIds(claims: readonly { id: string; situationId: string | null }[]): string[] {
  return claims.flatMap((c) => (c.situationId ? [c.id, c.situationId] : [c.id]));
}

/** A claim of a readable event is readable unless it or its situation is among the `unreadable` ids. */
export function claimReadable(
  c: { id: string; situationId: string | null },
  unreadable: ReadonlySet<string>,
) {
  return !unreadable.has(c.id) && !(c.situationId !== null && unreadable.has(c.situationId));
}

/** Whose grants a caller's reads may use (the stores' form of the rule above). */
export function recordAccessOf(caller: Caller): RecordAccess {
  return caller.userId ? { userId: caller.userId } : NO_GRANTS;
}
