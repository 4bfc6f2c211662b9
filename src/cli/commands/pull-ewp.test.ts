import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { parse } from "csv-parse/sync";
import { type Loopback, startLoopback } from "../../../test/support/loopback-server.ts";
import { csvRowsToSheet, makeXlsx } from "../../../test/support/make-xlsx.ts";
import { sharedData } from "../../../test/support/shared-data.ts";
import { openEwp } from "../../adapters/db/ewp/open-ewp.ts";
import { openApp } from "../../bootstrap.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const predictors = sharedData("ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
const base = sharedData("ewp/ewp2025_basedata2025_4august2025.csv");
const episodes = sharedData("ewp/ewp2025_mk_events_sheet.csv");
/** The name the catalogue saves EWP's episode workbook under (and asks a mirror for). */
const WORKBOOK = "ewp2025_EWP_mass_killing_events_master_list_2025.xlsx";

/**
 * A stand-in for EWP's workbook, built at run time from ../shared/data's CSV export of its "mk_events"
 * sheet (never committed): a states sheet first, then the episodes, numbers stored as numbers.
 */
function episodeWorkbook(csv: string): Uint8Array {
  const numeric = (c: string) =>
    /^(startyear|endyear|mk_number_eth_groups|mk_location_|mk_repsonsible_)/.test(c);
  return makeXlsx([
    {
      name: " Gleditsch ind states",
      rows: [
        ["COW_number", "COW_name"],
        [9999, "Fictional Republic"],
      ],
    },
    csvRowsToSheet("mk_events", parse(csv, { relax_column_count: true }) as string[][], numeric),
  ]);
}
const dir = storeFolder();
let server: Loopback;
before(async () => {
  server = await startLoopback();
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("pull ewp --import: the real 2025 files served on loopback import into the store, the episode workbook too; a rerun loads nothing", {
  skip: predictors.skip || base.skip || episodes.skip,
}, async () => {
  // The catalogue's file names for 2025 are the names of the copies in ../shared/data/ewp.
  server.routes.set("/mirror/ewp2025_prepared2024predictors-2025-09-03.csv", {
    body: readFileSync(predictors.path),
  });
  server.routes.set("/mirror/ewp2025_basedata2025_4august2025.csv", { body: readFileSync(base.path) });
  const workbook = Buffer.from(episodeWorkbook(readFileSync(episodes.path, "utf8")));
  server.routes.set(`/mirror/${WORKBOOK}`, { body: workbook });
  const args = ["pull", "ewp", "--mirror", `${server.url}/mirror/`, "--import", "--data", dir, "--json"];
  const first = await tocsin(args);
  assert.equal(first.code, 0, first.err);
  const r = JSON.parse(first.out);
  assert.equal(r.importNote, null);
  assert.deepEqual(
    r.imports.map((i: { ewp: { kind: string; version: string }; counts: { loaded: number } }) => [
      i.ewp.kind,
      i.ewp.version,
      i.counts.loaded,
    ]),
    [
      ["predictors", "2025", 9463],
      ["base-data", "2025", 11313],
      ["episodes", "2025", 157],
    ],
  );
  const pulled = r.files.find((f: { fileName: string }) => f.fileName === WORKBOOK);
  assert.equal(pulled.status, "downloaded");
  assert.equal(pulled.bytes, workbook.length);
  assert.deepEqual(pulled.unpacked, [], "read whole by the importer, not unpacked");
  const manifest = JSON.parse(readFileSync(pulled.manifest, "utf8"));
  assert.equal(manifest.url, `${server.url}/mirror/${WORKBOOK}`);
  assert.equal(manifest.sha256, createHash("sha256").update(workbook).digest("hex"));
  assert.deepEqual(manifest.verified, { sha256: "computed", md5: "none", size: "content-length" });
  assert.match(manifest.licence, /no licence file/);
  assert.ok(existsSync(join(r.folder, WORKBOOK)));
  const second = JSON.parse((await tocsin(args)).out);
  assert.deepEqual(
    second.imports.map((i: { counts: { loaded: number; duplicates: number } }) => [
      i.counts.loaded,
      i.counts.duplicates,
    ]),
    [
      [0, 9463],
      [0, 11313],
      [0, 157],
    ],
  );
  // What reads the episodes (EwpDataService: the store's episode list for the forecaster and the replay).
  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  try {
    const stored = await openEwp(app).data.episodes();
    assert.equal(stored?.dataset.version, "2025");
    assert.equal(stored?.dataset.fileName, WORKBOOK);
    assert.equal(stored?.episodes.length, 157);
    assert.ok(stored?.episodes.every((e) => e.code !== "" && e.startYear >= 1945));
  } finally {
    await app.close();
  }
  const sources = JSON.parse((await tocsin(["sources", "--data", dir, "--json"])).out);
  const entry = sources.find((s: { name: string }) => s.name.startsWith("Early Warning Project"));
  assert.equal(entry.datasetVersion, "2025");
  assert.match(entry.licence, /no licence file/);
});
