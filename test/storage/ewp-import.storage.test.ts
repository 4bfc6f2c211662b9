import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { openEwp } from "../../src/adapters/db/ewp/open-ewp.ts";
import { readEwpPanel } from "../../src/adapters/ewp/read-panel.ts";
import { HeaderError } from "../../src/adapters/importers/header.ts";
import { syntheticEwpCsv } from "../../src/app/forecast/synthetic-ewp.ts";
import { ChainVerifier } from "../../src/domain/custody/custody-chain.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine } from "../support/stores.ts";

const caller: Caller = { actor: "importer:test", clearance: "confidential" };

// A made-up episodes sheet in EWP's layout (fictional countries and codes; nothing from EWP's sheet). Row 3
// leaves out its empty trailing cells, as EWP's own sheet does; row 5 has a bad start year; row 6 repeats
// row 2's code.
const EPISODES = [
  "country,mk_event_name,mk_event_summary,startyear,endyear,mk_event_code,State-Led or Non-State-Led,mk_number_eth_groups,mk_location_cow,mk_location_inheritor1,mk_location_inheritor2,mk_repsonsible_state_cow,mk_repsonsible_state_inheritor1,mk_repsonsible_state_inheritor2,Start date notes,End date notes,OLD Event Name and Summary,Notes",
  'Atlantis,government vs. islanders,"Government of Atlantis, a fictional state, kills islanders.",1950.0,1952.0,atl1950s1,State-Led,1.0,1001.0,1001.0,,1001.0,1001.0,,,,,fictional',
  "Oz,rebels vs. villagers,Fictional rebels kill villagers.,1995.0,,oz1995n1,Non-State-Led,0.0,1002.0,1002.0,,,,",
  "Oz,government vs. farmers,Fictional.,1960.0,1961.0,oz1960s1,State-Led,,1002.0,,,1002.0,,,,,,",
  "Oz,bad row,Fictional.,19x0,1961.0,oz1960s2,State-Led,,1002.0,,,1002.0,,,,,,",
  "Atlantis,repeat,Fictional.,1950.0,1951.0,atl1950s1,State-Led,,1001.0,,,1001.0,,,,,,",
].join("\n");

