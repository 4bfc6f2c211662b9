import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { sql } from "kysely";
import { EVENT_FORMATS } from "../../src/app/import/formats.ts";
import { verifyStore } from "../../src/app/verify/verify-store.ts";
import { openApp } from "../../src/bootstrap.ts";
import { verifyDeps } from "../../src/cli/store-deps.ts";
import { storeFolder } from "../../src/cli/test-io.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

const ROWS = 3000;
const BIN = join(import.meta.dirname, "../../bin/tocsin.js");

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _, ...env } = process.env;
  return env;
}

/** Starts an import in a child process and kills it (SIGKILL) once it has committed a few batches. */
function importAndKill(dir: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, "import", "ucdp-ged", file, "--data", dir, "--batch-size", "200"],
      {
        env: { ...withoutDatabaseUrl(), TOCSIN_DATA: dir },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let progressLines = 0;
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk;
      progressLines += (String(chunk).match(/^import: /gm) ?? []).length;
      if (progressLines >= 3 && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve();
      else reject(new Error(`the import ended by itself (code ${code}) before it was killed: ${err}`));
    });
  });
}

test("an import killed with SIGKILL and started again ends with each row exactly once", {
  timeout: 240_000,
}, async () => {
  const dir = storeFolder();
  try {
    const file = writeGed(
      join(dir, "ged.csv"),
      Array.from({ length: ROWS }, (_, i) => gedRow(i)),
    );
    await importAndKill(dir, file);
    const app = await openApp({ dataDir: dir, databaseUrl: undefined }, { command: "test" });
    try {
      const partial = await sql<{ n: number }>`SELECT count(*)::int AS n FROM events`.execute(
        app.database.db,
      );
      const loadedBefore = partial.rows[0]?.n ?? 0;
      assert.ok(loadedBefore > 0 && loadedBefore < ROWS, `killed midway (${loadedBefore} of ${ROWS} loaded)`);
      const summary = await app.imports.importFile({
        format: EVENT_FORMATS["ucdp-ged"] as never,
        file,
        caller: { actor: "t", clearance: "confidential" },
      });
      assert.equal(summary.counts.loaded + summary.counts.duplicates, ROWS);
      assert.equal(
        summary.counts.duplicates,
        loadedBefore,
        "the rows of committed batches are recognised, not loaded again",
      );
      assert.equal(summary.resumed.length, 1, "the killed run is found and closed");
      const counts = await sql<{ events: number; distinct_ids: number; claims: number }>`
        SELECT (SELECT count(*)::int FROM events) AS events,
               (SELECT count(DISTINCT external_id)::int FROM events) AS distinct_ids,
               (SELECT count(*)::int FROM claims) AS claims`.execute(app.database.db);
      assert.deepEqual(counts.rows[0], { events: ROWS, distinct_ids: ROWS, claims: ROWS });
      const report = await verifyStore(verifyDeps(app));
      assert.equal(report.ok, true, JSON.stringify(report.custody.breaks));
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
