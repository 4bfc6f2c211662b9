import { z } from "zod";
import { AppError } from "../errors.ts";

/**
 * Per-record access (issue 8): an event, claim, source, document, situation or alert may be restricted to
 * named users and groups of users, each with `read` or `write` (write includes read). The rule that applies a restriction to
 * a caller is THE POLICY's (`mayAccessRecord` in src/domain/auth/policy.ts); this file holds the shapes.
 */
export const GRANT_ACCESS = ["read", "write"] as const;
export const GrantAccess = z.enum(GRANT_ACCESS);
export type GrantAccess = z.infer<typeof GrantAccess>;

/** The kinds of record a restriction may cover (situations and alerts since migration 0018). */
export const RESTRICTABLE_KINDS = ["event", "claim", "source", "document", "situation", "alert"] as const;
export type RestrictableKind = (typeof RESTRICTABLE_KINDS)[number];

export function isRestrictable(kind: string): kind is RestrictableKind {
  return (RESTRICTABLE_KINDS as readonly string[]).includes(kind);
}

/** Group names are written into the custody log: the same rule as user names. */
export const GroupName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,63}$/,
    "1-64 characters: a-z, 0-9, '.', '_' or '-', starting with a letter or digit",
  );

export const GRANTEE_KINDS = ["user", "group"] as const;
export type GranteeKind = (typeof GRANTEE_KINDS)[number];

export interface Grantee {
  kind: GranteeKind;
  id: string;
  name: string;
}

export interface RecordGrant {
  grantee: Grantee;
  access: GrantAccess;
  grantedBy: string;
  grantedAt: string;
}

/** A record's restriction: present while the record is restricted, whatever its grants. */
export interface RecordRestriction {
  recordId: string;
  recordKind: RestrictableKind;
  restrictedBy: string;
  restrictedAt: string;
  grants: RecordGrant[];
}

export interface UserGroup {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  members: { id: string; name: string }[];
}

/**
 * Whose grants open restricted records to a read, as stores need it to filter in SQL: a user's (their own
 * grants and their groups'), or `every` record (the use cases' own bookkeeping, never a caller's reads).
 * A caller without an account (open local mode, public mode, the CLI) holds no grant.
 */
export type RecordAccess = { readonly userId: string | null } | "every";
export const NO_GRANTS: RecordAccess = Object.freeze({ userId: null });
export const EVERY_RECORD: RecordAccess = "every";

/** A write on a restricted record the caller may read but holds no write grant for. */
export class RecordWriteForbiddenError extends AppError {
  constructor(kind: string, id: string) {
    super("forbidden", `this ${kind} is restricted: changing it needs a write grant on it`, { kind, id });
  }
}
