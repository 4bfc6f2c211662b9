import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { after, before, test } from "node:test";
import { type Loopback, startLoopback } from "../../../test/support/loopback-server.ts";
import { sharedData } from "../../../test/support/shared-data.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const predictors = sharedData("ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
const base = sharedData("ewp/ewp2025_basedata2025_4august2025.csv");
const dir = storeFolder();
let server: Loopback;
before(async () => {
  server = await startLoopback();
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("pull ewp --import: the real 2025 files served on loopback import into the store; a rerun loads nothing; forecast reads them", {
  skip: predictors.skip || base.skip,
}, async () => {
  // The catalogue's file names for 2025 are the names of the copies in ../shared/data/ewp.
  server.routes.set("/mirror/ewp2025_prepared2024predictors-2025-09-03.csv", {
    body: readFileSync(predictors.path),
  });
  server.routes.set("/mirror/ewp2025_basedata2025_4august2025.csv", { body: readFileSync(base.path) });
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
    ],
  );
  const second = JSON.parse((await tocsin(args)).out);
  assert.deepEqual(
    second.imports.map((i: { counts: { loaded: number; duplicates: number } }) => [
      i.counts.loaded,
      i.counts.duplicates,
    ]),
    [
      [0, 9463],
      [0, 11313],
    ],
  );
  const sources = JSON.parse((await tocsin(["sources", "--data", dir, "--json"])).out);
  const entry = sources.find((s: { name: string }) => s.name.startsWith("Early Warning Project"));
  assert.equal(entry.datasetVersion, "2025");
  assert.match(entry.licence, /no licence file/);
});
