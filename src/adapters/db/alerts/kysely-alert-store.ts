import { type Kysely, sql, type Transaction } from "kysely";
import { NO_GRANTS } from "../../../domain/access/record-access.ts";
import type { Alert, AlertVersion } from "../../../domain/alerts/document/alert-version.ts";
import type { CustodyEvent } from "../../../domain/custody/custody-chain.ts";
import type { AlertListQuery, AlertStore, AlertTx, AlertWithVersions } from "../../../ports/alert-store.ts";
import type { Page } from "../../../ports/evidence-store.ts";
import { readableCondition } from "../access/access-condition.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { appendCustody } from "../custody.queries.ts";
import { mapDbError } from "../db-errors.ts";
import type { DB } from "../schema.ts";
import { alertFromRow, versionFromRow, versionToRow } from "./alert.mapper.ts";

// biome-ignore lint/suspicious/noExplicitAny: the alert tables are outside the shared DB type.
type AnyDb = Kysely<any>;

/** Alert documents over Kysely: the same SQL on PGlite and PostgreSQL. */
export class KyselyAlertStore implements AlertStore {
  readonly #db: AnyDb;

  constructor(kysely: Kysely<DB>) {
    this.#db = kysely as AnyDb;
  }

  async transaction<T>(fn: (tx: AlertTx) => Promise<T>): Promise<T> {
    try {
      return await this.#db.transaction().execute((tx) => fn(new KyselyAlertTx(tx)));
    } catch (error) {
      throw mapDbError(error);
    }
  }

  async get(alertId: string): Promise<AlertWithVersions | null> {
    if (!isUuid(alertId)) return null;
    const alert = await this.#db
      .selectFrom("alerts")
      .selectAll()
      .where("id", "=", alertId)
      .executeTakeFirst();
    if (!alert) return null;
    return {
      alert: alertFromRow(alert),
      versions: await versionsOf(this.#db, [alertId]).then((m) => m.get(alertId) ?? []),
    };
  }

  async list(query: AlertListQuery): Promise<Page<AlertWithVersions>> {
    let q = this.#db
      .selectFrom("alerts as a")
      .selectAll("a")
      .orderBy("a.created_at", "desc")
      .orderBy("a.id", "desc")
      .limit(query.limit + 1);
    if (query.publishedOnly)
      q = q.where(
        sql<boolean>`EXISTS (SELECT 1 FROM alert_versions v WHERE v.alert_id = a.id AND v.status = 'published')`,
      );
    q = q.where(readableCondition("alert", query.access ?? NO_GRANTS, "a"));
    if (query.situationId) q = q.where("a.situation_id", "=", query.situationId);
    if (query.status)
      q = q.where(
        sql<boolean>`(SELECT v.status FROM alert_versions v WHERE v.alert_id = a.id ORDER BY v.number DESC LIMIT 1) = ${query.status}`,
      );
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor);
      q = q.where(sql<boolean>`(a.created_at, a.id) < (${at}::timestamptz, ${id}::uuid)`);
    }
    const rows = await q.execute();
    const more = rows.length > query.limit;
    const page = (more ? rows.slice(0, query.limit) : rows).map(alertFromRow);
    const versions = await versionsOf(
      this.#db,
      page.map((a) => a.id),
    );
    const last = page.at(-1);
    return {
      items: page.map((alert) => ({ alert, versions: versions.get(alert.id) ?? [] })),
      nextCursor: more && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  async published(limit: number): Promise<AlertVersion[]> {
    const rows = await this.#db
      .selectFrom("alert_versions")
      .selectAll()
      .where("status", "=", "published")
      .orderBy("published_at", "desc")
      .orderBy("alert_id")
      .orderBy("number", "desc")
      .limit(limit)
      .execute();
    return rows.map(versionFromRow);
  }
}

class KyselyAlertTx implements AlertTx {
  constructor(readonly tx: Transaction<DB>) {}

  get #db(): AnyDb {
    return this.tx as unknown as AnyDb;
  }

  async lock(alertId: string): Promise<AlertWithVersions | null> {
    if (!isUuid(alertId)) return null;
    const alert = await this.#db
      .selectFrom("alerts")
      .selectAll()
      .where("id", "=", alertId)
      .forUpdate()
      .executeTakeFirst();
    if (!alert) return null;
    return {
      alert: alertFromRow(alert),
      versions: (await versionsOf(this.#db, [alertId])).get(alertId) ?? [],
    };
  }

  async insertAlert(a: Alert): Promise<void> {
    await this.#db
      .insertInto("alerts")
      .values({ id: a.id, situation_id: a.situationId, created_at: a.createdAt, created_by: a.createdBy })
      .execute();
  }

  async insertVersion(v: AlertVersion): Promise<void> {
    await this.#db.insertInto("alert_versions").values(versionToRow(v)).execute();
  }

  async updateVersion(v: AlertVersion, expectedRevision: number): Promise<"ok" | "stale"> {
    const { alert_id, number, ...rest } = versionToRow(v);
    const r = await this.#db
      .updateTable("alert_versions")
      .set(rest)
      .where("alert_id", "=", alert_id)
      .where("number", "=", number)
      .where("revision", "=", expectedRevision)
      .where("status", "<>", "published")
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? "ok" : "stale";
  }

  async deleteDraft(alertId: string, number: number, expectedRevision: number): Promise<"ok" | "stale"> {
    const r = await this.#db
      .deleteFrom("alert_versions")
      .where("alert_id", "=", alertId)
      .where("number", "=", number)
      .where("revision", "=", expectedRevision)
      .where("status", "=", "draft")
      .executeTakeFirst();
    if (Number(r.numDeletedRows) !== 1) return "stale";
    await this.#db
      .deleteFrom("alerts")
      .where("id", "=", alertId)
      .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM alert_versions v WHERE v.alert_id = ${alertId}::uuid)`)
      .execute();
    return "ok";
  }

  appendCustody(event: CustodyEvent, at: Date) {
    return appendCustody(this.tx, event, at);
  }
}

async function versionsOf(db: AnyDb, ids: string[]): Promise<Map<string, AlertVersion[]>> {
  const out = new Map<string, AlertVersion[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom("alert_versions")
    .selectAll()
    .where("alert_id", "in", ids)
    .orderBy("alert_id")
    .orderBy("number")
    .execute();
  for (const r of rows) {
    const v = versionFromRow(r);
    out.set(v.alertId, [...(out.get(v.alertId) ?? []), v]);
  }
  return out;
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
