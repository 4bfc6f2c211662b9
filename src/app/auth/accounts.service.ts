import { randomUUID } from "node:crypto";
import { accountCustody, UNNAMED_ACTOR } from "../../domain/auth/account-custody.ts";
import { hashPassword, passwordProblem } from "../../domain/auth/password.ts";
import { type Role, Scope, UserName } from "../../domain/auth/principal.ts";
import { digestSecret, newApiToken } from "../../domain/auth/secrets.ts";
import { newTotpSecret } from "../../domain/auth/totp.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import type { AuthStore, TokenRecord, UserRecord } from "../../ports/auth-store.ts";
import type { Clock } from "../../ports/clock.ts";

/** An account as shown to people and in JSON: never the password hash or the TOTP secret. */
export interface UserView {
  id: string;
  name: string;
  role: Role;
  clearance: Sensitivity;
  disabled: boolean;
  lockedUntil: string | null;
  secondFactor: boolean;
  createdAt: string;
}

export type TokenView = TokenRecord;

export function userView(u: UserRecord): UserView {
  return {
    id: u.id,
    name: u.name,
    role: u.role,
    clearance: u.clearance,
    disabled: u.disabled,
    lockedUntil: u.lockedUntil,
    secondFactor: u.totpSecret !== null,
    createdAt: u.createdAt,
  };
}

export interface NewUser {
  name: string;
  password: string;
  role: Role;
  clearance: Sensitivity;
  /** Turn the TOTP second factor on: the secret is returned once, to give to an authenticator app. */
  totp?: boolean;
}

/**
 * Accounts and API tokens (`tocsin user`, `tocsin token`). Every change to an account ends its sessions, and
 * every change is in the custody log under the name `by` (the person or process making it).
 */
export class AccountsService {
  constructor(
    private readonly store: AuthStore,
    private readonly clock: Clock,
    /** Told when the first account appears: the server leaves open local mode at once. */
    private readonly onUserAdded: () => void = () => {},
  ) {}

  async addUser(
    input: NewUser,
    by: string = UNNAMED_ACTOR,
  ): Promise<{ user: UserView; totpSecret: string | null }> {
    const name = checkName(input.name);
    checkPassword(input.password);
    if (await this.store.userByName(name)) throw new ConflictError(`a user named ${name} already exists`);
    const now = this.clock.now().toISOString();
    const totpSecret = input.totp ? newTotpSecret() : null;
    const user: UserRecord = {
      id: randomUUID(),
      name,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      clearance: input.clearance,
      disabled: false,
      failedLogins: 0,
      lockedUntil: null,
      totpSecret,
      createdAt: now,
      updatedAt: now,
    };
    await this.store.addUser(user, accountCustody.added(by, user, totpSecret !== null));
    this.onUserAdded();
    return { user: userView(user), totpSecret };
  }

  async listUsers(): Promise<UserView[]> {
    return (await this.store.listUsers()).map(userView);
  }

  /** Disables (or enables again) an account; a disabled account's sessions end and its tokens stop working. */
  async setDisabled(
    name: string,
    disabled: boolean,
    by: string = UNNAMED_ACTOR,
  ): Promise<{ user: UserView; sessionsEnded: number }> {
    const user = await this.user(name);
    await this.store.updateUser(
      user.id,
      { disabled },
      this.clock.now().toISOString(),
      accountCustody.disabled(by, user, disabled),
    );
    const sessionsEnded = disabled ? await this.store.deleteSessionsOf(user.id) : 0;
    return { user: userView({ ...user, disabled }), sessionsEnded };
  }

