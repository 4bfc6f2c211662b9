import type { Role, Scope } from "../domain/auth/principal.ts";
import type { CustodyEvent } from "../domain/custody/custody-chain.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";

/** An account as stored (the password hash and TOTP secret never leave the auth use cases). */
export interface UserRecord {
  id: string;
  name: string;
  passwordHash: string;
  role: Role;
  clearance: Sensitivity;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  totpSecret: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface TokenRecord {
  id: string;
  userId: string;
  userName: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/**
 * Accounts, sessions and API tokens (migration 0009). The writes that change an account or a token take an
 * optional custody event, appended in the same transaction (never a password, hash, token or TOTP secret).
 */
export interface AuthStore {
  countUsers(): Promise<number>;
  addUser(user: UserRecord, custody?: CustodyEvent): Promise<void>;
  listUsers(): Promise<UserRecord[]>;
  userByName(name: string): Promise<UserRecord | null>;
  userById(id: string): Promise<UserRecord | null>;
  updateUser(
    id: string,
    changes: Partial<
      Pick<
        UserRecord,
        "passwordHash" | "disabled" | "failedLogins" | "lockedUntil" | "totpSecret" | "role" | "clearance"
      >
    >,
    now: string,
    custody?: CustodyEvent,
  ): Promise<void>;

  /**
   * Records `step` as the account's last accepted TOTP step if it is later than the one recorded (one
   * statement): false when it is not, i.e. the code was already used (a replay).
   */
  claimTotpStep(userId: string, step: number): Promise<boolean>;

  addSession(session: SessionRecord): Promise<void>;
  /** The session with this hash and its account, read together (a session whose account is gone: null). */
  sessionWithUser(idHash: string): Promise<{ session: SessionRecord; user: UserRecord } | null>;
  touchSession(idHash: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsOf(userId: string): Promise<number>;
  deleteExpiredSessions(now: string): Promise<number>;

  addToken(
    token: Omit<TokenRecord, "userName" | "lastUsedAt" | "revokedAt">,
    tokenHash: string,
    custody?: CustodyEvent,
  ): Promise<void>;
  /** The token with this hash and its account, read together. */
  tokenWithUser(tokenHash: string): Promise<{ token: TokenRecord; user: UserRecord } | null>;
  listTokens(userId?: string): Promise<TokenRecord[]>;
  revokeToken(id: string, now: string, custody?: CustodyEvent): Promise<boolean>;
  markTokenUsed(id: string, now: string): Promise<void>;
}
