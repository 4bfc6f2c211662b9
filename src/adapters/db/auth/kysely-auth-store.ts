import type { Kysely, Transaction } from "kysely";
import type { Role, Scope } from "../../../domain/auth/principal.ts";
import type { CustodyEvent } from "../../../domain/custody/custody-chain.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import type { AuthStore, SessionRecord, TokenRecord, UserRecord } from "../../../ports/auth-store.ts";
import { appendCustody } from "../custody.queries.ts";
import { mapDbError } from "../db-errors.ts";
import { isUuid } from "../evidence-reader.ts";
import { prepared } from "../prepared.ts";

interface UsersTable {
  id: string;
  name: string;
  password_hash: string;
  role: string;
  clearance: string;
  disabled: boolean;
  failed_logins: number;
  locked_until: string | null;
  totp_secret: string | null;
  /** Migration 0014: the time step of the last TOTP code accepted. */
  totp_last_step?: string | number | null;
  created_at: string;
  updated_at: string;
}

interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** The tables of migration 0009, apart from the shared DB interface (schema.ts) that other work edits. */
interface AuthDB {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
}

/** What `userFromRow` reads, named (a prepared statement must not `SELECT *`: see prepared.ts). */
const USER_COLUMNS = [
  "id",
  "name",
  "password_hash",
  "role",
  "clearance",
  "disabled",
  "failed_logins",
  "locked_until",
  "totp_secret",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof UsersTable)[];

