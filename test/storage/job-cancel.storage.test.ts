import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { sql } from "kysely";
import { HttpDownloader } from "../../src/adapters/download/http-downloader.ts";
import { fileDigest } from "../../src/app/import/file-digest.ts";
import { IMPORT_JOB, importJobHandlers, importJobKey } from "../../src/app/jobs/import-jobs.ts";
import { JobWorker } from "../../src/app/jobs/job-worker.ts";
import { PullDatasetService } from "../../src/app/pull/pull-dataset.service.ts";
import { ChainVerifier } from "../../src/domain/custody/custody-chain.ts";
import type { Clock } from "../../src/ports/clock.ts";
import type { JobQueue } from "../../src/ports/job-queue.ts";
import { onEachEngine } from "../support/stores.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

let now = Date.parse("2026-11-25T12:00:00Z");
const clock: Clock = { now: () => new Date(now) };
const MINUTE = 60_000;

/** The queue, except that the n-th cancel check first cancels the job (as an analyst would at that moment). */
function cancellingAt(queue: JobQueue, n: number, by: string): JobQueue {
  let checks = 0;
  return new Proxy(queue, {
    get(target, key) {
      if (key === "cancelRequested")
        return async (id: string) => {
          if (++checks === n) await target.cancel(id, by);
          return target.cancelRequested(id);
        };
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

onEachEngine(
  "cancelling jobs",
  (store) => {
    const q = () => store().app.jobs;

    test("a queued job cancelled never runs, and frees its key", async () => {
      const { job } = await q().enqueue({ kind: "t-c", payload: {}, dedupeKey: "k-c", createdBy: "t" });
      const cancelled = await q().cancel(job.id, "analyst:a");
      assert.equal(cancelled?.status, "cancelled");
      assert.equal(cancelled?.cancelledBy, "analyst:a");
      assert.ok(cancelled?.finishedAt);
      assert.equal(await q().claim("w", ["t-c"], MINUTE), null);
      assert.equal(
        (await q().enqueue({ kind: "t-c", payload: {}, dedupeKey: "k-c", createdBy: "t" })).created,
        true,
      );
      assert.equal(await q().cancel("0b6f3c1e-7d2a-4f4e-9a51-2f6a8f0d9c11", "x"), null);
    });

    test("a cancelled job whose worker died is not claimed again; a finished job is left as it was", async () => {
      const { job } = await q().enqueue({ kind: "t-d", payload: {}, createdBy: "t" });
      await q().claim("dying", ["t-d"], MINUTE);
      const asked = await q().cancel(job.id, "analyst:b");
      assert.equal(asked?.status, "running", "a running job stops when its worker next checks");
      assert.ok(asked?.cancelRequestedAt);
      assert.equal(
        await q().progress(job.id, "dying", { n: 1 }, MINUTE),
        false,
        "the worker is told to stop",
      );
      assert.deepEqual((await q().get(job.id))?.progress, { n: 1 }, "its last progress is still recorded");
      now += MINUTE + 1;
      assert.equal(await q().claim("other", ["t-d"], MINUTE), null);
      assert.equal((await q().get(job.id))?.status, "cancelled");

      const { job: done } = await q().enqueue({ kind: "t-e", payload: {}, createdBy: "t" });
      await q().claim("w", ["t-e"], MINUTE);
      await q().complete(done.id, "w", { ok: true });
      assert.equal((await q().cancel(done.id, "analyst:b"))?.status, "succeeded");
    });

    test("a running import stops at a batch boundary: whole batches stay, the rest is not written; a new run loads the rest once", async () => {
      const app = store().app;
      const dir = mkdtempSync(join(tmpdir(), "tocsin-cancel-"));
      const rows = Array.from({ length: 50 }, (_, i) => gedRow(60_000 + i));
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
        batchSize: 10,
        actor: "analyst:test",
        clearance: "confidential",
      };
      const enqueue = () =>
        app.jobs.enqueue({
          kind: IMPORT_JOB,
          payload,
          dedupeKey: importJobKey("ucdp-ged", digest.sha256),
          createdBy: "analyst:test",
        });
      const { job } = await enqueue();
      const custodyBefore = (await app.store.custodyLog(0, 1_000_000)).length;
      // The cancel lands before the third batch is written: two batches of ten are committed.
      const worker = new JobWorker(cancellingAt(app.jobs, 3, "analyst:other"), handlers, clock, { id: "w" });
      assert.equal(await worker.drain(), 1);

      const stopped = await app.jobs.get(job.id);
      assert.equal(stopped?.status, "cancelled");
      assert.equal(stopped?.attempts, 1, "a cancelled job is not retried");
      assert.deepEqual(stopped?.failures, []);
      assert.equal(stopped?.cancelledBy, "analyst:other");
      assert.equal(stopped?.progress.rowsLoaded, 20);
      const stored = await eventsOf(rows);
      assert.equal(stored.length, 20, "exactly the two committed batches");
      assert.ok(
        stored.every((e) => e.claims === 1),
        "every stored event whole, with its claim",
      );
      const entries = (await app.store.custodyLog(0, 1_000_000)).slice(custodyBefore);
      assert.equal(entries.filter((e) => e.targetType === "event-batch").length, 2, "one entry per batch");
      const run = await sql<{ status: string; rows_loaded: string; error: string }>`
        SELECT status, rows_loaded::text, error FROM import_runs WHERE file_sha256 = ${digest.sha256}
        ORDER BY started_at`.execute(app.database.db);
      assert.equal(run.rows.at(-1)?.status, "cancelled");
      assert.equal(run.rows.at(-1)?.rows_loaded, "20");
      assert.match(run.rows.at(-1)?.error ?? "", /cancelled/);

      const { job: rerun, created } = await enqueue();
      assert.equal(created, true, "the cancelled job freed its key");
      assert.equal(await new JobWorker(app.jobs, handlers, clock, { id: "w2" }).drain(), 1);
      const done = await app.jobs.get(rerun.id);
      assert.equal(done?.status, "succeeded");
      const counts = (done?.result as { counts: Record<string, number> } | undefined)?.counts ?? {};
      assert.deepEqual([counts.loaded, counts.duplicates], [30, 20]);
      const all = await eventsOf(rows);
      assert.equal(all.length, 50);
      assert.ok(
        all.every((e) => e.claims === 1),
        "each row once, each with one claim",
      );
      const verifier = new ChainVerifier();
      for (const e of await app.store.custodyLog(0, 1_000_000)) verifier.check(e);
      assert.deepEqual(verifier.breaks, []);
    });

    async function eventsOf(rows: Record<string, string>[]) {
      const r = await sql<{ external_id: string; claims: number }>`
        SELECT e.external_id, (SELECT count(*)::int FROM claims c WHERE c.event_id = e.id) AS claims
        FROM events e
        WHERE e.external_dataset = 'ucdp-ged' AND e.external_id = ANY(${rows.map((x) => x.id)}::text[])`.execute(
        store().app.database.db,
      );
      return r.rows;
    }
  },
  { clock },
);
