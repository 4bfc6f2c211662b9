// The limit for the PGlite import: a bare COPY of the same CSV file into a table of 49 text columns in a
// new PGlite database (no index, constraint or generated column), the file read in chunks of whole lines
// (the generated file has no line break inside a cell) and each chunk COPYed from a blob. Run by
// bench/import.bench.ts in a process of its own, under /usr/bin/time for its peak RSS.
//   node --import tsx bench/import/pglite-bare-copy.ts FILE DIR
import { createReadStream } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { GED_COLUMNS } from "../../src/domain/importers/ucdp-ged.ts";

const [file, dir] = process.argv.slice(2);
if (!file || !dir) throw new Error("usage: pglite-bare-copy.ts FILE DIR");
const CHUNK = 32 * 2 ** 20;

const db = await PGlite.create(dir);
await db.query(`CREATE TABLE bare_ged (${GED_COLUMNS.map((c) => `${c} text`).join(", ")})`);
const started = performance.now();
let pending: Buffer[] = [];
let size = 0;
let first = true;
const copy = async (chunk: Buffer) => {
  await db.query(`COPY bare_ged FROM '/dev/blob' WITH (FORMAT csv${first ? ", HEADER true" : ""})`, [], {
    blob: new Blob([chunk as Uint8Array<ArrayBuffer>]),
  });
  first = false;
};
for await (const part of createReadStream(file) as AsyncIterable<Buffer>) {
  pending.push(part);
  size += part.length;
  if (size < CHUNK) continue;
  const all = Buffer.concat(pending);
  const cut = all.lastIndexOf(10) + 1;
  await copy(all.subarray(0, cut));
  pending = [all.subarray(cut)];
  size = all.length - cut;
}
if (size > 0) await copy(Buffer.concat(pending));
const seconds = (performance.now() - started) / 1000;
const rows = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM bare_ged")).rows[0]?.n;
await db.close();
console.log(JSON.stringify({ seconds, rows }));
