import { isoFromGw } from "../reference/gleditsch-ward.ts";
import { FieldError } from "./field-error.ts";
import { type Row, requiredInt, requiredText, text } from "./fields.ts";
import type { EventFormat, ImportRecord } from "./import-record.ts";
import { ordered } from "./tolls.ts";
import { UCDP_CITATION, UCDP_DOWNLOADS } from "./ucdp-attribution.ts";
import { codeList } from "./ucdp-brd.ts";

/**
 * An actor-year of one-sided violence (deliberate killing of civilians, 25 or more deaths in the year)
 * becomes one year-precision killing event in the first country named. Only the columns read are required.
 */
export function mapOneSidedRow(row: Row): ImportRecord {
  const actor = requiredText(row, "actor_id");
  const year = requiredInt(row, "year", { min: 1946, max: 2100 });
  const codes = codeList(row, "gwno_location");
  if (codes.length === 0) throw new FieldError("gwno_location", "is empty");
  const countries = codes.map((c) => {
    const iso = isoFromGw(c, year);
    if (!iso)
      throw new FieldError("gwno_location", `Gleditsch-Ward code ${c} has no ISO 3166 country in ${year}`);
    return iso;
  });
  const government = requiredInt(row, "is_government_actor", { min: 0, max: 1 }) === 1;
  const name = requiredText(row, "actor_name");
  const { fatalities, note } = ordered(
    requiredInt(row, "low_fatality_estimate", { min: 0 }),
    requiredInt(row, "best_fatality_estimate", { min: 0 }),
    requiredInt(row, "high_fatality_estimate", { min: 0 }),
  );
  return {
    externalId: `${actor}-${year}-${codes.join("+")}`,
    title: `One-sided violence against civilians in ${year} by ${name}`,
    description: `${text(row, "location") ?? countries.join(", ")}${countries.length > 1 ? ` (countries: ${countries.join(", ")})` : ""}.`,
    dateStart: `${year}-01-01`,
    dateEnd: `${year}-12-31`,
    datePrecision: "year",
    place: {
      country: countries[0] as string,
      admin1: null,
      admin2: null,
      name: text(row, "location"),
      latitude: null,
      longitude: null,
      precision: "country",
    },
    acts: [
      {
        type: "killing",
        description: "one-sided violence against civilians (UCDP One-sided Violence Dataset)",
      },
    ],
    actors: [{ key: actor, name, kind: government ? "state-forces" : "armed-group", involvement: "direct" }],
    fatalities,
    statement: `UCDP One-sided Violence, actor ${actor}, ${year}: best ${row.best_fatality_estimate}, low ${row.low_fatality_estimate}, high ${row.high_fatality_estimate} civilians killed.${note ? ` ${note}` : ""}`,
    credibility: 2,
  };
}

export const UCDP_ONESIDED: EventFormat = {
  name: "ucdp-onesided",
  dataset: {
    name: "UCDP One-sided Violence Dataset",
    reliability: "B",
    reliabilityReason: "peer-reviewed, human-coded research dataset with a published codebook",
    url: UCDP_DOWNLOADS,
    licence: "CC BY 4.0",
    attribution: `${UCDP_CITATION} Eck, K. & Hultman, L. (2007) Violence Against Civilians in War. Journal of Peace Research 44(2).`,
  },
  delimiter: ",",
  columns: [
    "actor_id",
    "actor_name",
    "year",
    "best_fatality_estimate",
    "low_fatality_estimate",
    "high_fatality_estimate",
    "is_government_actor",
    "location",
    "gwno_location",
  ],
  mapRow: mapOneSidedRow,
};
