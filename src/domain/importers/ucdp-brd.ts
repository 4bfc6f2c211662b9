import { isoFromGw } from "../reference/gleditsch-ward.ts";
import { FieldError } from "./field-error.ts";
import { type Row, requiredInt, requiredText, text } from "./fields.ts";
import type { EventFormat, ImportRecord } from "./import-record.ts";
import { ordered } from "./tolls.ts";
import { UCDP_CITATION, UCDP_DOWNLOADS } from "./ucdp-attribution.ts";

export const BRD_COLUMNS = [
  "conflict_id",
  "dyad_id",
  "location_inc",
  "side_a",
  "side_a_id",
  "side_a_2nd",
  "side_b",
  "side_b_id",
  "side_b_2nd",
  "incompatibility",
  "territory_name",
  "year",
  "bd_best",
  "bd_low",
  "bd_high",
  "type_of_conflict",
  "battle_location",
  "gwno_a",
  "gwno_a_2nd",
  "gwno_b",
  "gwno_b_2nd",
  "gwno_loc",
  "gwno_battle",
  "region",
  "version",
] as const;

// UCDP/PRIO type_of_conflict: 1 extrasystemic, 2 interstate, 3 intrastate, 4 internationalised intrastate.
const CONFLICT_TYPES: Record<number, string> = {
  1: "extrasystemic",
  2: "interstate",
  3: "intrastate",
  4: "internationalised intrastate",
};

/** A list cell such as "501, 520": each code, in order. */
export function codeList(row: Row, column: string): number[] {
  const t = text(row, column);
  if (t === null) return [];
  return t.split(",").map((part) => {
    const s = part.trim();
    if (!/^\d+$/.test(s)) throw new FieldError(column, `"${s}" is not a numeric code`);
    return Number(s);
  });
}

/**
 * A dyad-year of battle-related deaths becomes one year-precision event of act "battle" in the first
 * country where the battles took place (the others are named in the description).
 */
export function mapBrdRow(row: Row): ImportRecord {
  const dyad = requiredText(row, "dyad_id");
  const year = requiredInt(row, "year", { min: 1946, max: 2100 });
  const battle = codeList(row, "gwno_battle");
  const codes = battle.length > 0 ? battle : codeList(row, "gwno_loc");
  const column = battle.length > 0 ? "gwno_battle" : "gwno_loc";
  if (codes.length === 0) throw new FieldError("gwno_battle", "is empty, and so is gwno_loc");
  const countries = codes.map((c) => {
    const iso = isoFromGw(c, year);
    if (!iso) throw new FieldError(column, `Gleditsch-Ward code ${c} has no ISO 3166 country in ${year}`);
    return iso;
  });
  const type = requiredInt(row, "type_of_conflict", { min: 1, max: 4 });
  const { fatalities, note } = ordered(
    requiredInt(row, "bd_low", { min: 0 }),
    requiredInt(row, "bd_best", { min: 0 }),
    requiredInt(row, "bd_high", { min: 0 }),
  );
  const sideA = requiredText(row, "side_a");
  const sideB = requiredText(row, "side_b");
  const where = text(row, "battle_location") ?? text(row, "location_inc");
  return {
    externalId: `${dyad}-${year}`,
    title: `Battle-related deaths in ${year}: ${sideA} - ${sideB}`,
    description: `${CONFLICT_TYPES[type]} conflict ${requiredText(row, "conflict_id")}${where ? `, battles in ${where}` : ""}${countries.length > 1 ? ` (countries: ${countries.join(", ")})` : ""}.`,
    dateStart: `${year}-01-01`,
    dateEnd: `${year}-12-31`,
    datePrecision: "year",
    place: {
      country: countries[0] as string,
      admin1: null,
      admin2: null,
      name: where,
      latitude: null,
      longitude: null,
      precision: "country",
    },
    acts: [{ type: "battle", description: `${CONFLICT_TYPES[type]} armed conflict (UCDP BRD)` }],
    actors: [
      {
        key: `brd:${requiredText(row, "side_a_id")}`,
        name: sideA,
        kind: "government",
        involvement: "direct",
      },
      {
        key: `brd:${requiredText(row, "side_b_id")}`,
        name: sideB,
        kind: type === 2 ? "government" : "armed-group",
        involvement: "direct",
      },
    ],
    fatalities,
    statement: `UCDP Battle-Related Deaths, dyad ${dyad}, ${year}: best ${row.bd_best}, low ${row.bd_low}, high ${row.bd_high} battle-related deaths.${note ? ` ${note}` : ""}`,
    credibility: 2,
  };
}

export const UCDP_BRD: EventFormat = {
  name: "ucdp-brd",
  dataset: {
    name: "UCDP Battle-Related Deaths Dataset (dyadic)",
    reliability: "B",
    reliabilityReason: "peer-reviewed, human-coded research dataset with a published codebook",
    url: UCDP_DOWNLOADS,
    licence: "CC BY 4.0",
    attribution: UCDP_CITATION,
  },
  delimiter: ",",
  columns: [
    "conflict_id",
    "dyad_id",
    "side_a",
    "side_a_id",
    "side_b",
    "side_b_id",
    "year",
    "bd_best",
    "bd_low",
    "bd_high",
    "type_of_conflict",
    "battle_location",
    "location_inc",
    "gwno_loc",
    "gwno_battle",
  ],
  mapRow: mapBrdRow,
};
