import type { Role } from "../../src/domain/auth/principal.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import type { TestStore } from "../support/stores.ts";

export const ACCOUNT_PASSWORD = "a long enough passphrase";
/** A caller without an account (the CLI, seeding): holds no grant, whatever it names itself. */
export const ADMIN: Caller = { actor: "user:root", clearance: "confidential" };

/**
 * Accounts (confidential clearance) and the Callers the policy would hand the use cases for them: actor
 * `user:<name>`, their role and user id (grants are held by users).
 */
export async function accountCallers(
  store: TestStore,
  accounts: readonly (readonly [name: string, role: Role])[],
): Promise<Record<string, Caller>> {
  const callers: Record<string, Caller> = {};
  for (const [name, role] of accounts) {
    const { user } = await store.app.auth.accounts.addUser({
      name,
      password: ACCOUNT_PASSWORD,
      role,
      clearance: "confidential",
    });
    callers[name] = { actor: `user:${name}`, clearance: "confidential", role, userId: user.id } as Caller;
  }
  return callers;
}
