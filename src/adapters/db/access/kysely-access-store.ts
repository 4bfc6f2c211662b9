import { type Kysely, sql, type Transaction } from "kysely";
import type {
  GrantAccess,
  GranteeKind,
  RecordAccess,
  RecordRestriction,
  RestrictableKind,
  UserGroup,
} from "../../../domain/access/record-access.ts";
import type { CustodyEvent } from "../../../domain/custody/custody-chain.ts";
import type { AccessReader, AccessStore, AccessTx } from "../../../ports/access-store.ts";
import { appendCustody } from "../custody.queries.ts";
import { mapDbError } from "../db-errors.ts";
import { isUuid } from "../evidence-reader.ts";
import { preparedSql } from "../prepared.ts";
import type { DB } from "../schema.ts";
import { readableCondition } from "./access-condition.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tables of migration 0013 stay out of the shared DB interface.
type Db = Kysely<any>;

/** Groups, members, restrictions and grants (migration 0013) over Kysely; plain SQL, one concept. */
class AccessQueries implements AccessReader {
  constructor(protected readonly db: Db) {}

  async groups(): Promise<UserGroup[]> {
    const rows = await sql<GroupRow>`${GROUP_SELECT} GROUP BY g.id ORDER BY g.name`.execute(this.db);
    return rows.rows.map(groupFromRow);
  }

  async group(name: string): Promise<UserGroup | null> {
    const rows = await sql<GroupRow>`${GROUP_SELECT} WHERE g.name = ${name} GROUP BY g.id`.execute(this.db);
    return rows.rows[0] ? groupFromRow(rows.rows[0]) : null;
  }

  async groupIdsOf(userId: string): Promise<string[]> {
    if (!isUuid(userId)) return [];
    const rows = await sql<{ group_id: string }>`SELECT group_id FROM user_group_members
      WHERE user_id = ${userId}::uuid ORDER BY group_id`.execute(this.db);
    return rows.rows.map((r) => r.group_id);
  }

  async user(name: string): Promise<{ id: string; name: string } | null> {
    const rows = await sql<{ id: string; name: string }>`SELECT id, name FROM users
      WHERE name = ${name}`.execute(this.db);
    return rows.rows[0] ?? null;
  }

  async restriction(recordId: string): Promise<RecordRestriction | null> {
    if (!isUuid(recordId)) return null;
    const r = await sql<{ record_kind: string; restricted_by: string; restricted_at: string }>`
      SELECT record_kind, restricted_by, restricted_at FROM record_restrictions
      WHERE record_id = ${recordId}::uuid`.execute(this.db);
    const head = r.rows[0];
    if (!head) return null;
    const grants = await sql<{
      kind: GranteeKind;
      id: string;
      name: string;
      access: GrantAccess;
      granted_by: string;
      granted_at: string;
    }>`SELECT 'user' AS kind, u.id, u.name, g.access, g.granted_by, g.granted_at
         FROM record_grants g JOIN users u ON u.id = g.user_id WHERE g.record_id = ${recordId}::uuid
       UNION ALL
       SELECT 'group', ug.id, ug.name, g.access, g.granted_by, g.granted_at
         FROM record_grants g JOIN user_groups ug ON ug.id = g.group_id WHERE g.record_id = ${recordId}::uuid
       ORDER BY 1, 3`.execute(this.db);
    return {
      recordId,
      recordKind: head.record_kind as RestrictableKind,
      restrictedBy: head.restricted_by,
      restrictedAt: head.restricted_at,
      grants: grants.rows.map((g) => ({
        grantee: { kind: g.kind, id: g.id, name: g.name },
        access: g.access,
        grantedBy: g.granted_by,
        grantedAt: g.granted_at,
      })),
    };
  }

  async recordKind(recordId: string): Promise<RestrictableKind | null> {
    if (!isUuid(recordId)) return null;
    const r = await sql<{ kind: RestrictableKind }>`
      SELECT 'event' AS kind FROM events WHERE id = ${recordId}::uuid
      UNION ALL SELECT 'claim' FROM claims WHERE id = ${recordId}::uuid
      UNION ALL SELECT 'source' FROM sources WHERE id = ${recordId}::uuid
      UNION ALL SELECT 'document' FROM documents WHERE id = ${recordId}::uuid
      UNION ALL SELECT 'situation' FROM situations WHERE id = ${recordId}::uuid
      UNION ALL SELECT 'alert' FROM alerts WHERE id = ${recordId}::uuid
      LIMIT 1`.execute(this.db);
    return r.rows[0]?.kind ?? null;
  }

  // The columns of GUARDED_BY (src/domain/auth/policy.ts): a claim's event and situation, an alert's situation.
  async parentsOf(recordId: string): Promise<string[]> {
    if (!isUuid(recordId)) return [];
    const r = await sql<{ id: string | null }>`
      SELECT event_id AS id FROM claims WHERE id = ${recordId}::uuid
      UNION ALL SELECT situation_id FROM claims WHERE id = ${recordId}::uuid
      UNION ALL SELECT situation_id FROM alerts WHERE id = ${recordId}::uuid`.execute(this.db);
    return r.rows.flatMap((x) => (x.id ? [x.id] : []));
  }

