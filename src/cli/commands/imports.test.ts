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

test("imports list shows a queued import; imports cancel cancels it, so the worker never runs it", async () => {
  const file = writeGed(join(dir, "ged.csv"), [gedRow(1), gedRow(2)]);
  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  const job = await enqueueGedImport(app, file, { rejectFile: join(dir, "rejects.csv") });
  await app.close();

  const listed = await tocsin(["imports", "list", "--data", dir, "--json"]);
  assert.equal(listed.code, 0, listed.err);
  assert.deepEqual(
    JSON.parse(listed.out).map((j: { id: string; status: string }) => [j.id, j.status]),
    [[job.id, "queued"]],
  );
  const cancelled = await tocsin(["imports", "cancel", job.id, "--data", dir]);
  assert.equal(cancelled.code, 0, cancelled.err);
  assert.match(cancelled.out, new RegExp(`${job.id}: cancelled`));
  const ran = await tocsin(["worker", "--once", "--data", dir, "--json"]);
  assert.equal(JSON.parse(ran.out).jobs, 0);
  const text = await tocsin(["imports", "list", "--data", dir]);
  assert.match(text.out, /ged\.csv {2}cancelled {2}read 0, loaded 0/);

  const unknown = await tocsin(["imports", "cancel", "0b6f3c1e-7d2a-4f4e-9a51-2f6a8f0d9c11", "--data", dir]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no import with id|not found|0b6f3c1e/);
});
