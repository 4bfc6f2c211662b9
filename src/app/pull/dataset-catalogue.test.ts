import assert from "node:assert/strict";
import { test } from "node:test";
import { DATASETS, planPull } from "./dataset-catalogue.ts";

test("each UCDP dataset names its release's file on the UCDP downloads site and its importer", () => {
  assert.equal(
    planPull({ dataset: "ucdp-ged" }).files[0]?.url,
    "https://ucdp.uu.se/downloads/ged/ged251-csv.zip",
  );
  const brd = planPull({ dataset: "ucdp-brd", release: "24.1" });
  assert.equal(brd.files[0]?.url, "https://ucdp.uu.se/downloads/brd/ucdp-brd-dyadic-241-csv.zip");
  assert.equal(brd.importFormat, "ucdp-brd");
  assert.equal(brd.licence, "CC BY 4.0");
  assert.match(brd.attribution, /Uppsala/);
  const cand = planPull({ dataset: "ucdp-candidate", release: "25.01.25.06" });
  assert.equal(cand.files[0]?.fileName, "GEDEvent_v25_01_25_06.csv");
  assert.equal(cand.files[0]?.unpack, null);
  assert.throws(() => planPull({ dataset: "ucdp-candidate" }), /needs --release/);
  assert.throws(() => planPull({ dataset: "ucdp-ged", release: "latest" }), /release: "latest"/);
  assert.throws(() => planPull({ dataset: "acled" }), /unknown dataset "acled"/);
});

test("EWP files come from the assessment's public repository, the episode workbook too, for the EWP importer", () => {
  const ewp = planPull({ dataset: "ewp" });
  assert.equal(ewp.importFormat, "ewp");
  assert.ok(
    ewp.files.every((f) => f.url.startsWith("https://raw.githubusercontent.com/EarlyWarningProject/2025-")),
  );
  assert.match(ewp.licence, /never committed or shipped/);
  const workbook = ewp.files.find((f) => f.url.endsWith(".xlsx"));
  assert.equal(
    workbook?.url,
    "https://raw.githubusercontent.com/EarlyWarningProject/2025-Statistical-Risk-Assessment/HEAD/1.Buildcountryyears_and_mk_data/EWP%20mass%20killing%20events%20master%20list_2025.xlsx",
  );
  assert.equal(workbook?.fileName, "ewp2025_EWP_mass_killing_events_master_list_2025.xlsx");
  assert.equal(workbook?.unpack, null, "an xlsx is a ZIP archive, but it is read whole, not unpacked");
  const mirrored = planPull({ dataset: "ewp", mirror: "http://127.0.0.1:9/m/" });
  assert.deepEqual(
    mirrored.files.map((f) => f.url),
    ewp.files.map((f) => `http://127.0.0.1:9/m/${f.fileName}`),
  );
});

test("GDELT: one file per 15 minutes over whole UTC days, gaps allowed, ranges bounded", () => {
  const g = planPull({ dataset: "gdelt", from: "2024-05-01", to: "2024-05-02" });
  assert.equal(g.files.length, 192);
  assert.equal(g.files[0]?.url, "http://data.gdeltproject.org/gdeltv2/20240501000000.export.CSV.zip");
  assert.equal(g.files.at(-1)?.fileName, "20240502234500.export.CSV.zip");
  assert.ok(g.files.every((f) => f.optional && f.unpack === "zip"));
  assert.throws(() => planPull({ dataset: "gdelt", from: "2024-05-02", to: "2024-05-01" }), /before --from/);
  assert.throws(
    () => planPull({ dataset: "gdelt", from: "2024-01-01", to: "2024-03-01" }),
    /at most 31 days/,
  );
  assert.throws(() => planPull({ dataset: "gdelt", to: "2024-03-01" }), /--from/);
});

test("a mirror serves the same file names from another base URL", () => {
  const p = planPull({ dataset: "ucdp-ged", mirror: "http://127.0.0.1:9/m" });
  assert.equal(p.files[0]?.url, "http://127.0.0.1:9/m/ged251-csv.zip");
  assert.ok(Object.keys(DATASETS).length >= 6);
});
