import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Clock } from "../../ports/clock.ts";
import type { Page } from "../../ports/evidence-store.ts";
import type { EnqueueInput, Job, JobListQuery, JobQueue } from "../../ports/job-queue.ts";
import { decodeCursor, encodeCursor } from "../db/cursor.ts";
import { json } from "../db/mappers/common.ts";
import type { DB } from "../db/schema.ts";

type Row = Record<string, unknown>;

/**
 * The job queue as one table (migration 0007), the same SQL on PGlite and PostgreSQL. Why not pg-boss on
 * PostgreSQL: a second queue would mean two code paths, two sets of tests and a second schema to migrate,
 * for what a 150-line table queue does here: leases, retries with backoff, one active job per key, and
 * `FOR UPDATE SKIP LOCKED` so that many `tocsin worker` processes on PostgreSQL each claim a different job
 * without blocking (on PGlite there is one connection, so claims are serial anyway). Our volume is a few
 * imports an hour, far from where pg-boss's extras (cron, throttling, archiving) would pay.
 *
 * Times come from the Clock (tests move it to expire a lease); workers on several machines need clocks
 * in step to well under the lease (NTP), which leases of minutes make easy.
 */
export class TableJobQueue implements JobQueue {
  constructor(
    readonly db: Kysely<DB>,
    readonly clock: Clock,
  ) {}

