import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { enqueueGedImport } from "../../../test/support/import-job.ts";
import { gedRow, writeGed } from "../../../test/support/synthetic-ged.ts";
import { openApp } from "../../bootstrap.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const dir = storeFolder();
after(() => rmSync(dir, { recursive: true, force: true }));

test("worker --once runs the queued import and exits; a second run finds nothing to do", async () => {
  const file = writeGed(join(dir, "ged.csv"), [gedRow(1), gedRow(2), gedRow(3, { best: "x" })]);
  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  const job = await enqueueGedImport(app, file, { rejectFile: join(dir, "rejects.csv") });
  await app.close();
  const r = await tocsin(["worker", "--once", "--data", dir, "--json"]);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).jobs, 1);
  const again = await tocsin(["worker", "--once", "--data", dir, "--json"]);
  assert.equal(JSON.parse(again.out).jobs, 0);
  const check = await openApp({ dataDir: dir, databaseUrl: undefined });
  try {
    const done = await check.jobs.get(job.id);
    assert.equal(done?.status, "succeeded");
    assert.equal(done?.progress.rowsLoaded, 2);
    assert.equal(done?.progress.rowsRejected, 1);
  } finally {
    await check.close();
  }
});
