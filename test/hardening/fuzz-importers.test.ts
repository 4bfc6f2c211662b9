import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { parse } from "csv-parse/sync";
import { sql } from "kysely";
import { seededRng } from "../../src/app/demo/scenario/prng.ts";
import { verifyStore } from "../../src/app/verify/verify-store.ts";
import { verifyDeps } from "../../src/cli/store-deps.ts";
import { changes, snapshot } from "../support/fuzz/db-snapshot.ts";
import { fuzzScale, fuzzSeed } from "../support/fuzz/hostile.ts";
import { writeHostileFile } from "../support/fuzz/hostile-file.ts";
import { IMPORTER_SEEDS } from "../support/fuzz/importer-seeds.ts";
import { disposeStore, freshPGlite, type TestStore } from "../support/stores.ts";

// Every importer, fed a file of mostly hostile rows: nothing crashes, every row is accounted for, each
// reject names its row (and its column when one cell is at fault), and only whole, attributed events land.
const SEED = fuzzSeed(20261125);
const ROWS = Math.round(1000 * fuzzScale());
const replay = `replay: TOCSIN_FUZZ_SEED=${SEED} TOCSIN_FUZZ_SCALE=${fuzzScale()} node scripts/test.mjs test/hardening/fuzz-importers`;
const WHOLE_RECORD = /^(unreadable record|the row has|row has|expected \d+|\d+ fields?|too (many|few))/i;

let store: TestStore;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
before(async () => {
  process.on("unhandledRejection", onUnhandled);
  store = await freshPGlite();
  console.log(
    `fuzz-importers: seed ${SEED}, ${ROWS} rows per format x ${IMPORTER_SEEDS.length} formats (${replay})`,
  );
});
after(async () => {
  process.off("unhandledRejection", onUnhandled);
  await disposeStore(store);
});

let total = 0;
for (const [n, seed] of IMPORTER_SEEDS.entries()) {
  test(`${seed.name}: ${ROWS} hostile rows, 0 crashes, 0 partial writes, every reject explained`, async () => {
    const app = store.app;
    const rng = seededRng(SEED + n);
    const file = join(store.dataDir, `${seed.name}.fuzz.${seed.format.delimiter === "\t" ? "tsv" : "csv"}`);
    writeHostileFile(file, seed, rng, ROWS);
    // csv-parse counts a CR inside a quoted field as a line of its own: the bound allows for those.
    const text = readFileSync(file).toString("latin1");
    const lines = text.split("\n").length + (text.match(/\r/g)?.length ?? 0);
    const before = await snapshot(app);
    const summary = await app.imports.importFile({
      format: seed.format,
      file,
      caller: { actor: "fuzz", clearance: "confidential" },
      batchSize: 250,
    });
    const c = summary.counts;
    total += c.read;
    const where = `${seed.name} (${replay}; the file is rebuilt from the seed by writeHostileFile)`;
    assert.equal(
      c.read,
      c.loaded + c.updated + c.rejected + c.duplicates + c.skipped,
      `rows accounted for: ${where}`,
    );
    assert.ok(c.rejected > ROWS / 10, `most rows are hostile and refused (${c.rejected}): ${where}`);
    assert.ok(c.loaded > 0, `the valid rows load: ${where}`);

    const rejects = parse(readFileSync(summary.rejectFile as string), {
      columns: true,
      relax_column_count: true,
      relax_quotes: true,
      delimiter: seed.format.delimiter,
      quote: seed.format.delimiter === "\t" ? false : '"',
    }) as Record<string, string>[];
    assert.equal(rejects.length, c.rejected, `every reject is in the reject file: ${where}`);
    const columns = new Set(seed.columns);
    for (const r of rejects) {
      const row = Number(r._row);
      const column = r._column ?? "";
      const reason = r._reason ?? "";
      assert.ok(
        row >= 2 && row <= lines,
        `reject names its row (${r._row} of ${lines} lines: ${reason.slice(0, 120)}): ${where}`,
      );
      assert.ok(reason.length > 5, `reject explained at row ${row}: ${where}`);
      // A cell at fault is named by its column; a record that cannot be split into cells says so.
      const named =
        columns.has(column) || columns.has(column.split(".")[0] ?? "") || /^[a-zA-Z_.]+$/.test(column);
      assert.ok(
        named || column === "",
        `reject at row ${row} names a column of the file (${column}): ${where}`,
      );
      if (column === "")
        assert.ok(
          // ... or names the event field the row would have filled (the record's own validation).
          WHOLE_RECORD.test(reason) || /^[a-zA-Z.\d]+: /.test(reason),
          `a reject without a column explains the record at row ${row}: "${reason}" (${where})`,
        );
    }

    // Partial writes: exactly the loaded rows became events, each with its one attributing claim.
    const after = await snapshot(app);
    const diff = (t: string) => (after.counts[t] ?? 0) - (before.counts[t] ?? 0);
    assert.equal(diff("events"), c.loaded, `events written = rows loaded: ${where}`);
    assert.equal(diff("claims"), c.loaded + c.updated, `one claim per loaded or revised row: ${where}`);
    const bad = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM events e
      WHERE e.external_dataset = ${seed.name} AND (e.fatalities_low > e.fatalities_best OR e.fatalities_best > e.fatalities_high
        OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.event_id = e.id))`.execute(app.database.db);
    assert.equal(bad.rows[0]?.n, 0, `every loaded event is whole and attributed: ${where}`);
    const untouched = changes(before, after).filter(
      (x) => !/^(events|claims|actors|sources|import_runs|custody_log|custody head)/.test(x),
    );
    assert.deepEqual(untouched, [], `nothing else written: ${where}`);
  });
}

test("after every format: no unhandled rejection, and the custody chain verifies", async () => {
  assert.deepEqual(unhandled, []);
  const report = await verifyStore(verifyDeps(store.app));
  assert.equal(report.ok, true, JSON.stringify(report.custody.breaks.slice(0, 3)));
  console.log(`fuzz-importers: ${total} hostile rows read, 0 crashes, chain verifies (seed ${SEED})`);
});
