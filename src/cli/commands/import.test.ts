import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { gedRow, writeGed } from "../../../test/support/synthetic-ged.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const dir = storeFolder();
after(() => rmSync(dir, { recursive: true, force: true }));

test("import prints a JSON summary, keeps rejects, and sources lists the dataset with its licence", async () => {
  const file = writeGed(join(dir, "ged.csv"), [gedRow(1), gedRow(2, { best: "x" }), gedRow(3)]);
  const r = await tocsin([
    "import",
    "ucdp-ged",
    file,
    "--data",
    dir,
    "--json",
    "--dataset-version",
    "25.1",
    "--accessed",
    "2026-10-01",
  ]);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out);
  assert.deepEqual(summary.counts, {
    read: 3,
    loaded: 2,
    updated: 0,
    rejected: 1,
    duplicates: 0,
    skipped: 0,
  });
  assert.match(readFileSync(summary.rejectFile, "utf8"), /\n3,best,"""x"" is not a whole number",900002,/);
  const s = await tocsin(["sources", "--data", dir, "--json"]);
  const manifest = JSON.parse(s.out);
  assert.equal(manifest[0].licence, "CC BY 4.0");
  assert.equal(manifest[0].datasetVersion, "25.1");
  assert.equal(manifest[0].accessedAt, "2026-10-01");
});

test("usage errors: unknown format, csv without a mapping, a mapping that does not validate", async () => {
  const file = join(dir, "x.csv");
  writeFileSync(file, "a,b\n1,2\n");
  assert.equal((await tocsin(["import", "nope", file, "--data", dir])).code, 2);
  const noMapping = await tocsin(["import", "csv", file, "--data", dir]);
  assert.equal(noMapping.code, 2);
  assert.match(noMapping.err, /--mapping/);
  const mapping = join(dir, "map.json");
  writeFileSync(mapping, JSON.stringify({ dataset: { name: "x", reliability: "Z" }, id: "a" }));
  const bad = await tocsin(["import", "csv", file, "--mapping", mapping, "--data", dir]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /map\.json: dataset\.reliability/);
});

test("csv with a mapping reads JSON Lines too; a file lacking a mapped column is refused whole", async () => {
  const mapping = join(dir, "map2.json");
  writeFileSync(
    mapping,
    JSON.stringify({
      dataset: { name: "Synthetic log", reliability: "C", licence: "CC0" },
      id: "ref",
      title: "what",
      dateStart: "when",
      country: { column: "iso" },
      act: { value: "killing" },
      fatalities: { best: "dead" },
    }),
  );
  const jsonl = join(dir, "log.jsonl");
  writeFileSync(
    jsonl,
    `${JSON.stringify({ ref: "a1", what: "Synthetic attack", when: "2024-02-03", iso: "KEN", dead: 3 })}\nnot json\n`,
  );
  const r = await tocsin(["import", "csv", jsonl, "--mapping", mapping, "--jsonl", "--data", dir, "--json"]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).counts, {
    read: 2,
    loaded: 1,
    updated: 0,
    rejected: 1,
    duplicates: 0,
    skipped: 0,
  });
  const csv = join(dir, "log.csv");
  writeFileSync(csv, "ref,what,when,iso\nb1,Synthetic,2024-02-03,KEN\n");
  const refused = await tocsin(["import", "csv", csv, "--mapping", mapping, "--data", dir]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /missing columns dead/);
});
