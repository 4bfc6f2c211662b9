import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { parse } from "csv-parse/sync";
import { openEwp } from "../../src/adapters/db/ewp/open-ewp.ts";
import { HeaderError } from "../../src/adapters/importers/header.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { csvRowsToSheet, makeXlsx, xlsxParts, zipParts } from "../support/make-xlsx.ts";
import { sharedData } from "../support/shared-data.ts";
import { onEachEngine } from "../support/stores.ts";

const caller: Caller = { actor: "importer:test", clearance: "confidential" };
const HEADER = [
  "country",
  "mk_event_name",
  "mk_event_summary",
  "startyear",
  "endyear",
  "mk_event_code",
  "State-Led or Non-State-Led",
  "mk_number_eth_groups",
  "mk_location_cow",
  "mk_location_inheritor1",
  "mk_location_inheritor2",
  "mk_repsonsible_state_cow",
  "mk_repsonsible_state_inheritor1",
  "mk_repsonsible_state_inheritor2",
  "Start date notes",
  "End date notes",
  "OLD Event Name and Summary",
  "Notes",
];
/** Columns EWP's sheet holds as numbers. */
const NUMERIC = new Set([
  "startyear",
  "endyear",
  "mk_number_eth_groups",
  "mk_location_cow",
  "mk_location_inheritor1",
  "mk_location_inheritor2",
  "mk_repsonsible_state_cow",
  "mk_repsonsible_state_inheritor1",
  "mk_repsonsible_state_inheritor2",
]);

// A made-up episode list in EWP's layout (fictional countries, codes and notes; nothing from EWP's sheet).
// Row 3 leaves out its trailing cells; row 4 has a start year that is not one.
const CSV = [
  HEADER.join(","),
  'Atlantis,government vs. islanders,"Government of Atlantis, a fictional state, kills islanders.",1950.0,1952.0,atl1950s1,State-Led,1.0,1001.0,1001.0,,1001.0,1001.0,,"fictional: ""no"" real date",,,fictional',
  "Oz,rebels vs. villagers,Fictional rebels kill villagers.,1995.0,,oz1995n1,Non-State-Led,0.0,1002.0,1002.0",
  "Oz,bad row,Fictional.,19x0,1961.0,oz1960s2,State-Led,,1002.0,,,1002.0,,,,,,",
  "Lilliput,government vs. Blefuscudians,Fictional.,1926.0,1927.0,lil1926s1,State-Led,1.0,1003.0,,,1003.0,,,,,,",
].join("\n");

const dir = mkdtempSync(join(tmpdir(), "tocsin-ewp-xlsx-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const records = (text: string) => parse(text, { relax_column_count: true }) as string[][];
/** The workbook EWP publishes holds other sheets too; the episodes are on "mk_events". */
const workbook = (text: string) =>
  makeXlsx([
    {
      name: " Gleditsch ind states",
      rows: [
        ["COW_number", "COW_name"],
        [9999, "Fictional Republic"],
      ],
    },
    csvRowsToSheet("mk_events", records(text), (c) => NUMERIC.has(c)),
  ]);

const real = sharedData("ewp/ewp2025_mk_events_sheet.csv");

onEachEngine("EWP episodes from an Excel workbook", (store) => {
  const ewp = () => openEwp(store().app);

  test("the workbook and its CSV export store identical episodes, rejects and all", async () => {
    const fromCsv = await ewp().imports.importFile({
      file: put("ewp2030_mk_events_sheet.csv", `${CSV}\n`),
      caller,
      datasetVersion: "2030",
    });
    // No extension: the workbook is recognised by its content (an upload's temporary file).
    const fromXlsx = await ewp().imports.importFile({
      file: put("upload-1", workbook(CSV)),
      fileName: "EWP mass killing events master list_2031.xlsx",
      caller,
      datasetVersion: "2031",
    });
    assert.equal(fromXlsx.ewp.kind, "episodes");
    assert.deepEqual(fromXlsx.counts, fromCsv.counts);
    assert.deepEqual([fromXlsx.counts.loaded, fromXlsx.counts.rejected], [3, 1]);
    const csvEpisodes = (await ewp().data.episodes("2030"))?.episodes;
    const xlsxEpisodes = (await ewp().data.episodes("2031"))?.episodes;
    assert.equal(xlsxEpisodes?.length, 3);
    assert.deepEqual(xlsxEpisodes, csvEpisodes);
    assert.deepEqual(xlsxEpisodes?.[0]?.notes, {
      "Start date notes": 'fictional: "no" real date',
      Notes: "fictional",
    });
    const rejects = parse(readFileSync(fromXlsx.rejectFile as string, "utf8"), {
      columns: true,
      relax_column_count: true,
    }) as Record<string, string>[];
    assert.deepEqual(
      rejects.map((r) => [r._row, r._column, r._reason, r.mk_event_code]),
      [["4", "startyear", '"19x0" is not a whole number', "oz1960s2"]],
      "the sheet's row number, as Excel shows it",
    );
    const again = await ewp().imports.importFile({
      file: put("upload-2", workbook(CSV)),
      caller,
      datasetVersion: "2031",
    });
    assert.deepEqual([again.counts.loaded, again.counts.duplicates], [0, 3], "a re-import changes nothing");
  });

  test("a workbook that cannot be read is refused whole, naming the file and the part; nothing is stored", async () => {
    const malformed = xlsxParts([csvRowsToSheet("mk_events", records(CSV), (c) => NUMERIC.has(c))]);
    malformed["xl/worksheets/sheet1.xml"] = (malformed["xl/worksheets/sheet1.xml"] as string).replace(
      "</sheetData>",
      "</sheetDat>",
    );
    const cases: [string, Uint8Array | string, RegExp][] = [
      ["broken.xlsx", zipParts(malformed), /broken\.xlsx: xl\/worksheets\/sheet1\.xml: malformed XML/],
      ["cut.xlsx", workbook(CSV).subarray(0, 300), /cut\.xlsx: zip: no end of central directory/],
    ];
    const before = (await ewp().data.datasets()).length;
    for (const [name, data, pattern] of cases) {
      await assert.rejects(
        ewp().imports.importFile({ file: put(name, data), caller, datasetVersion: "2032" }),
        (e: unknown) => e instanceof HeaderError && pattern.test(e.message),
      );
    }
    assert.equal((await ewp().data.datasets()).length, before, "no dataset was created");
  });

  test("a workbook built from ../shared/data's CSV export stores the same episodes as the export", {
    skip: real.skip,
  }, async () => {
    const ewp = openEwp(store().app);
    const text = readFileSync(real.path, "utf8");
    // Built at run time in the temporary folder, never committed.
    const csv = await ewp.imports.importFile({ file: real.path, caller, datasetVersion: "2025" });
    const xlsx = await ewp.imports.importFile({
      file: put("ewp2025_mk_events.xlsx", workbook(text)),
      caller,
      datasetVersion: "2025-xlsx",
    });
    assert.deepEqual(xlsx.counts, csv.counts);
    assert.deepEqual([csv.counts.loaded, csv.counts.rejected], [157, 0]);
    const a = (await ewp.data.episodes("2025"))?.episodes;
    const b = (await ewp.data.episodes("2025-xlsx"))?.episodes;
    assert.deepEqual(b, a);
  });
});
