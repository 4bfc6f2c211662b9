import { type Kysely, sql } from "kysely";
import type { DB } from "../../adapters/db/schema.ts";
import type { EventIds } from "./batch-check.ts";
import type { DocumentHashes } from "./verify-store.ts";

/**
 * Every document's id and recorded hash, keyset-paged by id. (The reader's list() pages by created_at,
 * which verification does not need, and must not skip or repeat rows.)
 */
export function documentHashes(db: Kysely<DB>): DocumentHashes {
  return {
    async count() {
      const row = await db
        .selectFrom("documents")
        .select(sql<number>`count(*)::int`.as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async page(afterId, limit) {
      let q = db.selectFrom("documents").select(["id", "sha256"]).orderBy("id").limit(limit);
      if (afterId) q = q.where("id", ">", afterId);
      return q.execute();
    },
  };
}

/** Event ids in a range, keyset-paged (for the bulk batch check). */
export function eventIds(db: Kysely<DB>): EventIds {
  return {
    async between(firstId, lastId, afterId, limit) {
      let q = db
        .selectFrom("events")
        .select("id")
        .where("id", ">=", firstId)
        .where("id", "<=", lastId)
        .orderBy("id")
        .limit(limit);
      if (afterId) q = q.where("id", ">", afterId);
      return (await q.execute()).map((r) => r.id);
    },
  };
}
