import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { parse } from "csv-parse/sync";
import { sql } from "kysely";
import { EVENT_FORMATS } from "../../src/app/import/formats.ts";
import { fuzzGedFile } from "../support/fuzz-ged.ts";
import { disposeStore, freshPGlite, type TestStore } from "../support/stores.ts";

const SEED = 20261125;
const ROWS = 600;

let store: TestStore;
before(async () => {
  store = await freshPGlite();
});
after(async () => disposeStore(store));

test(`fuzzed UCDP GED rows (seed ${SEED}): no crash, no partial row, every reject explained`, async () => {
  const file = join(store.dataDir, "fuzz.csv");
  const { mutated } = fuzzGedFile(file, SEED, ROWS);
  const summary = await store.app.imports.importFile({
    format: EVENT_FORMATS["ucdp-ged"] as never,
    file,
    caller: { actor: "fuzz", clearance: "confidential" },
  });
  const c = summary.counts;
  assert.ok(mutated > ROWS / 2, "most rows are hostile");
  assert.equal(c.read, c.loaded + c.rejected + c.duplicates + c.skipped, "every row read is accounted for");
  assert.ok(c.rejected > 0 && c.loaded > 0);
  const rejects = parse(readFileSync(summary.rejectFile as string), {
    columns: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  assert.equal(rejects.length, c.rejected, "every reject is in the reject file");
  for (const r of rejects)
    assert.ok(
      (r._reason ?? "").length > 5 && Number(r._row) > 1,
      `reject explained: ${JSON.stringify(r).slice(0, 200)}`,
    );
  const db = store.app.database.db;
  const bad = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM events e
    WHERE e.external_dataset = 'ucdp-ged' AND (
      e.fatalities_low > e.fatalities_best OR e.fatalities_best > e.fatalities_high OR e.country IS NULL
      OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.event_id = e.id))`.execute(db);
  assert.equal(bad.rows[0]?.n, 0, "every loaded event is whole and attributed");
  const loaded = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM events WHERE external_dataset = 'ucdp-ged'`.execute(db);
  assert.equal(loaded.rows[0]?.n, c.loaded);
});
