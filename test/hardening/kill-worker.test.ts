import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { sql } from "kysely";
import type { Database } from "../../src/adapters/db/database.ts";
import { seededRng } from "../../src/app/demo/scenario/prng.ts";
import { fuzzSeed } from "../support/fuzz/hostile.ts";
import { enqueueGedImport } from "../support/import-job.ts";
import { disposeStore, freshPostgres, postgresSkip } from "../support/stores.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

// `tocsin worker` killed with SIGKILL half-way through a queued import, at a seeded moment: what it had
// committed is whole batches only; once its lease runs out another worker claims the job again and finishes
// it; then every row of the file is there exactly once (one event, one claim), the killed run is closed, and
// `tocsin verify` passes. On PostgreSQL: the embedded store is one process's, so workers of their own
// process are a PostgreSQL deployment's.
const SEED = fuzzSeed(7_070_707);
const BIN = join(import.meta.dirname, "../../bin/tocsin.js");
const ROWS = 6_000;
const BATCH = 250;
const LEASE_S = 10; // the shortest lease `tocsin worker` accepts

function cli(args: string[], databaseUrl: string): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test(`a worker killed (SIGKILL) during an import: the job is taken up again, nothing lost or doubled (seed ${SEED})`, {
  skip: postgresSkip(),
  timeout: 360_000,
}, async () => {
  const store = await freshPostgres();
  const { app, dataDir } = store;
  const url = store.databaseUrl as string;
  try {
    const file = writeGed(
      join(dataDir, "ged.csv"),
      Array.from({ length: ROWS }, (_, i) => gedRow(i)),
    );
    const job = await enqueueGedImport(app, file, {
      rejectFile: join(dataDir, "rejects.csv"),
      batchSize: BATCH,
      actor: "analyst:kill-test",
    });

    // Kill the worker once a seeded share of the rows is in.
    const killAt = seededRng(SEED).between(BATCH, ROWS / 2);
    const first = cli(["worker", "--lease", String(LEASE_S), "--data", dataDir], url);
    let err = "";
    first.stderr?.on("data", (c: Buffer) => {
      err += c;
    });
    const exited = new Promise((r) => first.once("exit", r));
    let loaded = 0;
    const deadline = Date.now() + 180_000; // generous: CI machines are slow and shared
    while (loaded < killAt) {
      assert.ok(
        Date.now() < deadline,
        `the import did not reach ${killAt} rows in 3 min (${loaded}): ${err}`,
      );
      assert.equal(first.exitCode, null, `the worker exited early: ${err}`);
      loaded = await countEvents(app.database.db);
      await sleep(50);
    }
    first.kill("SIGKILL");
    await exited;
    const atKill = await countEvents(app.database.db);
    assert.ok(atKill < ROWS, `killed before the end (${atKill} of ${ROWS} rows in)`);
    assert.equal(atKill % BATCH, 0, `whole batches only at the kill: ${atKill} rows`);
    const stuck = await app.jobs.get(job.id);
    assert.equal(stuck?.status, "running", "the killed worker's job still looks claimed");

    // After the lease, another worker takes the job up and finishes it.
    await sleep(LEASE_S * 1000 + 500);
    const second = spawnSync(process.execPath, [BIN, "worker", "--once", "--json", "--data", dataDir], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
      timeout: 180_000,
    });
    assert.equal(second.status, 0, second.stderr);
    assert.equal(JSON.parse(second.stdout).jobs, 1);

    const done = await app.jobs.get(job.id);
    assert.equal(done?.status, "succeeded");
    assert.equal(done?.attempts, 2);
    assert.equal(done?.progress.rowsLoaded, ROWS - atKill, "the second attempt loaded the rest");
    assert.equal(done?.progress.rowsDuplicate, atKill, "and recognised the rows already in");

    const db = app.database.db;
    assert.equal(await countEvents(db), ROWS, "every row once");
    const { rows: claimCounts } = await sql<{ events: number; claims: number }>`
      SELECT count(DISTINCT e.id)::int AS events, count(c.id)::int AS claims
      FROM events e LEFT JOIN claims c ON c.event_id = e.id
      WHERE e.external_dataset IS NOT NULL`.execute(db);
    assert.deepEqual(claimCounts[0], { events: ROWS, claims: ROWS }, "one claim per event");
    const { rows: runs } = await sql<{ status: string }>`
      SELECT status FROM import_runs ORDER BY started_at`.execute(db);
    assert.equal(runs.length, 2);
    assert.notEqual(runs[0]?.status, "running", "the killed run is closed");
    assert.equal(runs[1]?.status, "completed");

    const verify = spawnSync(process.execPath, [BIN, "verify", "--data", dataDir], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
    console.log(
      `kill-worker: seed ${SEED}, killed at ${atKill}/${ROWS} rows; resumed, ${ROWS} once; verify exit 0`,
    );
  } finally {
    await disposeStore(store);
  }
});

async function countEvents(db: Database["db"]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM events WHERE external_dataset IS NOT NULL`.execute(db);
  return rows[0]?.n ?? 0;
}