  /**
   * A new password (and optionally a new second factor, or none): clears a lockout and ends every session.
   */
  async resetPassword(
    name: string,
    password: string,
    totp: "keep" | "new" | "off" = "keep",
    by: string = UNNAMED_ACTOR,
  ): Promise<{ user: UserView; totpSecret: string | null; sessionsEnded: number }> {
    const user = await this.user(name);
    checkPassword(password);
    const totpSecret = totp === "new" ? newTotpSecret() : totp === "off" ? null : user.totpSecret;
    await this.store.updateUser(
      user.id,
      // A new secret (or none) only when asked: the store then forgets the last accepted step with the old
      // secret, so the new secret's first code is not refused as a replay within the same 30 s step.
      {
        passwordHash: await hashPassword(password),
        failedLogins: 0,
        lockedUntil: null,
        ...(totp === "keep" ? {} : { totpSecret }),
      },
      this.clock.now().toISOString(),
      accountCustody.reset(by, user, totp),
    );
    const sessionsEnded = await this.store.deleteSessionsOf(user.id);
    const updated = { ...user, failedLogins: 0, lockedUntil: null, totpSecret };
    return { user: userView(updated), totpSecret: totp === "new" ? totpSecret : null, sessionsEnded };
  }

  /**
   * A new role and/or clearance for an account; its sessions end (they carried the old ones). Tokens keep
   * working with the new role (a token never carries more than its account's role).
   */
  async setRole(
    name: string,
    change: { role?: Role; clearance?: Sensitivity },
    by: string = UNNAMED_ACTOR,
  ): Promise<{ user: UserView; sessionsEnded: number }> {
    const user = await this.user(name);
    const to = { role: change.role ?? user.role, clearance: change.clearance ?? user.clearance };
    if (to.role === user.role && to.clearance === user.clearance) {
      throw new ConflictError(`${name} already has the role ${to.role} and clearance ${to.clearance}`);
    }
    await this.store.updateUser(
      user.id,
      to,
      this.clock.now().toISOString(),
      accountCustody.roleChanged(by, user, to),
    );
    const sessionsEnded = await this.store.deleteSessionsOf(user.id);
    return { user: userView({ ...user, ...to }), sessionsEnded };
  }

  /** A new API token for `userName`; the token itself is in the result only (it is stored hashed). */
  async addToken(
    userName: string,
    input: { name: string; scopes: string[]; expiresAt?: string | null },
    by: string = UNNAMED_ACTOR,
  ): Promise<{ token: string; record: TokenView }> {
    const user = await this.user(userName);
    const label = input.name.trim();
    if (label.length === 0 || label.length > 200 || /\p{Cc}/u.test(label)) {
      invalid("name", "1-200 printable characters");
    }
    const scopes = [...new Set(input.scopes)];
    const bad = scopes.find((s) => !Scope.safeParse(s).success);
    if (scopes.length === 0 || bad !== undefined) {
      invalid("scopes", `one or more of ${Scope.options.join(", ")}${bad ? ` (not "${bad}")` : ""}`);
    }
    const now = this.clock.now();
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt !== null && !(Date.parse(expiresAt) > now.getTime())) {
      invalid("expires", "a date in the future");
    }
    const token = newApiToken();
    const record = {
      id: randomUUID(),
      userId: user.id,
      name: label,
      scopes: scopes as Scope[],
      createdAt: now.toISOString(),
      expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
    };
    await this.store.addToken(
      record,
      digestSecret(token),
      accountCustody.tokenAdded(by, { ...record, userName: user.name }),
    );
    return { token, record: { ...record, userName: user.name, revokedAt: null, lastUsedAt: null } };
  }

  async listTokens(userName?: string): Promise<TokenView[]> {
    const userId = userName === undefined ? undefined : (await this.user(userName)).id;
    return this.store.listTokens(userId);
  }

  async revokeToken(id: string, by: string = UNNAMED_ACTOR): Promise<void> {
    const known = (await this.store.listTokens()).find((t) => t.id === id);
    const custody = known ? accountCustody.tokenRevoked(by, known) : undefined;
    if (!(await this.store.revokeToken(id, this.clock.now().toISOString(), custody))) {
      if (known) throw new ConflictError(`token ${id} is already revoked`);
      throw new NotFoundError("token", id);
    }
  }

  private async user(name: string): Promise<UserRecord> {
    const user = await this.store.userByName(name);
    if (!user) throw new NotFoundError("user", name);
    return user;
  }
}

function checkName(name: string): string {
  const parsed = UserName.safeParse(name);
  if (!parsed.success) invalid("name", parsed.error.issues[0]?.message ?? "invalid");
  return name;
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) invalid("password", problem);
}

function invalid(path: string, message: string): never {
  throw new ValidationError(`${path}: ${message}`, [{ path, message }]);
}
