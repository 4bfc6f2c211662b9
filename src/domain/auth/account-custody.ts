import type { CustodyEvent } from "../custody/custody-chain.ts";
import type { Sensitivity } from "../evidence/sensitivity.ts";
import type { Role, Scope } from "./principal.ts";

/**
 * The custody entries of account and token changes (issue 8): who changed which account, and how. They name
 * accounts, roles, clearances and token ids only: never a password, a hash, a token or a TOTP secret (a test
 * reads every entry for them). Target `user` is the account's name (names are never reused or renamed),
 * target `token` the token's id.
 */
export const ACCOUNT_ACTIONS = [
  "user-add",
  "user-disable",
  "user-enable",
  "user-reset",
  "user-role",
  "user-lockout",
  "token-add",
  "token-revoke",
] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** The actor of entries nobody in particular caused (a lockout after failed logins). */
export const LOGIN_ACTOR = "tocsin:login";
/** The actor when a caller of the accounts use cases names none. */
export const UNNAMED_ACTOR = "unnamed";

interface Account {
  id: string;
  name: string;
  role: Role;
  clearance: Sensitivity;
}

const onUser = (
  by: string,
  action: AccountAction,
  user: Account,
  details: Record<string, unknown>,
  reason: string | null = null,
): CustodyEvent => ({
  actor: by,
  action,
  targetType: "user",
  targetId: user.name,
  reason,
  details: { user: user.id, ...details },
});

export const accountCustody = {
  added: (by: string, u: Account, secondFactor: boolean) =>
    onUser(by, "user-add", u, { role: u.role, clearance: u.clearance, secondFactor }),
  disabled: (by: string, u: Account, disabled: boolean) =>
    onUser(by, disabled ? "user-disable" : "user-enable", u, {}),
  reset: (by: string, u: Account, secondFactor: "keep" | "new" | "off") =>
    onUser(by, "user-reset", u, { password: "replaced", secondFactor }),
  roleChanged: (by: string, u: Account, to: { role: Role; clearance: Sensitivity }) =>
    onUser(by, "user-role", u, {
      from: { role: u.role, clearance: u.clearance },
      to: { role: to.role, clearance: to.clearance },
    }),
  lockedOut: (u: Account, failures: number, lockedUntil: string) =>
    onUser(LOGIN_ACTOR, "user-lockout", u, { failures, lockedUntil }, `${failures} failed logins in a row`),
  tokenAdded: (
    by: string,
    t: { id: string; userName: string; name: string; scopes: Scope[]; expiresAt: string | null },
  ): CustodyEvent => ({
    actor: by,
    action: "token-add",
    targetType: "token",
    targetId: t.id,
    reason: null,
    details: { user: t.userName, name: t.name, scopes: t.scopes, expiresAt: t.expiresAt },
  }),
  tokenRevoked: (by: string, t: { id: string; userName: string; name: string }): CustodyEvent => ({
    actor: by,
    action: "token-revoke",
    targetType: "token",
    targetId: t.id,
    reason: null,
    details: { user: t.userName, name: t.name },
  }),
};
