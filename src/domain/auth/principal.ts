import { z } from "zod";
import { Sensitivity } from "../evidence/sensitivity.ts";

/** What a person may do, each role including the ones before it (viewer < analyst < reviewer < admin). */
export const ROLES = ["viewer", "analyst", "reviewer", "admin"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What an API token may be used for; a token never carries more than its user's role allows. */
export const SCOPES = ["read", "write", "import"] as const;
export const Scope = z.enum(SCOPES);
export type Scope = z.infer<typeof Scope>;

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** Account names are written into the custody log for ever: short, lower case, no spaces. */
export const UserName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,63}$/,
    "1-64 characters: a-z, 0-9, '.', '_' or '-', starting with a letter or digit",
  );

export const UserClearance = Sensitivity;

/**
 * Who is asking, as the policy sees it.
 * - `local`: open local mode (no account exists yet, or `--auth open`): today's single-user behaviour.
 * - `public`: a server in public mode; everyone is this, logged in or not.
 * - `anonymous`: no credentials on a server that requires them.
 * - `session` / `token`: an authenticated account, through a session cookie or an API token.
 */
export interface Principal {
  readonly kind: "local" | "public" | "anonymous" | "session" | "token";
  /** The name written in the custody log. */
  readonly actor: string;
  readonly userId: string | null;
  readonly role: Role | null;
  readonly clearance: Sensitivity;
  /** A token's scopes; null when not restricted by scopes (sessions, local mode). */
  readonly scopes: readonly Scope[] | null;
}

export function actorOfUser(name: string): string {
  return `user:${name}`;
}
