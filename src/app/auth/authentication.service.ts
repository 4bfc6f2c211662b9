import { accountCustody } from "../../domain/auth/account-custody.ts";
import {
  afterFailure,
  isLocked,
  MAX_FAILED_LOGINS,
  SESSION_TOUCH_MS,
  sessionExpiry,
} from "../../domain/auth/limits.ts";
import { DUMMY_HASH, MAX_PASSWORD_LENGTH, verifyPassword } from "../../domain/auth/password.ts";
import { actorOfUser, type Principal } from "../../domain/auth/principal.ts";
import { digestSecret, newSecret } from "../../domain/auth/secrets.ts";
import { totpStep } from "../../domain/auth/totp.ts";
import type { AuthStore, SessionRecord, UserRecord } from "../../ports/auth-store.ts";
import type { Clock } from "../../ports/clock.ts";
import { type UserView, userView } from "./accounts.service.ts";

/** How often, at most, a server without accounts asks the database whether one was added meanwhile. */
const USERS_RECHECK_MS = 1000;

export interface LoginInput {
  name: string;
  password: string;
  /** The TOTP code, for accounts with a second factor. */
  code?: string;
}

export type LoginResult =
  | { ok: true; sessionId: string; csrfToken: string; expiresAt: string; user: UserView }
  /** Why, for tests and the server's own reasoning; callers are told only that the login failed. */
  | {
      ok: false;
      why:
        | "unknown-user"
        | "wrong-password"
        | "wrong-code"
        | "replayed-code"
        | "code-required"
        | "locked"
        | "disabled";
    };

export interface SessionInfo {
  principal: Principal;
  csrfToken: string;
  expiresAt: string;
  user: UserView;
}

/** Logins, sessions and token checks: credentials in, a Principal out (the policy decides the rest). */
export class AuthenticationService {
  private usersExist = false;
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: AuthStore,
    private readonly clock: Clock,
  ) {}

  /** Whether any account exists. Once one does, the answer never goes back (accounts are disabled, not deleted). */
  async hasUsers(): Promise<boolean> {
    if (this.usersExist) return true;
    const now = Date.now();
    if (now - this.checkedAt < USERS_RECHECK_MS) return false;
    this.checkedAt = now;
    this.usersExist = (await this.store.countUsers()) > 0;
    return this.usersExist;
  }

  /** Called by the accounts service in this process: no wait for the next check. */
  userAdded(): void {
    this.usersExist = true;
  }

  /**
   * Checks a name, password and code; on success a NEW session (a session id the caller brought along is
   * ended first, so a planted id never becomes a logged-in one). Failures count towards the lockout.
   */
  async login(input: LoginInput, previousSessionId?: string): Promise<LoginResult> {
    if (previousSessionId) await this.store.deleteSession(digestSecret(previousSessionId));
    const now = this.clock.now();
    const password = input.password.slice(0, MAX_PASSWORD_LENGTH + 1);
    const user = await this.store.userByName(input.name);
    // The same scrypt work whether or not the account exists, so timing does not tell names apart.
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user) return { ok: false, why: "unknown-user" };
    if (isLocked(user, now)) return { ok: false, why: "locked" };
    if (!passwordOk) return this.failed(user, now, "wrong-password");
    if (user.totpSecret !== null) {
      if (!input.code) return { ok: false, why: "code-required" };
      const step = totpStep(user.totpSecret, input.code, Math.floor(now.getTime() / 1000));
      if (step === null) return this.failed(user, now, "wrong-code");
      // A code is good once: only for a step later than the last one accepted (atomic in the store, so two
      // logins racing with one code cannot both pass). A replay counts as a failure like a wrong code.
      if (!(await this.store.claimTotpStep(user.id, step))) return this.failed(user, now, "replayed-code");
    }
    if (user.disabled) return { ok: false, why: "disabled" };
    if (user.failedLogins > 0 || user.lockedUntil !== null) {
      await this.store.updateUser(user.id, { failedLogins: 0, lockedUntil: null }, now.toISOString());
    }
    const sessionId = newSecret();
    const createdAt = now.toISOString();
    const session: SessionRecord = {
      idHash: digestSecret(sessionId),
      userId: user.id,
      csrfToken: newSecret(),
      createdAt,
      lastSeenAt: createdAt,
      expiresAt: sessionExpiry(createdAt, now),
    };
    await this.store.addSession(session);
    return {
      ok: true,
      sessionId,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      user: userView(user),
    };
  }

  /** The session a cookie names, if it is live and its account enabled; refreshes its idle timeout. */
  async session(sessionId: string): Promise<SessionInfo | null> {
    const idHash = digestSecret(sessionId);
    const found = await this.store.sessionWithUser(idHash);
    if (!found) return null;
    const { session, user } = found;
    const now = this.clock.now();
    if (Date.parse(session.expiresAt) <= now.getTime()) {
      await this.store.deleteSession(idHash);
      return null;
    }
    if (user.disabled) return null;
    let expiresAt = session.expiresAt;
    if (now.getTime() - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_MS) {
      expiresAt = sessionExpiry(session.createdAt, now);
      await this.store.touchSession(idHash, now.toISOString(), expiresAt);
    }
    return {
      principal: principalOf(user, "session"),
      csrfToken: session.csrfToken,
      expiresAt,
      user: userView(user),
    };
  }

  async logout(sessionId: string): Promise<void> {
    await this.store.deleteSession(digestSecret(sessionId));
  }

  /** The principal of a live API token (not revoked, not expired, its account enabled), or null. */
  async token(token: string): Promise<Principal | null> {
    const found = await this.store.tokenWithUser(digestSecret(token));
    const now = this.clock.now();
    if (!found || found.token.revokedAt !== null) return null;
    const { token: record, user } = found;
    if (record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime()) return null;
    if (user.disabled) return null;
    if (record.lastUsedAt === null || now.getTime() - Date.parse(record.lastUsedAt) >= SESSION_TOUCH_MS) {
      await this.store.markTokenUsed(record.id, now.toISOString());
    }
    return { ...principalOf(user, "token"), scopes: record.scopes };
  }

  private async failed(
    user: UserRecord,
    now: Date,
    why: "wrong-password" | "wrong-code" | "replayed-code",
  ): Promise<LoginResult> {
    const after = afterFailure(user, now);
    // The failure that locks the account is in the custody log (at most one entry per lockout period).
    const locks = after.lockedUntil !== null && !isLocked(user, now);
    const custody =
      locks && after.lockedUntil
        ? accountCustody.lockedOut(user, MAX_FAILED_LOGINS, after.lockedUntil)
        : undefined;
    await this.store.updateUser(user.id, after, now.toISOString(), custody);
    return { ok: false, why };
  }
}

function principalOf(user: UserRecord, kind: "session" | "token"): Principal {
  return {
    kind,
    actor: actorOfUser(user.name),
    userId: user.id,
    role: user.role,
    clearance: user.clearance,
    scopes: null,
  };
}