const userFromRow = (r: Omit<UsersTable, "totp_last_step">): UserRecord => ({
  id: r.id,
  name: r.name,
  passwordHash: r.password_hash,
  role: r.role as Role,
  clearance: r.clearance as Sensitivity,
  disabled: r.disabled,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
  totpSecret: r.totp_secret,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const sessionFromRow = (r: SessionsTable): SessionRecord => ({
  idHash: r.id_hash,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
});

export class KyselyAuthStore implements AuthStore {
  private readonly db: Kysely<AuthDB>;
  // biome-ignore lint/suspicious/noExplicitAny: the shared DB interface does not list these tables.
  constructor(db: Kysely<any>) {
    this.db = db as unknown as Kysely<AuthDB>;
  }

  async countUsers() {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Runs a write alone, or, with a custody event, in one transaction with its custody entry (account and
   * token changes are in the custody log: issue 8).
   */
  private async withCustody<T>(
    custody: CustodyEvent | undefined,
    at: string,
    write: (db: Kysely<AuthDB>) => Promise<T>,
  ): Promise<T> {
    if (!custody) return write(this.db);
    return this.db.transaction().execute(async (tx) => {
      const out = await write(tx);
      // biome-ignore lint/suspicious/noExplicitAny: the custody table is in the shared DB type, not AuthDB.
      await appendCustody(tx as unknown as Transaction<any>, custody, new Date(at));
      return out;
    });
  }

  async addUser(u: UserRecord, custody?: CustodyEvent) {
    try {
      await this.withCustody(custody, u.createdAt, (db) =>
        db
          .insertInto("users")
          .values({
            id: u.id,
            name: u.name,
            password_hash: u.passwordHash,
            role: u.role,
            clearance: u.clearance,
            disabled: u.disabled,
            failed_logins: u.failedLogins,
            locked_until: u.lockedUntil,
            totp_secret: u.totpSecret,
            created_at: u.createdAt,
            updated_at: u.updatedAt,
          })
          .execute(),
      );
    } catch (error) {
      throw mapDbError(error);
    }
  }

  async listUsers() {
    const rows = await this.db.selectFrom("users").selectAll().orderBy("name").execute();
    return rows.map(userFromRow);
  }

  async userByName(name: string) {
    const row = await this.db.selectFrom("users").selectAll().where("name", "=", name).executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async userById(id: string) {
    if (!isUuid(id)) return null;
    const row = await this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async updateUser(
    id: string,
    c: Parameters<AuthStore["updateUser"]>[1],
    now: string,
    custody?: CustodyEvent,
  ) {
    const set: Partial<UsersTable> = { updated_at: now };
    if (c.passwordHash !== undefined) set.password_hash = c.passwordHash;
    if (c.disabled !== undefined) set.disabled = c.disabled;
    if (c.failedLogins !== undefined) set.failed_logins = c.failedLogins;
    if (c.lockedUntil !== undefined) set.locked_until = c.lockedUntil;
    // A new second factor (or none) starts its replay guard afresh: the last step was the old secret's.
    if (c.totpSecret !== undefined) {
      set.totp_secret = c.totpSecret;
      set.totp_last_step = null;
    }
    if (c.role !== undefined) set.role = c.role;
    if (c.clearance !== undefined) set.clearance = c.clearance;
    await this.withCustody(custody, now, (db) =>
      db.updateTable("users").set(set).where("id", "=", id).execute(),
    );
  }

  async claimTotpStep(userId: string, step: number) {
    const r = await this.db
      .updateTable("users")
      .set({ totp_last_step: step })
      .where("id", "=", userId)
      .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async addSession(s: SessionRecord) {
    await this.db
      .insertInto("sessions")
      .values({
        id_hash: s.idHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        last_seen_at: s.lastSeenAt,
        expires_at: s.expiresAt,
      })
      .execute();
  }

  async sessionWithUser(idHash: string) {
    const query = this.db
      .selectFrom("sessions as s")
      .innerJoin("users as u", "u.id", "s.user_id")
      .select(USER_COLUMNS.map((c) => `u.${c}` as const))
      .select([
        "s.id_hash as session_id_hash",
        "s.csrf_token as session_csrf_token",
        "s.created_at as session_created_at",
        "s.last_seen_at as session_last_seen_at",
        "s.expires_at as session_expires_at",
      ])
      .where("s.id_hash", "=", idHash);
    // One prepared round trip, as for a token: every request the web app makes carries the session.
    const row = (await prepared(this.db, query)).rows[0];
    if (!row) return null;
    const session = sessionFromRow({
      id_hash: row.session_id_hash,
      user_id: row.id,
      csrf_token: row.session_csrf_token,
      created_at: row.session_created_at,
      last_seen_at: row.session_last_seen_at,
      expires_at: row.session_expires_at,
    });
    return { session, user: userFromRow(row) };
  }

  async touchSession(idHash: string, lastSeenAt: string, expiresAt: string) {
    await this.db
      .updateTable("sessions")
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where("id_hash", "=", idHash)
      .execute();
  }

  async deleteSession(idHash: string) {
    await this.db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
  }

  async deleteSessionsOf(userId: string) {
    const r = await this.db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async deleteExpiredSessions(now: string) {
    const r = await this.db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async addToken(
    t: Omit<TokenRecord, "userName" | "lastUsedAt" | "revokedAt">,
    tokenHash: string,
    custody?: CustodyEvent,
  ) {
    try {
      await this.withCustody(custody, t.createdAt, (db) =>
        db
          .insertInto("api_tokens")
          .values({
            id: t.id,
            user_id: t.userId,
            name: t.name,
            token_hash: tokenHash,
            scopes: t.scopes,
            created_at: t.createdAt,
            expires_at: t.expiresAt,
            revoked_at: null,
            last_used_at: null,
          })
          .execute(),
      );
    } catch (error) {
      throw mapDbError(error);
    }
  }

  private tokens() {
    return this.db
      .selectFrom("api_tokens as t")
      .innerJoin("users as u", "u.id", "t.user_id")
      .select([
        "t.id",
        "t.user_id",
        "u.name as user_name",
        "t.name",
        "t.scopes",
        "t.created_at",
        "t.expires_at",
        "t.revoked_at",
        "t.last_used_at",
      ]);
  }

  /** A token and its account in one round trip: every request made with a token asks for both. */
  async tokenWithUser(tokenHash: string) {
    const query = this.db
      .selectFrom("api_tokens as t")
      .innerJoin("users as u", "u.id", "t.user_id")
      .select(USER_COLUMNS.map((c) => `u.${c}` as const))
      .select([
        "t.id as token_id",
        "t.name as token_name",
        "t.scopes as token_scopes",
        "t.created_at as token_created_at",
        "t.expires_at as token_expires_at",
        "t.revoked_at as token_revoked_at",
        "t.last_used_at as token_last_used_at",
      ])
      .where("t.token_hash", "=", tokenHash);
    // Prepared: parsing and planning this join cost more than running it, on every request with a token.
    const row = (await prepared(this.db, query)).rows[0];
    if (!row) return null;
    const token = tokenFromRow({
      id: row.token_id,
      user_id: row.id,
      user_name: row.name,
      name: row.token_name,
      scopes: row.token_scopes,
      created_at: row.token_created_at,
      expires_at: row.token_expires_at,
      revoked_at: row.token_revoked_at,
      last_used_at: row.token_last_used_at,
    });
    return { token, user: userFromRow(row) };
  }

  async listTokens(userId?: string) {
    let q = this.tokens().orderBy("u.name").orderBy("t.created_at").orderBy("t.id");
    if (userId !== undefined) q = q.where("t.user_id", "=", userId);
    return (await q.execute()).map(tokenFromRow);
  }

  async revokeToken(id: string, now: string, custody?: CustodyEvent) {
    if (!isUuid(id)) return false;
    const revoke = async (db: Kysely<AuthDB>) => {
      const r = await db
        .updateTable("api_tokens")
        .set({ revoked_at: now })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    };
    if (!custody) return revoke(this.db);
    // Nothing revoked (already revoked, unknown): no custody entry either.
    return this.db.transaction().execute(async (tx) => {
      const done = await revoke(tx);
      // biome-ignore lint/suspicious/noExplicitAny: the custody table is in the shared DB type, not AuthDB.
      if (done) await appendCustody(tx as unknown as Transaction<any>, custody, new Date(now));
      return done;
    });
  }

  async markTokenUsed(id: string, now: string) {
    await this.db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
  }
}

function tokenFromRow(r: {
  id: string;
  user_id: string;
  user_name: string;
  name: string;
  scopes: string[];
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}): TokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    name: r.name,
    scopes: r.scopes as Scope[],
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}
