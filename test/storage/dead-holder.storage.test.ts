import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { test } from "node:test";
import { JobWorker, processRuns } from "../../src/app/jobs/job-worker.ts";
import { onEachEngine } from "../support/stores.ts";

// A job held by a process that no longer exists on this host (a killed `tocsin serve` or worker) is taken up
// by the next worker at once, not after its lease; a job held by a live worker, or by a worker on another
// host, is left alone until its lease runs out.
const KIND = "dead-holder-test";
const LEASE_MS = 120_000;

function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  assert.equal(processRuns(child.pid as number), false, "the child has exited");
  return child.pid as number;
}

onEachEngine("jobs of a dead holder", (store) => {
  test("taken up at once when the holder's process is gone; never when it runs or is elsewhere", async () => {
    const { jobs, clock } = store().app;
    let ran = 0;
    const handlers = {
      [KIND]: async () => {
        ran++;
        return { ok: true };
      },
    };
    const enqueue = async (key: string) =>
      (await jobs.enqueue({ kind: KIND, payload: {}, dedupeKey: key, createdBy: "test" })).job;

    const orphan = await enqueue("orphan");
    const killed = `${hostname()}:${deadPid()}:deadbeef`;
    assert.equal((await jobs.claim(killed, [KIND], LEASE_MS))?.id, orphan.id);

    const live = new JobWorker(jobs, handlers, clock);
    const held = await enqueue("held");
    assert.equal((await jobs.claim(live.id, [KIND], LEASE_MS))?.id, held.id);
    const remote = await enqueue("remote");
    assert.equal((await jobs.claim(`another-host:${process.pid}:0badf00d`, [KIND], LEASE_MS))?.id, remote.id);

    const next = new JobWorker(jobs, handlers, clock);
    const done = await next.runOnce();
    assert.equal(done?.id, orphan.id, "the dead holder's job, at once (its lease had 2 minutes left)");
    assert.equal(done?.status, "succeeded");
    assert.equal(done?.attempts, 2);
    assert.match(done?.failures[0]?.reason ?? "", new RegExp(`lease of ${killed} expired`));
    assert.equal(await next.runOnce(), null, "the live worker's and the remote worker's jobs are left alone");
    assert.equal(ran, 1);
    assert.equal((await jobs.get(held.id))?.leaseOwner, live.id);
    assert.equal((await jobs.get(remote.id))?.status, "running");
    // This process's pid under an id no live worker has: a former process with the same pid (a restarted
    // container): dead.
    const former = await enqueue("former");
    assert.equal(
      (await jobs.claim(`${hostname()}:${process.pid}:0000aaaa`, [KIND], LEASE_MS))?.id,
      former.id,
    );
    assert.equal(await next.reclaimDeadHolders(), 1);
    assert.equal((await next.runOnce())?.id, former.id);
    await Promise.all([live.stop(), next.stop()]);
  });
});
