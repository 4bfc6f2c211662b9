import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
// @ts-expect-error: a plain JavaScript module of the command's entry (no types: it runs before tsx is loaded).
import { IMPORT_HEAP_MB, importHeapLimit } from "../../bin/import-heap.js";
import { disposeStore, freshPostgres, postgresSkip, type TestStore } from "../support/stores.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

const BIN = join(import.meta.dirname, "../../bin/tocsin.js");
const limit = importHeapLimit as (
  argv: string[],
  env: NodeJS.ProcessEnv,
  execArgv: string[],
) => number | null;

test("tocsin import on PostgreSQL, and only there, is relaunched under a heap limit (unless one is set)", () => {
  const pg = { DATABASE_URL: "postgres://x/y" };
  assert.equal(limit(["import", "ucdp-ged", "f.csv"], pg, []), IMPORT_HEAP_MB);
  assert.equal(limit(["import", "ewp", "f.csv"], { ...pg, TOCSIN_IMPORT_HEAP_MB: "256" }, []), 256);
  assert.equal(limit(["import", "ucdp-ged", "f.csv"], {}, []), null, "the embedded store: no relaunch");
  assert.equal(limit(["serve"], pg, []), null);
  assert.equal(limit(["import", "--help"], pg, []), null);
  assert.equal(limit(["import", "acled", "f"], { ...pg, TOCSIN_IMPORT_HEAP_MB: "0" }, []), null);
  assert.equal(limit(["import", "acled", "f"], pg, ["--max-old-space-size=512"]), null);
  assert.equal(
    limit(["import", "acled", "f"], { ...pg, NODE_OPTIONS: "--max-old-space-size=512" }, []),
    null,
  );
});

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  killAfterProgressLines?: number,
): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c: Buffer) => {
      err += c;
      const lines = (err.match(/^import: /gm) ?? []).length;
      if (killAfterProgressLines !== undefined && lines >= killAfterProgressLines && !child.killed)
        child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, out, err }));
  });
}

describe("tocsin import under its heap limit (PostgreSQL)", { skip: postgresSkip() }, () => {
  let store: TestStore;
  before(async () => {
    store = await freshPostgres();
  });
  after(async () => {
    await disposeStore(store);
  });
  const env = () => ({ ...process.env, DATABASE_URL: store.databaseUrl, TOCSIN_ACTOR: "test" });
  const events = async () =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM events`.execute(store.app.database.db)).rows[0]
      ?.n;

  test("rows at the size limits load under a heap of 64 MiB (half the default) (batches end by bytes as well as rows)", {
    timeout: 180_000,
  }, async () => {
    // 600 rows with a 19,999-character description each, in a script outside Latin-1 (two bytes a
    // character in V8 and in UTF-8): 24 MB of file, batches of at most 4 MiB; a one-batch import of it
    // held as rows and as COPY text would not fit the heap.
    const headline = "ł".repeat(19_999);
    const rows = Array.from({ length: 600 }, (_, i) => gedRow(i, { source_headline: headline }));
    const file = writeGed(join(store.dataDir, "large.csv"), rows);
    const r = await run(["import", "ucdp-ged", file, "--json", "--data", store.dataDir], {
      ...env(),
      TOCSIN_IMPORT_HEAP_MB: "64",
    });
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).counts.loaded, 600);
    const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM events
      WHERE length(description) = 19999`.execute(store.app.database.db);
    assert.equal(stored.rows[0]?.n, 600);
  });

  test("a kill -9 of the command ends its relaunched import at once; started again, each row is loaded once", {
    timeout: 180_000,
  }, async () => {
    const before = (await events()) ?? 0;
    const rows = Array.from({ length: 3000 }, (_, i) => gedRow(100_000 + i));
    const file = writeGed(join(store.dataDir, "kill.csv"), rows);
    const args = ["import", "ucdp-ged", file, "--data", store.dataDir, "--batch-size", "200"];
    const killed = await run(args, env(), 3);
    assert.equal(killed.signal, "SIGKILL");
    await new Promise((r) => setTimeout(r, 500));
    const atKill = ((await events()) ?? 0) - before;
    await new Promise((r) => setTimeout(r, 2000));
    const later = ((await events()) ?? 0) - before;
    assert.equal(later, atKill, "nothing is loaded after the kill (the child died with its parent)");
    assert.ok(atKill > 0 && atKill < 3000, `killed midway (${atKill} of 3000)`);
    const again = await run([...args, "--json"], env());
    assert.equal(again.code, 0, again.err);
    const counts = JSON.parse(again.out).counts;
    assert.equal(counts.duplicates, atKill);
    assert.equal(counts.loaded + counts.duplicates, 3000);
    assert.equal(((await events()) ?? 0) - before, 3000);
  });
});
