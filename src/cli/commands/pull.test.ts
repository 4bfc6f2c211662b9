import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { after, before, test } from "node:test";
import { type Loopback, startLoopback } from "../../../test/support/loopback-server.ts";
import { makeZip } from "../../../test/support/make-zip.ts";
import { sharedData } from "../../../test/support/shared-data.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const brd = sharedData("ucdp/ucdp-brd-dyadic-v25.1.csv");
const dir = storeFolder();
let server: Loopback;
before(async () => {
  server = await startLoopback();
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("pull ucdp-brd --import: the real v25.1 file, zipped and served on loopback, loads 1,995 events; a rerun fetches and loads nothing", {
  skip: brd.skip,
}, async () => {
  server.routes.set("/mirror/ucdp-brd-dyadic-251-csv.zip", {
    body: makeZip([{ name: "UcdpPrioBrdDyadic-251.csv", data: readFileSync(brd.path) }]),
  });
  const args = ["pull", "ucdp-brd", "--mirror", `${server.url}/mirror/`, "--import", "--data", dir, "--json"];
  const first = await tocsin(args);
  assert.equal(first.code, 0, first.err);
  const r = JSON.parse(first.out);
  assert.equal(r.files[0].status, "downloaded");
  assert.equal(r.imports[0].counts.loaded, 1995);
  assert.equal(r.imports[0].counts.rejected, 0);
  const second = JSON.parse((await tocsin(args)).out);
  assert.equal(second.files[0].status, "present");
  assert.equal(second.imports[0].counts.loaded, 0);
  assert.equal(second.imports[0].counts.duplicates, 1995);
  const sources = JSON.parse((await tocsin(["sources", "--data", dir, "--json"])).out);
  const entry = sources.find((s: { name: string }) => /Battle-Related/.test(s.name));
  assert.equal(entry.datasetVersion, "25.1");
  assert.equal(entry.licence, "CC BY 4.0");
});

test("pull: an unknown dataset is a usage error; a server error names the status and how to go on", async () => {
  const unknown = await tocsin(["pull", "nope", "--data", dir]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown dataset "nope"/);
  server.routes.set("/down/ged251-csv.zip", { status: 500 });
  const failed = await tocsin(["pull", "ucdp-ged", "--mirror", `${server.url}/down`, "--data", dir]);
  assert.equal(failed.code, 1);
  assert.match(failed.err, /HTTP 500/);
  assert.match(failed.err, /hint: .*--release/);
});