onEachEngine("EWP data in the store", (store) => {
  const dir = mkdtempSync(join(tmpdir(), "tocsin-ewp-"));
  const ewp = () => openEwp(store().app);
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const custodyCount = async () => (await store().app.store.custodyLog(0, 1_000_000)).length;

  test("a predictors file loads whole; the panel read back equals the file's; a re-import changes nothing", async () => {
    const path = file("ewp2030_predictors.csv", syntheticEwpCsv({ countries: 6, from: 2000, to: 2010 }));
    const first = await ewp().imports.importFile({
      file: path,
      caller,
      accessedAt: "2030-01-02",
      batchSize: 25,
    });
    assert.deepEqual(first.counts, {
      read: 66,
      loaded: 66,
      updated: 0,
      rejected: 0,
      duplicates: 0,
      skipped: 0,
    });
    assert.deepEqual([first.ewp.kind, first.ewp.version], ["predictors", "2030"]);
    const stored = await ewp().data.panel();
    const fromFile = readEwpPanel(path);
    assert.deepEqual(stored.panel.columns, fromFile.columns);
    assert.deepEqual(stored.panel.rows, fromFile.rows, "row for row, value for value, in file order");
    assert.equal(stored.input.sha256, first.sha256);

    const custody = await custodyCount();
    const again = await ewp().imports.importFile({
      file: path,
      caller,
      accessedAt: "2030-01-02",
      batchSize: 25,
    });
    assert.deepEqual(again.counts, {
      read: 66,
      loaded: 0,
      updated: 0,
      rejected: 0,
      duplicates: 66,
      skipped: 0,
    });
    assert.equal(await custodyCount(), custody, "nothing written, nothing logged");
    const v = new ChainVerifier();
    for (const e of await store().app.store.custodyLog(0, 1_000_000)) v.check(e);
    assert.deepEqual(v.breaks, []);
  });

  test("a corrected file of the same version updates what changed and drops what it no longer has, logged", async () => {
    const lines = syntheticEwpCsv({ countries: 6, from: 2000, to: 2010 }).trimEnd().split("\n");
    const header = (lines[0] as string).split(",");
    const at = header.indexOf("discrimpop");
    const cells = (lines[1] as string).split(",");
    cells[at] = "0.123456789";
    lines[1] = cells.join(",");
    lines.pop(); // the last country-year is gone
    const path = file("ewp2030_corrected.csv", `${lines.join("\n")}\n`);
    const before = await custodyCount();
    const r = await ewp().imports.importFile({ file: path, caller, accessedAt: "2030-01-02" });
    assert.deepEqual([r.counts.loaded, r.counts.updated, r.counts.duplicates, r.ewp.removed], [0, 1, 64, 1]);
    assert.equal(await custodyCount(), before + 2, "one entry for the updated batch, one for the removal");
    const log = await store().app.store.custodyLog(0, 1_000_000);
    assert.deepEqual(
      log
        .slice(-2)
        .map((e) => [e.action, e.targetType, e.details.updated ?? (e.details.removed as string[]).length]),
      [
        ["import", "ewp-dataset", 1],
        ["remove", "ewp-dataset", 1],
      ],
    );
    const stored = await ewp().data.panel("2030");
    assert.deepEqual(stored.panel.rows, readEwpPanel(path).rows);
    assert.equal(stored.dataset.fileName, "ewp2030_corrected.csv");
  });

  test("a newer version is kept beside the older one; the Source records the change; the latest is read", async () => {
    const path = file(
      "predictors-next.csv",
      syntheticEwpCsv({ countries: 4, from: 2005, to: 2011, seed: 7 }),
    );
    const r = await ewp().imports.importFile({
      file: path,
      caller,
      datasetVersion: "2031",
      accessedAt: "2031-01-02",
    });
    assert.equal(r.counts.loaded, 28);
    assert.deepEqual(
      (await ewp().data.datasets()).filter((d) => d.kind === "predictors").map((d) => d.version),
      ["2030", "2031"],
    );
    assert.equal((await ewp().data.panel()).dataset.version, "2031");
    assert.equal((await ewp().data.panel("2030")).panel.rows.length, 65);
    const manifest = await store().app.imports.imports.manifest();
    const source = manifest.find((m) => m.name.startsWith("Early Warning Project"));
    assert.equal(source?.datasetVersion, "2031");
    assert.match(source?.licence ?? "", /no licence file/);
    assert.equal(source?.runs.filter((x) => x.format === "ewp").length, 4);
    await assert.rejects(
      ewp().data.panel("1999"),
      /no EWP predictors of version 1999 in the store \(versions stored: 2030, 2031\): import them with `tocsin import ewp FILE`/,
    );
  });

  test("the episodes sheet: short rows read, bad and repeated rows rejected with line, column and reason", async () => {
    const path = file("ewp2030_mk_events_sheet.csv", `${EPISODES}\n`);
    const r = await ewp().imports.importFile({ file: path, caller, accessedAt: "2030-01-02" });
    assert.equal(r.ewp.kind, "episodes");
    assert.deepEqual([r.counts.read, r.counts.loaded, r.counts.rejected], [5, 3, 2]);
    const rejects = parse(readFileSync(r.rejectFile as string, "utf8"), {
      columns: true,
      relax_column_count: true,
    }) as Record<string, string>[];
    assert.deepEqual(
      rejects.map((x) => [x._row, x._column, x._reason]),
      [
        ["5", "startyear", '"19x0" is not a whole number'],
        ["6", "mk_event_code", "duplicate of line 2 (atl1950s1)"],
      ],
    );
    const stored = await ewp().data.episodes();
    assert.deepEqual(
      stored?.episodes.map((e) => [e.code, e.startYear, e.endYear, e.perpetratorType, e.locationCcode]),
      [
        ["atl1950s1", 1950, 1952, "State-Led", 1001],
        ["oz1995n1", 1995, null, "Non-State-Led", 1002],
        ["oz1960s1", 1960, 1961, "State-Led", 1002],
      ],
    );
    assert.deepEqual(stored?.episodes[0]?.notes, { Notes: "fictional" });
    assert.deepEqual(stored?.episodes[0]?.locationInheritors, [1001]);
  });

  test("a file with wrong columns is refused whole, naming them; the states sheet is recognised and refused", async () => {
    const text = syntheticEwpCsv({ countries: 2, from: 2000, to: 2001 }).replace("discrimpop", "discrim_pop");
    const before = await custodyCount();
    await assert.rejects(
      ewp().imports.importFile({ file: file("ewp2030_bad.csv", text), caller }),
      (e: unknown) =>
        e instanceof HeaderError &&
        /looks like EWP predictors but lacks 1 required column: discrimpop/.test(e.message),
    );
    await assert.rejects(
      ewp().imports.importFile({
        file: file(
          "ewp2030_states.csv",
          "COW_number,COW_abv,COW_name,entry_day,entry_month,entry_year\n2.0,USA,x,1,1,1816\n",
        ),
        caller,
      }),
      /Gleditsch-Ward states sheet: not stored/,
    );
    await assert.rejects(
      ewp().imports.importFile({ file: file("other.csv", "a,b\n1,2\n"), caller }),
      /not an EWP file tocsin imports/,
    );
    await assert.rejects(
      ewp().imports.importFile({
        file: file("predictors.csv", syntheticEwpCsv({ countries: 1, from: 2000, to: 2000 })),
        caller,
      }),
      /datasetVersion: predictors\.csv does not say which EWP assessment/,
    );
    assert.equal(await custodyCount(), before, "nothing written");
  });
});
