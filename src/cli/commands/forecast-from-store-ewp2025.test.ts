import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { after, test } from "node:test";
import { sharedData } from "../../../test/support/shared-data.ts";
import { storeFolder, tocsin } from "../test-io.ts";

// Its own file (from forecast-from-store.test.ts) so that the test runner runs it beside the synthetic one:
// each CLI verb opens the embedded store, which costs seconds, and the two need no common state.
const folders: string[] = [];
after(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});
function folder(): string {
  const f = storeFolder();
  folders.push(f);
  return f;
}

const real = sharedData("ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
const coefficients = sharedData("ewp/ewp2025_coefficients_3Sep2025.csv");
test("the real EWP 2025 files imported into PGlite forecast as the files do", {
  skip: real.skip,
}, async () => {
  const store = folder();
  for (const f of ["prepared2024predictors-2025-09-03", "mk_events_sheet"]) {
    const r = await tocsin(["import", "ewp", sharedData(`ewp/ewp2025_${f}.csv`).path, "--data", store]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, / 0 rejected/);
  }
  const flags = ["--model", "ewp2025", "--coefficients", coefficients.path, "--json"];
  const fromFile = await tocsin(["forecast", "--ewp", real.path, ...flags]);
  const fromStore = await tocsin(["forecast", "--data", store, ...flags]);
  assert.equal(fromStore.code, 0, fromStore.err);
  assert.equal(JSON.parse(fromStore.out).length, 168);
  assert.equal(fromStore.out, fromFile.out);
  const sources = JSON.parse((await tocsin(["sources", "--json", "--data", store])).out);
  const ewp = sources.find((s: { name: string }) => s.name.startsWith("Early Warning Project"));
  assert.equal(ewp.datasetVersion, "2025");
  assert.deepEqual(
    ewp.runs.map((r: { counts: { loaded: number } }) => r.counts.loaded),
    [9463, 157],
  );
});
