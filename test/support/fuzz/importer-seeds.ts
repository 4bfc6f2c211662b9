import { resolveFormat } from "../../../src/app/import/resolve-format.ts";
import { ACLED_COLUMNS } from "../../../src/domain/importers/acled.ts";
import { GDELT_COLUMNS } from "../../../src/domain/importers/gdelt.ts";
import type { EventFormat } from "../../../src/domain/importers/import-record.ts";
import { BRD_COLUMNS } from "../../../src/domain/importers/ucdp-brd.ts";
import { gedRow } from "../synthetic-ged.ts";
import { syntheticAcledRow, syntheticGdeltRow } from "../synthetic-rows.ts";

/** A valid synthetic row (values invented) and its file columns, for every importer the API and CLI offer. */
export interface ImporterSeed {
  name: string;
  format: EventFormat;
  /** The `mapping` of a csv import (the others have none). */
  mapping?: unknown;
  columns: readonly string[];
  row(i: number): Record<string, string>;
}

const blank = (cols: readonly string[]) => Object.fromEntries(cols.map((c) => [c, ""]));

const CSV_MAPPING = {
  dataset: { name: "Synthetic monitor log", reliability: "C" },
  id: "ref",
  title: "what",
  dateStart: "when",
  datePrecision: { column: "prec", values: { d: "day", m: "month" } },
  country: { column: "state", as: "name" },
  place: "town",
  act: { column: "kind", values: { kill: "killing", burn: "destruction-of-homes" } },
  perpetrator: { column: "by" },
  fatalities: { best: "dead" },
};
const ONESIDED = resolveFormat("ucdp-onesided", undefined);

export const IMPORTER_SEEDS: ImporterSeed[] = [
  { name: "ucdp-ged", format: resolveFormat("ucdp-ged", undefined), columns: [], row: (i) => gedRow(i) },
  {
    name: "ucdp-candidate",
    format: resolveFormat("ucdp-candidate", undefined),
    columns: [],
    row: (i) => gedRow(i),
  },
  {
    name: "ucdp-onesided",
    format: ONESIDED,
    columns: ONESIDED.columns,
    row: (i) => ({
      actor_id: String(7000 + i),
      actor_name: `Synthetic Front ${i}`,
      year: String(2000 + (i % 20)),
      best_fatality_estimate: String(30 + (i % 40)),
      low_fatality_estimate: "25",
      high_fatality_estimate: String(80 + (i % 40)),
      is_government_actor: String(i % 2),
      location: "Kenya",
      gwno_location: "501",
    }),
  },
  {
    name: "ucdp-brd",
    format: resolveFormat("ucdp-brd", undefined),
    columns: BRD_COLUMNS,
    row: (i) => ({
      ...blank(BRD_COLUMNS),
      conflict_id: "9001",
      dyad_id: String(8000 + i),
      location_inc: "Kenya",
      side_a: "Government of Kenya",
      side_a_id: "111",
      side_b: `Synthetic Front ${i % 5}`,
      side_b_id: String(200 + (i % 5)),
      incompatibility: "2",
      year: String(1990 + (i % 30)),
      bd_best: String(25 + (i % 90)),
      bd_low: "25",
      bd_high: String(200 + i),
      type_of_conflict: "3",
      battle_location: "Kenya",
      gwno_a: "501",
      gwno_loc: "501",
      gwno_battle: "501",
      region: "4",
      version: "25.1",
    }),
  },
  {
    name: "acled",
    format: resolveFormat("acled", undefined),
    columns: ACLED_COLUMNS,
    row: (i) =>
      syntheticAcledRow({
        event_id_cnty: `SYN${i}`,
        event_date: `2024-03-${String((i % 28) + 1).padStart(2, "0")}`,
        fatalities: String(i % 9),
      }),
  },
  {
    name: "gdelt",
    format: resolveFormat("gdelt", undefined),
    columns: GDELT_COLUMNS,
    row: (i) => syntheticGdeltRow({ GLOBALEVENTID: String(900000000 + i) }),
  },
  {
    name: "csv",
    format: resolveFormat("csv", CSV_MAPPING),
    mapping: CSV_MAPPING,
    columns: ["ref", "what", "when", "prec", "state", "town", "kind", "by", "dead"],
    row: (i) => ({
      ref: `R${i}`,
      what: `Houses burned ${i}`,
      when: "2023-06-01",
      prec: i % 2 ? "d" : "m",
      state: "Kenya",
      town: "Synthetic",
      kind: i % 2 ? "burn" : "kill",
      by: "Synthetic Unit",
      dead: String(i % 7),
    }),
  },
];

for (const s of IMPORTER_SEEDS) if (s.columns.length === 0) s.columns = s.format.columns;
