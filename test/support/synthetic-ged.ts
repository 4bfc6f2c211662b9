import { writeFileSync } from "node:fs";
import { GED_COLUMNS } from "../../src/domain/importers/ucdp-ged.ts";

/** One synthetic row in UCDP GED's published schema (values invented, never copied from the dataset). */
export function gedRow(i: number, overrides: Record<string, string> = {}): Record<string, string> {
  const day = String((i % 28) + 1).padStart(2, "0");
  return {
    ...Object.fromEntries(GED_COLUMNS.map((c) => [c, ""])),
    id: String(900000 + i),
    relid: `SYN-${i}`,
    year: "2021",
    active_year: "1",
    code_status: "Clear",
    type_of_violence: String((i % 3) + 1),
    conflict_new_id: "9001",
    conflict_name: "Synthetic conflict",
    side_a: "Government of Kenya",
    side_a_new_id: "111",
    side_b: i % 3 === 2 ? "Civilians" : "Synthetic Front",
    side_b_new_id: i % 3 === 2 ? "1" : "222",
    number_of_sources: "2",
    source_headline: `Synthetic headline ${i}, "quoted", with commas`,
    where_prec: "2",
    where_coordinates: `Synthetic town ${i % 7}`,
    adm_1: "Synthetic province",
    latitude: "-1.28",
    longitude: "36.82",
    country: "Kenya",
    country_id: "501",
    event_clarity: "1",
    date_prec: "1",
    date_start: `2021-03-${day} 00:00:00.000`,
    date_end: `2021-03-${day} 00:00:00.000`,
    best: String(i % 50),
    low: String(Math.max(0, (i % 50) - 2)),
    high: String((i % 50) + 5),
    ...overrides,
  };
}

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Writes a GED-shaped CSV (with or without its header) and returns its path. */
export function writeGed(path: string, rows: Record<string, string>[], { header = true } = {}): string {
  const lines = rows.map((r) => GED_COLUMNS.map((c) => csvCell(r[c] ?? "")).join(","));
  writeFileSync(path, `${header ? `${GED_COLUMNS.join(",")}\n` : ""}${lines.join("\n")}\n`);
  return path;
}
