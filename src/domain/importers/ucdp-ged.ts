import type { Act } from "../evidence/acts.ts";
import type { DatePrecision } from "../evidence/dates.ts";
import type { LocationPrecision } from "../evidence/places.ts";
import { isoFromGw } from "../reference/gleditsch-ward.ts";
import { FieldError } from "./field-error.ts";
import {
  oneOf,
  optionalFloat,
  optionalInt,
  type Row,
  requiredDate,
  requiredInt,
  requiredText,
  text,
} from "./fields.ts";
import type { EventFormat, ImportRecord } from "./import-record.ts";
import { ordered } from "./tolls.ts";
import { UCDP_CITATION, UCDP_DOWNLOADS } from "./ucdp-attribution.ts";

/** The 49 columns of UCDP GED (v25.1 codebook), in file order: Candidate files may come without a header. */
export const GED_COLUMNS = [
  "id",
  "relid",
  "year",
  "active_year",
  "code_status",
  "type_of_violence",
  "conflict_dset_id",
  "conflict_new_id",
  "conflict_name",
  "dyad_dset_id",
  "dyad_new_id",
  "dyad_name",
  "side_a_dset_id",
  "side_a_new_id",
  "side_a",
  "side_b_dset_id",
  "side_b_new_id",
  "side_b",
  "number_of_sources",
  "source_article",
  "source_office",
  "source_date",
  "source_headline",
  "source_original",
  "where_prec",
  "where_coordinates",
  "where_description",
  "adm_1",
  "adm_2",
  "latitude",
  "longitude",
  "geom_wkt",
  "priogrid_gid",
  "country",
  "country_id",
  "region",
  "event_clarity",
  "date_prec",
  "date_start",
  "date_end",
  "deaths_a",
  "deaths_b",
  "deaths_civilians",
  "deaths_unknown",
  "best",
  "high",
  "low",
  "gwnoa",
  "gwnob",
] as const;

// UCDP GED codebook: where_prec 1 exact place, 2 within 25 km, 3 second-order division, 4 first-order
// division, 5 a linear feature or wider region, 6 only the country, 7 international waters or airspace.
const WHERE_PREC: Record<number, LocationPrecision> = {
  1: "exact",
  2: "near",
  3: "admin2",
  4: "admin1",
  5: "region",
  6: "country",
  7: "unknown",
};
// date_prec 1 exact day, 2 within 2-6 days, 3 within a week, 4 within a month, 5 within a year: a range
// known to a few days is still kept as days (date_start..date_end carries the range).
const DATE_PREC: Record<number, DatePrecision> = { 1: "day", 2: "day", 3: "day", 4: "month", 5: "year" };
const VIOLENCE = {
  1: "state-based conflict",
  2: "non-state conflict",
  3: "one-sided violence against civilians",
} as const;

function acts(type: 1 | 2 | 3): Act[] {
  if (type === 3)
    return [
      { type: "killing", description: "one-sided violence against civilians (UCDP type_of_violence 3)" },
    ];
  return [{ type: "battle", description: `${VIOLENCE[type]} (UCDP type_of_violence ${type})` }];
}

