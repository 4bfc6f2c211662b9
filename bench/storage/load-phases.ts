import { sql } from "kysely";
import { EVENT_COPY_COLUMNS, eventsCsv } from "../../src/adapters/db/bulk-event-writer.ts";
import { appendCustody } from "../../src/adapters/db/custody.queries.ts";
import { timeOrderedIds } from "../../src/app/time-ordered-ids.ts";
import type { AppContext } from "../../src/bootstrap.ts";
import { idsDigest } from "../../src/domain/custody/batch-digest.ts";
import type { EventInput } from "../../src/domain/evidence/entities.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { ACTOR_COUNT, syntheticActorIds, syntheticEvents } from "../synthetic-events.ts";

export type LoadPhase = "bare" | "direct" | "tocsin";

export interface LoadResult {
  rows: number;
  /** Seconds spent writing (row generation by the benchmark is not counted). */
  seconds: number;
  /** For "bare": seconds spent encoding the CSV, which the bare COPY figure leaves out. */
  encodeSeconds?: number;
  extra: Record<string, unknown>;
}

const timer = () => {
  let total = 0;
  return {
    async time<T>(fn: () => Promise<T>): Promise<T> {
      const t0 = performance.now();
      try {
        return await fn();
      } finally {
        total += performance.now() - t0;
      }
    },
    get seconds() {
      return total / 1000;
    },
  };
};

/**
 * The three ways of loading the same synthetic rows that the benchmark compares:
 * - bare: COPY of ready-made CSV into a plain table with the same columns and no index, constraint or
 *   generated column: the database's limit;
 * - direct: tocsin's CSV encoding and COPY straight into `events` (indexes, constraints, the generated
 *   search vector), one transaction and custody entry per batch, but no duplicate handling: a repeated
 *   external id would fail its batch;
 * - tocsin: the real bulk path (BulkEventsService): COPY into a staging table, INSERT ... SELECT ... ON
 *   CONFLICT DO NOTHING into `events`, reference checks, one custody entry per batch.
 */
export async function runLoad(
  app: AppContext,
  phase: LoadPhase,
  rows: number,
  batch: number,
): Promise<LoadResult> {
  if (phase === "tocsin") await createActors(app);
  if (phase === "bare") {
    await sql
      .raw(`CREATE TABLE bench_bare AS SELECT ${EVENT_COPY_COLUMNS.join(", ")} FROM events WITH NO DATA`)
      .execute(app.database.db);
  }
  const newId = timeOrderedIds(systemClock);
  const write = timer();
  const encode = timer();
  for (const inputs of syntheticEvents(rows, batch)) {
    if (phase === "tocsin") {
      await write.time(() =>
        app.bulkEvents.writeBatch(inputs, { caller: BENCH_CALLER, dataset: "synthetic-ged" }),
      );
    } else if (phase === "direct") {
      await write.time(() => direct(app, inputs, newId));
    } else {
      const csv = await encode.time(async () => eventsCsv(withIds(inputs, newId)));
      await write.time(() => app.database.copyCsv("bench_bare", EVENT_COPY_COLUMNS, csv));
    }
  }
  // As an import ends (BulkEventsService.writeAll does the same): statistics for the query planner.
  if (phase === "tocsin") await write.time(() => app.bulkEvents.refreshStatistics());
  const table = phase === "bare" ? "bench_bare" : "events";
  const stored = await sql<{ n: number; bytes: number }>`SELECT count(*)::int AS n,
    pg_total_relation_size(${table}::regclass)::float8 AS bytes FROM ${sql.table(table)}`.execute(
    app.database.db,
  );
  const r = stored.rows[0];
  if (r?.n !== rows) throw new Error(`${phase}: ${r?.n} rows stored, expected ${rows}`);
  return {
    rows,
    seconds: write.seconds,
    ...(phase === "bare" ? { encodeSeconds: encode.seconds } : {}),
    extra: { tableMiB: Math.round((r?.bytes ?? 0) / 2 ** 20) },
  };
}

const BENCH_CALLER = { actor: "bench", clearance: "confidential" } as const;

function withIds(inputs: readonly EventInput[], newId: () => string) {
  return inputs.map((input, i) => ({ id: newId(), input, row: i + 1 }));
}

async function direct(app: AppContext, inputs: readonly EventInput[], newId: () => string) {
  const rows = withIds(inputs, newId);
  const csv = eventsCsv(rows);
  await app.database.copyTransaction(async (tx, copy) => {
    await copy("events", EVENT_COPY_COLUMNS, csv);
    const ids = rows.map((r) => r.id);
    await appendCustody(
      tx,
      {
        actor: BENCH_CALLER.actor,
        action: "import",
        targetType: "event-batch",
        targetId: `${ids[0]}..${ids.at(-1)}`,
        reason: null,
        details: { count: ids.length, idsSha256: idsDigest(ids) },
      },
      new Date(),
    );
  });
}

/** The actors the synthetic events name as perpetrators (the bulk path checks that they exist). */
async function createActors(app: AppContext) {
  const ids = syntheticActorIds();
  if (ids.length !== ACTOR_COUNT) throw new Error("actor ids");
  await app.database.db
    .insertInto("actors")
    .values(
      ids.map((id, i) => ({
        id,
        name: `Synthetic actor ${i + 1}`,
        kind: "armed-group",
        aliases: [],
        sensitivity: "public",
      })),
    )
    .execute();
}
