import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { parse } from "csv-parse/sync";
import { sql } from "kysely";
import { openEwp } from "../../src/adapters/db/ewp/open-ewp.ts";
import { seededRng } from "../../src/app/demo/scenario/prng.ts";
import { verifyStore } from "../../src/app/verify/verify-store.ts";
import { verifyDeps } from "../../src/cli/store-deps.ts";
import { changes, snapshot } from "../support/fuzz/db-snapshot.ts";
import { EWP_SEEDS } from "../support/fuzz/ewp-seeds.ts";
import { fuzzScale, fuzzSeed } from "../support/fuzz/hostile.ts";
import { writeHostileFile } from "../support/fuzz/hostile-file.ts";
import { disposeStore, freshPGlite, type TestStore } from "../support/stores.ts";

// `tocsin import ewp`, fed files of mostly hostile rows (truncated lines, wrong types, bad encodings, huge
// fields, stray quotes, NULs, extra cells) of each kind of EWP file: nothing crashes, every row is accounted
// for, each reject names its row and says why, and only whole rows land (none with a replaced character).
const SEED = fuzzSeed(20261126);
const ROWS = Math.round(600 * fuzzScale());
const replay = `replay: TOCSIN_FUZZ_SEED=${SEED} TOCSIN_FUZZ_SCALE=${fuzzScale()} node scripts/test.mjs test/hardening/fuzz-ewp-import`;

let store: TestStore;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
before(async () => {
  process.on("unhandledRejection", onUnhandled);
  store = await freshPGlite();
});
after(async () => {
  process.off("unhandledRejection", onUnhandled);
  await disposeStore(store);
});

for (const [n, seed] of EWP_SEEDS.entries()) {
  test(`ewp ${seed.kind}: ${ROWS} hostile rows, 0 crashes, 0 partial rows, every reject explained`, async () => {
    const app = store.app;
    const file = join(store.dataDir, `ewp-${seed.kind}.fuzz.csv`);
    writeHostileFile(file, seed, seededRng(SEED + n), ROWS);
    const text = readFileSync(file).toString("latin1");
    const lines = text.split("\n").length + (text.match(/\r/g)?.length ?? 0);
    const where = `ewp ${seed.kind} (${replay}; the file is rebuilt from the seed by writeHostileFile)`;
    const before = await snapshot(app);
    const summary = await openEwp(app).imports.importFile({
      file,
      caller: { actor: "fuzz", clearance: "confidential" },
      datasetVersion: "2031",
      batchSize: 100,
    });
    assert.equal(summary.ewp.kind, seed.kind);
    const c = summary.counts;
    assert.equal(c.read, c.loaded + c.updated + c.rejected + c.duplicates + c.skipped, `accounted: ${where}`);
    assert.ok(c.rejected > ROWS / 10, `most rows are hostile and refused (${c.rejected}): ${where}`);
    assert.ok(c.loaded > ROWS / 20, `the valid rows load (${c.loaded}): ${where}`);

    const rejects = parse(readFileSync(summary.rejectFile as string), {
      columns: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as Record<string, string>[];
    assert.equal(rejects.length, c.rejected, `every reject is in the reject file: ${where}`);
    const columns = new Set(seed.columns);
    for (const r of rejects) {
      const row = Number(r._row);
      const reason = r._reason ?? "";
      assert.ok(
        row >= 2 && row <= lines,
        `reject names its row (${r._row} of ${lines}: ${reason}): ${where}`,
      );
      assert.ok(reason.length > 5, `reject explained at row ${row}: ${where}`);
      assert.ok(
        columns.has(r._column ?? "") || r._column === "",
        `reject at row ${row} names a column of the file or none (${r._column}): ${where}`,
      );
    }

    // Partial rows: exactly the loaded rows are stored, none holding a character the file did not have.
    const table = seed.kind === "episodes" ? "ewp_episodes" : "ewp_country_years";
    const stored = await sql<{ n: number; replaced: number }>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE t::text LIKE ${"%\uFFFD%"})::int AS replaced
      FROM ${sql.table(table)} t WHERE t.dataset_id = ${summary.ewp.datasetId}`.execute(app.database.db);
    assert.deepEqual(stored.rows[0], { n: c.loaded, replaced: 0 }, `stored rows = rows loaded: ${where}`);
    const after = await snapshot(app);
    const untouched = changes(before, after).filter(
      (x) => !/^(ewp_|sources|import_runs|custody_log|custody head)/.test(x),
    );
    assert.deepEqual(untouched, [], `nothing else written: ${where}`);
  });
}

test("ewp: after every kind, no unhandled rejection, and the custody chain verifies", async () => {
  assert.deepEqual(unhandled, []);
  const report = await verifyStore(verifyDeps(store.app));
  assert.equal(report.ok, true, JSON.stringify(report.custody.breaks.slice(0, 3)));
});