export function mapGedRow(row: Row, dataset = "ucdp-ged"): ImportRecord {
  const id = requiredText(row, "id");
  const violence = oneOf(
    row,
    "type_of_violence",
    [1, 2, 3] as const,
    optionalInt(row, "type_of_violence") as 1 | 2 | 3 | null,
  );
  const wherePrec = oneOf(row, "where_prec", [1, 2, 3, 4, 5, 6, 7], optionalInt(row, "where_prec"));
  const datePrec = oneOf(row, "date_prec", [1, 2, 3, 4, 5], optionalInt(row, "date_prec"));
  const clarity = oneOf(row, "event_clarity", [1, 2], optionalInt(row, "event_clarity"));
  const dateStart = requiredDate(row, "date_start");
  const dateEnd = requiredDate(row, "date_end");
  if (dateEnd < dateStart) throw new FieldError("date_end", `${dateEnd} is before date_start ${dateStart}`);
  const year = requiredInt(row, "year", { min: 1946, max: 2100 });
  const gw = requiredInt(row, "country_id", { min: 1, max: 999 });
  const country = isoFromGw(gw, year);
  if (!country)
    throw new FieldError("country_id", `Gleditsch-Ward code ${gw} has no ISO 3166 country in ${year}`);
  const low = requiredInt(row, "low", { min: 0 });
  const best = requiredInt(row, "best", { min: 0 });
  const high = requiredInt(row, "high", { min: 0 });
  const { fatalities, note } = ordered(low, best, high);
  const sources = optionalInt(row, "number_of_sources", { min: -1 }) ?? 0;
  const sideA = requiredText(row, "side_a");
  const sideB = requiredText(row, "side_b");
  const conflict = text(row, "conflict_name") ?? `${sideA} - ${sideB}`;
  const placeName = text(row, "where_coordinates") ?? text(row, "where_description");
  return {
    externalId: id,
    title: `${conflict}: ${VIOLENCE[violence]}${placeName ? ` near ${placeName}` : ""}`,
    description: text(row, "source_headline"),
    dateStart,
    dateEnd: dateEnd === dateStart ? null : dateEnd,
    datePrecision: DATE_PREC[datePrec] as DatePrecision,
    place: {
      country,
      admin1: text(row, "adm_1"),
      admin2: text(row, "adm_2"),
      name: placeName,
      latitude: optionalFloat(row, "latitude", { min: -90, max: 90 }),
      longitude: optionalFloat(row, "longitude", { min: -180, max: 180 }),
      precision: WHERE_PREC[wherePrec] as LocationPrecision,
    },
    acts: acts(violence),
    actors: [
      { key: requiredText(row, "side_a_new_id"), name: sideA, kind: actorKind(sideA), involvement: "direct" },
      // In one-sided violence side B is the civilians, not a party.
      ...(violence === 3
        ? []
        : [
            {
              key: requiredText(row, "side_b_new_id"),
              name: sideB,
              kind: actorKind(sideB),
              involvement: "direct" as const,
            },
          ]),
    ],
    fatalities,
    statement: `UCDP GED ${dataset === "ucdp-ged" ? "" : "(candidate) "}event ${id}: ${VIOLENCE[violence]}, ${best} deaths (low ${low}, high ${high}), ${dateStart}${dateEnd !== dateStart ? ` to ${dateEnd}` : ""}.${note ? ` ${note}` : ""}`,
    // Human-coded from news reports. Clear events reported by two or more sources: probably true (2);
    // otherwise possibly true (3).
    credibility: clarity === 1 && sources >= 2 ? 2 : 3,
  };
}

function actorKind(name: string) {
  return /^Government of /i.test(name) ? ("state-forces" as const) : ("armed-group" as const);
}

export const UCDP_GED: EventFormat = {
  name: "ucdp-ged",
  dataset: {
    name: "UCDP Georeferenced Event Dataset (GED)",
    reliability: "B",
    reliabilityReason: "peer-reviewed, human-coded research dataset with a published codebook",
    url: UCDP_DOWNLOADS,
    licence: "CC BY 4.0",
    attribution: `${UCDP_CITATION} Sundberg, R. & Melander, E. (2013) Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4).`,
  },
  delimiter: ",",
  columns: GED_COLUMNS,
  headerlessOrder: GED_COLUMNS,
  mapRow: (row) => mapGedRow(row),
};

export const UCDP_CANDIDATE: EventFormat = {
  ...UCDP_GED,
  name: "ucdp-candidate",
  dataset: {
    ...UCDP_GED.dataset,
    name: "UCDP Candidate Events Dataset",
    reliability: "C",
    reliabilityReason: "monthly preliminary release of UCDP GED, not yet fully vetted",
    attribution: `${UCDP_GED.dataset.attribution} Candidate data: Hegre, Håvard et al. (2020) Introducing the UCDP Candidate Events Dataset. Research & Politics 7(3).`,
  },
  mapRow: (row) => mapGedRow(row, "ucdp-candidate"),
};
