import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { sql } from "kysely";
import { openApp } from "../../src/bootstrap.ts";
import { storeFolder } from "../../src/cli/test-io.ts";
import { enqueueGedImport } from "../support/import-job.ts";
import { BIN, embeddedEnv, serveProcess } from "../support/serve-process.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

// `tocsin serve` (with its worker, embedded store) killed with SIGKILL while its worker runs an import, then
// started again: the new serve's worker takes the dead one's job up at once (its holder's process is gone),
// not after the 120 s lease; the import ends with every row once and `tocsin verify` passes.
const ROWS = 3_000;
const BATCH = 100;
const LEASE_S = 120; // serve's worker lease: the job must be taken up well before it runs out

async function job(url: string, id: string) {
  const r = await fetch(`${url}/api/v1/imports/${id}`);
  return (await r.json()) as { status: string; attempts: number; progress: { rowsLoaded?: number } };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("a serve killed during its worker's import: the next serve takes the job up at once, nothing doubled", {
  timeout: 400_000,
}, async () => {
  const dir = storeFolder();
  try {
    const setup = await openApp({ dataDir: dir, databaseUrl: undefined });
    const file = writeGed(
      join(dir, "ged.csv"),
      Array.from({ length: ROWS }, (_, i) => gedRow(i)),
    );
    const queued = await enqueueGedImport(setup, file, {
      rejectFile: join(dir, "rejects.csv"),
      batchSize: BATCH,
      actor: "analyst:kill-serve-test",
    });
    await setup.close();

    const first = await serveProcess(dir, { worker: true });
    const exited = new Promise((r) => first.child.once("exit", r));
    first.child.once("exit", () => {}); // the rejection of `serve` after the kill is expected
    const deadline = Date.now() + 180_000;
    let loaded = 0;
    while (loaded < BATCH * 2) {
      assert.ok(Date.now() < deadline, `the import did not start in 3 min (${loaded} rows)`);
      const j = await job(first.url, queued.id);
      loaded = j.progress.rowsLoaded ?? 0;
      assert.notEqual(j.status, "succeeded", "killed before the end (a larger file is needed)");
      await sleep(50);
    }
    first.child.kill("SIGKILL");
    await exited;

    const second = await serveProcess(dir, { worker: true });
    const listening = Date.now();
    try {
      let j = await job(second.url, queued.id);
      while (j.attempts < 2 && Date.now() - listening < LEASE_S * 1000) {
        await sleep(100);
        j = await job(second.url, queued.id);
      }
      const takenUpAfter = (Date.now() - listening) / 1000;
      assert.equal(j.attempts, 2, "the second attempt started");
      assert.ok(
        takenUpAfter < 30,
        `taken up ${takenUpAfter.toFixed(1)} s after the restart, not after the lease`,
      );
      const end = Date.now() + 240_000;
      while (j.status !== "succeeded" && Date.now() < end) {
        assert.notEqual(j.status, "failed");
        await sleep(200);
        j = await job(second.url, queued.id);
      }
      assert.equal(j.status, "succeeded");
      console.log(
        `kill-serve-job: killed at ${loaded}/${ROWS} rows; taken up ${takenUpAfter.toFixed(1)} s after restart`,
      );
    } finally {
      second.child.kill("SIGTERM");
      await new Promise((r) => second.child.once("exit", r));
    }

    const app = await openApp({ dataDir: dir, databaseUrl: undefined });
    try {
      const { rows } = await sql<{ events: number; claims: number }>`
        SELECT count(DISTINCT e.id)::int AS events, count(c.id)::int AS claims
        FROM events e LEFT JOIN claims c ON c.event_id = e.id
        WHERE e.external_dataset IS NOT NULL`.execute(app.database.db);
      assert.deepEqual(rows[0], { events: ROWS, claims: ROWS }, "every row once, one claim each");
    } finally {
      await app.close();
    }
    const verify = spawnSync(process.execPath, [BIN, "verify", "--data", dir], {
      env: embeddedEnv(),
      encoding: "utf8",
    });
    assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
