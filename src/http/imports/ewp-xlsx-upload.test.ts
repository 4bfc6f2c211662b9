import assert from "node:assert/strict";
import { test } from "node:test";
import { httpHarness } from "../../../test/support/http.ts";
import { makeXlsx, xlsxParts, zipParts } from "../../../test/support/make-xlsx.ts";
import { openWorker } from "../../adapters/queue/open-worker.ts";

const h = httpHarness();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// A made-up episode list in EWP's layout (fictional countries and codes).
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
];
const SHEET = {
  name: "mk_events",
  rows: [
    HEADER,
    ["Atlantis", "government vs. islanders", "Fictional.", 1950, 1952, "atl1950s1", "State-Led", 1, 1001],
    [
      "Oz",
      "rebels vs. villagers",
      { inline: "Fictional." },
      1995,
      null,
      "oz1995n1",
      "Non-State-Led",
      0,
      1002,
    ],
  ],
};

test("an EWP episode workbook uploaded with format=ewp imports as a job; a damaged one is refused naming its part", async () => {
  const up = await h().call("POST", "/api/v1/imports?format=ewp&fileName=ewp2030_episodes.xlsx", {
    body: Buffer.from(makeXlsx([SHEET])),
    headers: { "content-type": XLSX },
  });
  assert.equal(up.status, 202, JSON.stringify(up.body));
  assert.equal(await openWorker(h().store.app).drain(), 1);
  const job = await h().call("GET", `/api/v1/imports/${up.body.id}`);
  assert.equal(job.body.status, "succeeded", JSON.stringify(job.body));
  assert.deepEqual([job.body.progress.rowsRead, job.body.progress.rowsLoaded], [2, 2]);
  const listed = await h().call("GET", "/api/v1/ewp-datasets?kind=episodes");
  assert.deepEqual(
    listed.body.items.map((d: { version: string; rows: number }) => [d.version, d.rows]),
    [["2030", 2]],
  );

  const parts = xlsxParts([SHEET]);
  parts["xl/sharedStrings.xml"] = "<sst><si><t>unclosed</si></sst>";
  const bad = await h().call("POST", "/api/v1/imports?format=ewp&fileName=ewp2030_broken.xlsx", {
    body: Buffer.from(zipParts(parts)),
    headers: { "content-type": XLSX },
  });
  assert.equal(bad.status, 400);
  assert.match(bad.body.detail, /ewp2030_broken\.xlsx: xl\/sharedStrings\.xml: malformed XML/);
});
