import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { sql } from "kysely";
import { HttpDownloader } from "../../src/adapters/download/http-downloader.ts";
import { fileDigest } from "../../src/app/import/file-digest.ts";
import {
  IMPORT_JOB,
  importJobHandlers,
  importJobKey,
  retryableJobError,
} from "../../src/app/jobs/import-jobs.ts";
import { JobWorker } from "../../src/app/jobs/job-worker.ts";
import { PullDatasetService } from "../../src/app/pull/pull-dataset.service.ts";
import type { AppContext } from "../../src/bootstrap.ts";
import { ValidationError } from "../../src/domain/errors.ts";
import type { Clock } from "../../src/ports/clock.ts";
import { onEachEngine } from "../support/stores.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

/** A clock the tests move forward, so that leases expire and backoffs pass without waiting. */
let now = Date.parse("2026-11-25T12:00:00Z");
const clock: Clock = { now: () => new Date(now) };
const MINUTE = 60_000;

onEachEngine(
  "job queue",
  (store) => {
    const q = () => store().app.jobs;

    test("enqueue: one active job per key; a finished job's key may be used again", async () => {
      const a = await q().enqueue({
        kind: "t-dedupe",
        payload: { n: 1 },
        dedupeKey: "k1",
        createdBy: "tester",
      });
      const b = await q().enqueue({
        kind: "t-dedupe",
        payload: { n: 2 },
        dedupeKey: "k1",
        createdBy: "tester",
      });
      assert.equal(a.created, true);
      assert.equal(b.created, false);
      assert.equal(b.job.id, a.job.id);
      assert.deepEqual(b.job.payload, { n: 1 });
      const claimed = await q().claim("w1", ["t-dedupe"], MINUTE);
      assert.equal(claimed?.id, a.job.id);
      assert.equal(
        (await q().enqueue({ kind: "t-dedupe", payload: {}, dedupeKey: "k1", createdBy: "t" })).created,
        false,
      );
      assert.equal(await q().complete(a.job.id, "w1", { ok: true }), true);
      const c = await q().enqueue({ kind: "t-dedupe", payload: {}, dedupeKey: "k1", createdBy: "tester" });
      assert.equal(c.created, true);
      assert.notEqual(c.job.id, a.job.id);
    });

    test("claim takes due jobs of the asked kinds, oldest first; only the lease holder may report", async () => {
      const first = (await q().enqueue({ kind: "t-claim", payload: {}, createdBy: "t" })).job;
      now += 1000;
      const second = (await q().enqueue({ kind: "t-claim", payload: {}, createdBy: "t" })).job;
      assert.equal(await q().claim("w", ["t-other"], MINUTE), null);
      const got = await q().claim("w", ["t-claim"], MINUTE);
      assert.equal(got?.id, first.id);
      assert.equal(got?.status, "running");
      assert.equal(got?.attempts, 1);
      assert.equal(got?.leaseOwner, "w");
      assert.equal(got?.leaseUntil, new Date(now + MINUTE).toISOString());
      assert.equal(await q().progress(first.id, "intruder", { rows: 1 }, MINUTE), false);
      assert.equal(await q().complete(first.id, "intruder", {}), false);
      assert.equal(await q().progress(first.id, "w", { rowsRead: 7 }, MINUTE), true);
      assert.deepEqual((await q().get(first.id))?.progress, { rowsRead: 7 });
      assert.equal((await q().claim("w2", ["t-claim"], MINUTE))?.id, second.id);
      assert.equal(await q().claim("w3", ["t-claim"], MINUTE), null);
    });

    test("concurrent claims never hand one job to two workers (FOR UPDATE SKIP LOCKED)", async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 6; i++)
        ids.add((await q().enqueue({ kind: "t-race", payload: { i }, createdBy: "t" })).job.id);
      const got = await Promise.all(
        [1, 2, 3, 4, 5, 6, 7, 8].map((w) => q().claim(`w${w}`, ["t-race"], MINUTE)),
      );
      const claimed = got.filter((j) => j !== null).map((j) => j.id);
      assert.equal(claimed.length, 6);
      assert.deepEqual(new Set(claimed), ids);
    });

    test("a failed attempt is retried after its backoff, then fails for good with every reason kept", async () => {
      const job = (await q().enqueue({ kind: "t-retry", payload: {}, maxAttempts: 2, createdBy: "t" })).job;
      await q().claim("w", ["t-retry"], MINUTE);
      assert.equal(await q().fail(job.id, "w", "server answered 503", new Date(now + 5 * MINUTE)), true);
      let stored = await q().get(job.id);
      assert.equal(stored?.status, "queued");
      assert.equal(stored?.error, "server answered 503");
      assert.equal(await q().claim("w", ["t-retry"], MINUTE), null, "not before its backoff");
      now += 5 * MINUTE;
      assert.equal((await q().claim("w", ["t-retry"], MINUTE))?.attempts, 2);
      await q().fail(job.id, "w", "server answered 503 again", null);
      stored = await q().get(job.id);
      assert.equal(stored?.status, "failed");
      assert.ok(stored?.finishedAt);
      assert.deepEqual(
        stored?.failures.map((f) => [f.attempt, f.reason]),
        [
          [1, "server answered 503"],
          [2, "server answered 503 again"],
        ],
      );
    });

    test("a job whose worker died is claimed again once its lease expires; the dead worker can change nothing", async () => {
      const job = (await q().enqueue({ kind: "t-lease", payload: {}, maxAttempts: 2, createdBy: "t" })).job;
      await q().claim("dead", ["t-lease"], MINUTE);
      assert.equal(await q().claim("alive", ["t-lease"], MINUTE), null, "the lease still holds");
      now += MINUTE + 1;
      const again = await q().claim("alive", ["t-lease"], MINUTE);
      assert.equal(again?.attempts, 2);
      assert.equal(again?.leaseOwner, "alive");
      assert.match(again?.failures[0]?.reason ?? "", /lease of dead expired/);
      assert.equal(await q().complete(job.id, "dead", {}), false);
      now += MINUTE + 1; // the second worker dies too: no attempt is left
      assert.equal(await q().claim("third", ["t-lease"], MINUTE), null);
      const stored = await q().get(job.id);
      assert.equal(stored?.status, "failed");
      assert.equal(stored?.failures.length, 2);
    });

    test("the worker retries a retryable error with backoff and fails bad input at once", async () => {
      let calls = 0;
      const worker = new JobWorker(
        q(),
        {
          "t-flaky": async () => {
            calls++;
            if (calls === 1) throw new Error("connection reset");
            return { done: true };
          },
          "t-bad": async () => {
            throw new ValidationError("format: unknown", [{ path: "format", message: "unknown" }]);
          },
        },
        clock,
        { id: "worker-1", retryBaseMs: 10_000, retryable: retryableJobError },
      );
      const flaky = (await q().enqueue({ kind: "t-flaky", payload: {}, createdBy: "t" })).job;
      const bad = (await q().enqueue({ kind: "t-bad", payload: {}, createdBy: "t" })).job;
      await worker.drain();
      assert.equal((await q().get(flaky.id))?.status, "queued");
      assert.equal((await q().get(flaky.id))?.runAfter, new Date(now + 10_000).toISOString());
      const badJob = await q().get(bad.id);
      assert.equal(badJob?.status, "failed");
      assert.equal(badJob?.attempts, 1);
      assert.equal(badJob?.error, "format: unknown");
      now += 10_000;
      await worker.drain();
      const done = await q().get(flaky.id);
      assert.equal(done?.status, "succeeded");
      assert.deepEqual(done?.result, { done: true });
    });

    test("kill-safe: an import whose worker dies mid-run is retried after the lease and loads each row once", async () => {
      const app = store().app;
      const dir = mkdtempSync(join(tmpdir(), "tocsin-job-"));
      const rows = Array.from({ length: 900 }, (_, i) => gedRow(50_000 + i));
      const file = writeGed(join(dir, "ged.csv"), rows);
      const digest = await fileDigest(file);
      const handlers = importJobHandlers(
        app.imports,
        new PullDatasetService(new HttpDownloader(), app.imports, clock),
      );
      const payload = {
        format: "ucdp-ged",
        file,
        fileName: "ged.csv",
        fileSha256: digest.sha256,
        fileSize: digest.size,
        rejectFile: join(dir, "rejects.csv"),
        batchSize: 200,
        actor: "analyst:test",
        clearance: "confidential",
      };
      const { job } = await app.jobs.enqueue({
        kind: IMPORT_JOB,
        payload,
        dedupeKey: importJobKey("ucdp-ged", digest.sha256),
        createdBy: "analyst:test",
      });
      // The first worker claims the job and dies after two batches: it never reports again.
      const claimed = await app.jobs.claim("doomed", [IMPORT_JOB], MINUTE);
      assert.equal(claimed?.id, job.id);
      let batches = 0;
      await assert.rejects(
        (handlers[IMPORT_JOB] as NonNullable<(typeof handlers)[string]>)(claimed as never, {
          signal: new AbortController().signal,
          checkpoint: async () => {},
          progress: () => {
            if (++batches === 2) throw new Error("SIGKILL");
          },
        }),
        /SIGKILL/,
      );
      const loadedBefore = await countEvents(app, rows);
      assert.equal(loadedBefore, 400, "two batches of 200 were committed before the death");

      now += MINUTE + 1;
      const worker = new JobWorker(app.jobs, handlers, clock, {
        id: "rescuer",
        retryable: retryableJobError,
      });
      assert.equal(await worker.drain(), 1);
      const done = await app.jobs.get(job.id);
      assert.equal(done?.status, "succeeded");
      assert.equal(done?.attempts, 2);
      assert.match(done?.failures[0]?.reason ?? "", /lease of doomed expired/);
      const counts = (done?.result as { counts: Record<string, number> } | undefined)?.counts ?? {};
      assert.equal(counts.loaded, 500);
      assert.equal(counts.duplicates, 400);
      assert.equal(done?.progress.rowsLoaded, 500);
      assert.equal(done?.progress.phase, "done");
      assert.equal(await countEvents(app, rows), 900, "each row exactly once");
      const claims = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM claims c JOIN events e ON e.id = c.event_id
        WHERE e.external_dataset = 'ucdp-ged' AND e.external_id = ANY(${rows.map((r) => r.id)}::text[])`.execute(
        app.database.db,
      );
      assert.equal(claims.rows[0]?.n, 900, "one claim per row");
      assert.equal(await app.jobs.complete(job.id, "doomed", {}), false, "the dead worker cannot report");
      if (store().engine === "pglite") {
        const stats = await sql<{
          n: number;
        }>`SELECT reltuples::int AS n FROM pg_class WHERE relname = 'events'`.execute(app.database.db);
        assert.ok((stats.rows[0]?.n ?? -1) >= 900, "statistics refreshed after the import (ANALYZE)");
      }
    });
  },
  { clock },
);

async function countEvents(app: AppContext, rows: Record<string, string>[]): Promise<number> {
  const ids = rows.map((x) => x.id);
  const r = await sql<{ n: number; distinct: number }>`
    SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS distinct FROM events
    WHERE external_dataset = 'ucdp-ged' AND external_id = ANY(${ids}::text[])`.execute(app.database.db);
  assert.equal(r.rows[0]?.n, r.rows[0]?.distinct, "no external id twice");
  return r.rows[0]?.n ?? 0;
}
