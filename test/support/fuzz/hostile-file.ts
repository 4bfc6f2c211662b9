import { writeFileSync } from "node:fs";
import type { Rng } from "../../../src/app/demo/scenario/prng.ts";
import { HOSTILE_TEXT } from "./hostile.ts";
import type { ImporterSeed } from "./importer-seeds.ts";

/** What the writer needs of a seed: its columns, a valid row, the delimiter (EWP's seeds have no EventFormat). */
export type HostileSeed = Pick<ImporterSeed, "columns" | "row"> & { format: { delimiter: "," | "\t" } };

function cell(v: string, delimiter: string): string {
  if (delimiter === "\t") return v; // GDELT is unquoted: a tab or newline in a value breaks the record, as it should
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/**
 * A dataset file in a format's columns where most rows are hostile: a cell set to hostile text, a truncated
 * record, extra or missing fields, invalid UTF-8, a stray quote, a NUL, an oversized cell, an empty line.
 * Returns the number of rows written (header excluded).
 */
export function writeHostileFile(path: string, seed: HostileSeed, rng: Rng, rows: number): number {
  const d = seed.format.delimiter;
  const cols = seed.columns;
  const chunks: Buffer[] = [Buffer.from(`${cols.join(d)}\n`)];
  for (let i = 0; i < rows; i++) {
    const row = seed.row(i);
    const kind = rng.between(0, 13);
    if (kind <= 3) {
      // 1 to 3 cells of hostile text (kind 0: valid row).
      for (let k = 0; k < kind; k++) row[rng.pick(cols)] = rng.pick(HOSTILE_TEXT);
    }
    let line = cols.map((c) => cell(row[c] ?? "", d)).join(d);
    if (kind === 4) line = line.slice(0, rng.between(1, Math.max(1, line.length - 1)));
    if (kind === 5) line += `${d}extra${d}more`;
    if (kind === 6) line = line.split(d).slice(0, rng.between(1, 3)).join(d);
    if (kind === 7) {
      const at = rng.between(0, line.length);
      chunks.push(
        Buffer.concat([
          Buffer.from(line.slice(0, at)),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from(`${line.slice(at)}\n`),
        ]),
      );
      continue;
    }
    if (kind === 8) {
      // A stray quote inside a field (one at a field's start would, by CSV's rules, open a field running on
      // to the next quote: the rest of the file, one reject).
      let at = rng.between(1, line.length);
      while (at < line.length && (line[at - 1] === d || line[at] === d)) at++;
      line = `${line.slice(0, at)}"${line.slice(at)}`;
    }
    if (kind === 9) line = line.replace(d, `${d}\u0000`);
    if (kind === 10) row[rng.pick(cols)] = "W".repeat(rng.between(600, 30_000));
    if (kind === 10) line = cols.map((c) => cell(row[c] ?? "", d)).join(d);
    if (kind === 11) line = "";
    if (kind === 12) line = line.replaceAll(d, d === "," ? ";" : ",");
    if (kind === 13) row[rng.pick(cols)] = ""; // a required cell left empty
    if (kind === 13) line = cols.map((c) => cell(row[c] ?? "", d)).join(d);
    chunks.push(Buffer.from(`${line}\n`));
  }
  writeFileSync(path, Buffer.concat(chunks));
  return rows;
}
