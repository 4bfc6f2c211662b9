import { writeFileSync } from "node:fs";
import { seededRng } from "../../src/app/demo/scenario/prng.ts";
import { GED_COLUMNS } from "../../src/domain/importers/ucdp-ged.ts";
import { gedRow } from "./synthetic-ged.ts";

function cell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Seeded hostile rows: truncated lines, wrong types, stray quotes, bad bytes, huge fields, wrong widths. */
export function fuzzGedFile(path: string, seed: number, rows: number): { mutated: number } {
  const rng = seededRng(seed);
  const chunks: Buffer[] = [Buffer.from(`${GED_COLUMNS.join(",")}\n`)];
  let mutated = 0;
  for (let i = 0; i < rows; i++) {
    const row = gedRow(i);
    let line = GED_COLUMNS.map((c) => cell(row[c] ?? "")).join(",");
    const kind = rng.between(0, 11);
    if (kind > 0) mutated++;
    if (kind === 1) line = line.slice(0, rng.between(1, line.length - 1));
    if (kind === 2) line = line.replace(/,2021,/, ",20x1,");
    if (kind === 3) line = line.replace(",Clear,", ',Cl"ear,');
    if (kind === 4) line = `${line.slice(0, 40)}""${line.slice(40)}`;
    if (kind === 5) line = line.replace("Synthetic province", "S".repeat(rng.between(1000, 200_000)));
    if (kind === 6) line += ",extra";
    if (kind === 7) line = "";
    if (kind === 8) line = line.replace(`,${row.best},`, `,${rng.pick(["-3", "1e9", "NaN", "12.5", " "])},`);
    if (kind === 9) {
      chunks.push(
        Buffer.concat([
          Buffer.from(line.slice(0, 30)),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from(`${line.slice(30)}\n`),
        ]),
      );
      continue;
    }
    if (kind === 10) line = line.replace("2021-03", "2021-13");
    if (kind === 11) line = line.replaceAll(",", ";");
    chunks.push(Buffer.from(`${line}\n`));
  }
  writeFileSync(path, Buffer.concat(chunks));
  return { mutated };
}