  // One statement per guarded request (record-guard.ts): existence, read and write from the row itself.
  async accessOn(kind: RestrictableKind, recordId: string, access: RecordAccess) {
    if (!isUuid(recordId)) return null;
    const r = await preparedSql<{ read: boolean; write: boolean }>(
      this.db,
      sql`SELECT ${readableCondition(kind, access, "r")} AS read,
          ${readableCondition(kind, access, "r", "write")} AS write
        FROM ${sql.table(TABLE_OF[kind])} r WHERE r.id = ${recordId}::uuid`,
    );
    return r.rows[0] ?? null;
  }
}

const TABLE_OF: Record<RestrictableKind, string> = {
  event: "events",
  claim: "claims",
  source: "sources",
  document: "documents",
  situation: "situations",
  alert: "alerts",
};

class KyselyAccessTx extends AccessQueries implements AccessTx {
  constructor(readonly tx: Transaction<DB>) {
    super(tx as Db);
  }

  async insertGroup(g: { id: string; name: string; description: string; createdAt: Date }): Promise<void> {
    await sql`INSERT INTO user_groups (id, name, description, created_at)
      VALUES (${g.id}::uuid, ${g.name}, ${g.description}, ${g.createdAt.toISOString()})`.execute(this.db);
  }

  async deleteGroup(id: string): Promise<boolean> {
    const r = await sql`DELETE FROM user_groups WHERE id = ${id}::uuid`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async addMember(groupId: string, userId: string, at: Date): Promise<boolean> {
    const r = await sql`INSERT INTO user_group_members (group_id, user_id, added_at)
      VALUES (${groupId}::uuid, ${userId}::uuid, ${at.toISOString()}) ON CONFLICT DO NOTHING`.execute(
      this.db,
    );
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async removeMember(groupId: string, userId: string): Promise<boolean> {
    const r = await sql`DELETE FROM user_group_members
      WHERE group_id = ${groupId}::uuid AND user_id = ${userId}::uuid`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async restrict(recordId: string, kind: RestrictableKind, by: string, at: Date): Promise<boolean> {
    const r = await sql`INSERT INTO record_restrictions (record_id, record_kind, restricted_by, restricted_at)
      VALUES (${recordId}::uuid, ${kind}, ${by}, ${at.toISOString()}) ON CONFLICT DO NOTHING`.execute(
      this.db,
    );
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async unrestrict(recordId: string): Promise<boolean> {
    const r = await sql`DELETE FROM record_restrictions WHERE record_id = ${recordId}::uuid`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async setGrant(
    recordId: string,
    grantee: { kind: GranteeKind; id: string },
    access: GrantAccess,
    by: string,
    at: Date,
  ): Promise<GrantAccess | null> {
    const column = sql.ref(grantee.kind === "user" ? "user_id" : "group_id");
    const before = await sql<{ access: GrantAccess }>`SELECT access FROM record_grants
      WHERE record_id = ${recordId}::uuid AND ${column} = ${grantee.id}::uuid FOR UPDATE`.execute(this.db);
    const previous = before.rows[0]?.access ?? null;
    if (previous === null) {
      await sql`INSERT INTO record_grants (record_id, ${column}, access, granted_by, granted_at)
        VALUES (${recordId}::uuid, ${grantee.id}::uuid, ${access}, ${by}, ${at.toISOString()})`.execute(
        this.db,
      );
    } else if (previous !== access) {
      await sql`UPDATE record_grants SET access = ${access}, granted_by = ${by}, granted_at = ${at.toISOString()}
        WHERE record_id = ${recordId}::uuid AND ${column} = ${grantee.id}::uuid`.execute(this.db);
    }
    return previous;
  }

  async deleteGrant(recordId: string, grantee: { kind: GranteeKind; id: string }): Promise<boolean> {
    const column = sql.ref(grantee.kind === "user" ? "user_id" : "group_id");
    const r = await sql`DELETE FROM record_grants
      WHERE record_id = ${recordId}::uuid AND ${column} = ${grantee.id}::uuid`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  appendCustody(event: CustodyEvent, at: Date) {
    return appendCustody(this.tx, event, at);
  }
}

export class KyselyAccessStore extends AccessQueries implements AccessStore {
  constructor(private readonly kysely: Kysely<DB>) {
    super(kysely as Db);
  }

  async transaction<T>(fn: (tx: AccessTx) => Promise<T>): Promise<T> {
    try {
      return await this.kysely.transaction().execute((tx) => fn(new KyselyAccessTx(tx)));
    } catch (error) {
      throw mapDbError(error);
    }
  }
}

interface GroupRow {
  id: string;
  name: string;
  description: string;
  created_at: string;
  members: { id: string; name: string }[] | null;
}

const GROUP_SELECT = sql`SELECT g.id, g.name, g.description, g.created_at,
    coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name)
      FILTER (WHERE u.id IS NOT NULL), '[]') AS members
  FROM user_groups g LEFT JOIN user_group_members m ON m.group_id = g.id LEFT JOIN users u ON u.id = m.user_id`;

function groupFromRow(r: GroupRow): UserGroup {
  const members = typeof r.members === "string" ? JSON.parse(r.members) : (r.members ?? []);
  return { id: r.id, name: r.name, description: r.description, createdAt: r.created_at, members };
}