  async enqueue(input: EnqueueInput): Promise<{ job: Job; created: boolean }> {
    const now = this.#now();
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await sql<Row>`
        INSERT INTO jobs (id, kind, payload, status, dedupe_key, max_attempts, run_after, created_by,
                          created_at, updated_at)
        VALUES (${randomUUID()}, ${input.kind}, ${JSON.stringify(input.payload)}::jsonb, 'queued',
                ${input.dedupeKey ?? null}, ${input.maxAttempts ?? 3}, ${now}::timestamptz, ${input.createdBy},
                ${now}::timestamptz, ${now}::timestamptz)
        ON CONFLICT (dedupe_key) WHERE status IN ('queued', 'running') DO NOTHING
        RETURNING *`.execute(this.db);
      const row = inserted.rows[0];
      if (row) return { job: toJob(row), created: true };
      const active = await sql<Row>`
        SELECT * FROM jobs WHERE dedupe_key = ${input.dedupeKey ?? null} AND status IN ('queued', 'running')`.execute(
        this.db,
      );
      if (active.rows[0]) return { job: toJob(active.rows[0]), created: false };
      // The active job finished between the two statements: try the insert again.
    }
    throw new Error(`could not enqueue a ${input.kind} job with key ${input.dedupeKey}`);
  }

  async claim(worker: string, kinds: readonly string[], leaseMs: number): Promise<Job | null> {
    const now = this.#now();
    const until = this.#in(leaseMs);
    // A job whose last attempt's worker died, with no attempt left, fails for good (not claimed again).
    await sql`
      UPDATE jobs SET status = 'failed', finished_at = ${now}::timestamptz, updated_at = ${now}::timestamptz,
        error = 'the worker (' || coalesce(lease_owner, '?') || ') stopped answering on the last attempt',
        failures = failures || jsonb_build_array(jsonb_build_object('attempt', attempts, 'at', ${now}::text,
          'reason', 'lease of ' || coalesce(lease_owner, '?') || ' expired: the worker stopped answering')),
        lease_until = NULL
      WHERE status = 'running' AND lease_until < ${now}::timestamptz AND attempts >= max_attempts
        AND kind = ANY(${[...kinds]}::text[])`.execute(this.db);
    // A job someone cancelled whose worker died before it could stop: cancelled, not claimed again.
    await sql`
      UPDATE jobs SET status = 'cancelled', finished_at = ${now}::timestamptz, updated_at = ${now}::timestamptz,
        lease_until = NULL
      WHERE status = 'running' AND lease_until < ${now}::timestamptz AND cancel_requested_at IS NOT NULL
        AND kind = ANY(${[...kinds]}::text[])`.execute(this.db);
    const claimed = await sql<Row>`
      WITH next AS (
        SELECT id FROM jobs
        WHERE kind = ANY(${[...kinds]}::text[])
          AND ((status = 'queued' AND run_after <= ${now}::timestamptz)
            OR (status = 'running' AND lease_until < ${now}::timestamptz AND attempts < max_attempts))
        ORDER BY run_after, created_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      UPDATE jobs j SET
        failures = CASE WHEN j.status = 'running' THEN j.failures || jsonb_build_array(jsonb_build_object(
          'attempt', j.attempts, 'at', ${now}::text,
          'reason', 'lease of ' || coalesce(j.lease_owner, '?') || ' expired: the worker stopped answering'))
          ELSE j.failures END,
        error = CASE WHEN j.status = 'running' THEN 'lease of ' || coalesce(j.lease_owner, '?') || ' expired'
          ELSE j.error END,
        status = 'running', attempts = j.attempts + 1, lease_owner = ${worker},
        lease_until = ${until}::timestamptz, started_at = coalesce(j.started_at, ${now}::timestamptz),
        updated_at = ${now}::timestamptz
      FROM next WHERE j.id = next.id
      RETURNING j.*`.execute(this.db);
    return claimed.rows[0] ? toJob(claimed.rows[0]) : null;
  }

  async progress(id: string, worker: string, progress: Record<string, unknown>, leaseMs: number) {
    const r = await sql`
      UPDATE jobs SET progress = ${JSON.stringify(progress)}::jsonb, lease_until = ${this.#in(leaseMs)}::timestamptz,
        updated_at = ${this.#now()}::timestamptz
      WHERE id = ${id} AND lease_owner = ${worker} AND status = 'running'
      RETURNING cancel_requested_at IS NULL AS go`.execute(this.db);
    // Recorded either way; false when the lease is lost or the job was cancelled (the worker must stop).
    return (r.rows[0] as { go?: boolean } | undefined)?.go === true;
  }

  async complete(id: string, worker: string, result: Record<string, unknown>) {
    const now = this.#now();
    const r = await sql`
      UPDATE jobs SET status = 'succeeded', result = ${JSON.stringify(result)}::jsonb, lease_until = NULL,
        finished_at = ${now}::timestamptz, updated_at = ${now}::timestamptz
      WHERE id = ${id} AND lease_owner = ${worker} AND status = 'running' RETURNING id`.execute(this.db);
    return r.rows.length > 0;
  }

  async fail(id: string, worker: string, reason: string, retryAt: Date | null) {
    const now = this.#now();
    const again = retryAt !== null;
    // An attempt that ended because the job was cancelled is the job's end: cancelled, never retried.
    const r = await sql`
      UPDATE jobs SET
        status = CASE WHEN cancel_requested_at IS NOT NULL THEN 'cancelled'
          ELSE ${again ? "queued" : "failed"} END,
        error = ${reason},
        failures = CASE WHEN cancel_requested_at IS NOT NULL THEN failures
          ELSE failures || jsonb_build_array(jsonb_build_object('attempt', attempts, 'at', ${now}::text,
            'reason', ${reason}::text)) END,
        run_after = ${again ? retryAt.toISOString() : now}::timestamptz, lease_until = NULL,
        finished_at = CASE WHEN cancel_requested_at IS NOT NULL THEN ${now}::timestamptz
          ELSE ${again ? null : now}::timestamptz END,
        updated_at = ${now}::timestamptz
      WHERE id = ${id} AND lease_owner = ${worker} AND status = 'running' RETURNING id`.execute(this.db);
    return r.rows.length > 0;
  }

  async cancel(id: string, by: string): Promise<Job | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const now = this.#now();
    // One statement, so a worker claiming the job at the same instant sees either queued or cancelled.
    await sql`
      UPDATE jobs SET
        status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
        finished_at = CASE WHEN status = 'queued' THEN ${now}::timestamptz ELSE finished_at END,
        cancel_requested_at = coalesce(cancel_requested_at, ${now}::timestamptz),
        cancelled_by = coalesce(cancelled_by, ${by}), updated_at = ${now}::timestamptz
      WHERE id = ${id} AND status IN ('queued', 'running')`.execute(this.db);
    return this.get(id);
  }

  async runningHolders(kinds: readonly string[]) {
    const r = await sql<{ id: string; lease_owner: string }>`
      SELECT id, lease_owner FROM jobs
      WHERE status = 'running' AND lease_owner IS NOT NULL AND kind = ANY(${[...kinds]}::text[])`.execute(
      this.db,
    );
    return r.rows.map((x) => ({ id: x.id, leaseOwner: x.lease_owner }));
  }

  async expireLease(id: string, owner: string) {
    const now = this.clock.now();
    // Just before now, so that a claim at this instant sees it expired (claims compare lease_until < now).
    const past = new Date(now.getTime() - 1).toISOString();
    const r = await sql`
      UPDATE jobs SET lease_until = ${past}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
      WHERE id = ${id} AND lease_owner = ${owner} AND status = 'running' AND lease_until > ${past}::timestamptz
      RETURNING id`.execute(this.db);
    return r.rows.length > 0;
  }

  async cancelRequested(id: string): Promise<boolean> {
    const r = await sql<{ yes: boolean }>`
      SELECT cancel_requested_at IS NOT NULL AS yes FROM jobs WHERE id = ${id}`.execute(this.db);
    return r.rows[0]?.yes === true;
  }

  async get(id: string): Promise<Job | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const r = await sql<Row>`SELECT * FROM jobs WHERE id = ${id}`.execute(this.db);
    return r.rows[0] ? toJob(r.rows[0]) : null;
  }

  async list(q: JobListQuery): Promise<Page<Job>> {
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    const r = await sql<Row>`
      SELECT * FROM jobs
      WHERE (${q.kinds ? [...q.kinds] : null}::text[] IS NULL OR kind = ANY(${q.kinds ? [...q.kinds] : null}::text[]))
        AND (${q.status ?? null}::text IS NULL OR status = ${q.status ?? null})
        AND (${after?.[0] ?? null}::timestamptz IS NULL
             OR (created_at, id) < (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid))
      ORDER BY created_at DESC, id DESC
      LIMIT ${q.limit + 1}`.execute(this.db);
    const items = r.rows.slice(0, q.limit).map(toJob);
    const last = items.at(-1);
    return {
      items,
      nextCursor: r.rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  #now(): string {
    return this.clock.now().toISOString();
  }

  #in(ms: number): string {
    return new Date(this.clock.now().getTime() + ms).toISOString();
  }
}

function toJob(r: Row): Job {
  return {
    id: r.id as string,
    kind: r.kind as string,
    payload: json<Record<string, unknown>>(r.payload),
    status: r.status as Job["status"],
    dedupeKey: (r.dedupe_key as string | null) ?? null,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    runAfter: r.run_after as string,
    leaseOwner: (r.lease_owner as string | null) ?? null,
    leaseUntil: (r.lease_until as string | null) ?? null,
    progress: json<Record<string, unknown>>(r.progress) ?? {},
    result: r.result === null || r.result === undefined ? null : json<Record<string, unknown>>(r.result),
    error: (r.error as string | null) ?? null,
    failures: json<Job["failures"]>(r.failures) ?? [],
    createdBy: r.created_by as string,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    startedAt: (r.started_at as string | null) ?? null,
    finishedAt: (r.finished_at as string | null) ?? null,
    cancelRequestedAt: (r.cancel_requested_at as string | null) ?? null,
    cancelledBy: (r.cancelled_by as string | null) ?? null,
  };
}
