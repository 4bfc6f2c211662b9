import type { LocationPrecision } from "../evidence/places.ts";
import { isoFromFips } from "../reference/fips.ts";
import { actorKindOfRole, CAMEO_CODES, CAMEO_ROOTS, type CameoRoot } from "./cameo.ts";
import { FieldError } from "./field-error.ts";
import {
  isCalendarDate,
  optionalFloat,
  optionalInt,
  type Row,
  requiredInt,
  requiredText,
  text,
} from "./fields.ts";
import type { EventFormat, ImportedActor, ImportRecord } from "./import-record.ts";

/**
 * The 61 columns of a GDELT 2.0 event export (`*.export.CSV`: tab-separated despite the name, no header row),
 * in the order of the GDELT 2.0 Event Codebook (V2.0, 2015). Version 1.0 files have 57 or 58 and are refused.
 */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

// GDELT geographic resolution: 1 a country, 2 a US state, 3 a US city, 4 a city elsewhere, 5 a first-order
// division elsewhere; 0 or empty when the event could not be placed (then it has no country code either).
const GEO_PRECISION: Record<number, LocationPrecision> = {
  1: "country",
  2: "admin1",
  3: "near",
  4: "near",
  5: "admin1",
};

const isKeptRoot = (root: string): root is CameoRoot => Object.hasOwn(CAMEO_ROOTS, root);

/**
 * Keeps CAMEO roots 18, 19 and 20; the importer counts the rest as skipped. A row whose root is not a CAMEO
 * root at all is kept, so that mapping rejects it naming the column instead of it vanishing among the skips.
 */
export function keepGdeltRow(row: Row): boolean {
  const root = row.EventRootCode?.trim() ?? "";
  if (!/^(0[1-9]|1\d|20)$/.test(root)) return true;
  return isKeptRoot(root) || isKeptRoot((row.EventCode ?? "").trim().slice(0, 2));
}

export function mapGdeltRow(row: Row): ImportRecord {
  const id = requiredText(row, "GLOBALEVENTID");
  if (!/^\d{1,19}$/.test(id))
    throw new FieldError("GLOBALEVENTID", `"${id.slice(0, 40)}" is not an event id`);
  const code = requiredText(row, "EventCode");
  const cameo = CAMEO_CODES[code];
  if (!cameo) throw new FieldError("EventCode", `"${code.slice(0, 40)}" is not a CAMEO code of roots 18-20`);
  const root = requiredText(row, "EventRootCode");
  if (root !== code.slice(0, 2))
    throw new FieldError("EventRootCode", `"${root}" is not the root of ${code}`);
  const date = sqlDate(row);
  const geoType = optionalInt(row, "ActionGeo_Type", { min: 0, max: 5 }) ?? 0;
  const fips = text(row, "ActionGeo_CountryCode");
  const country = fips === null ? null : isoFromFips(fips);
  if (country === undefined)
    throw new FieldError("ActionGeo_CountryCode", `FIPS 10-4 code "${fips}" has no ISO 3166 country`);
  const sources = requiredInt(row, "NumSources", { min: 0 });
  const articles = requiredInt(row, "NumArticles", { min: 0 });
  const url = text(row, "SOURCEURL");
  const placeName = text(row, "ActionGeo_FullName");
  const actor1 = actor(row, "Actor1");
  const actor2 = actor(row, "Actor2");
  // In a fight both sides are parties; in an assault or mass violence actor 2 is the target, not a perpetrator.
  const fight = root === "19";
  const other = actor2?.name ?? (fight ? "an unidentified actor" : "an unidentified target");
  return {
    externalId: id,
    title: `${cameo.label}${placeName ? ` in ${placeName}` : ""}`,
    description: `${actor1?.name ?? "An unidentified actor"} ${fight ? "and" : "against"} ${other}, as machine-coded by GDELT from news reports.`,
    dateStart: date,
    dateEnd: null,
    datePrecision: "day",
    place: {
      country,
      admin1: null,
      admin2: null,
      name: placeName,
      latitude: optionalFloat(row, "ActionGeo_Lat", { min: -90, max: 90 }),
      longitude: optionalFloat(row, "ActionGeo_Long", { min: -180, max: 180 }),
      // A country code without a resolution level still places the event in that country.
      precision: country === null ? "unknown" : (GEO_PRECISION[geoType] ?? "country"),
    },
    acts: [{ type: cameo.act, description: `${cameo.label} (CAMEO ${code}, machine-coded by GDELT)` }],
    actors: [actor1, ...(fight ? [actor2] : [])].filter((a): a is ImportedActor => a !== null),
    // GDELT counts articles, not deaths: no figure at all, never a zero.
    fatalities: { low: null, best: null, high: null },
    statement: `GDELT event ${id}: CAMEO ${code} "${cameo.label}" (root ${root}, ${CAMEO_ROOTS[root as CameoRoot]}), ${date}; reported by ${sources} source${sources === 1 ? "" : "s"} in ${articles} article${articles === 1 ? "" : "s"}; ${url ? `first article: ${url}` : "no article URL given"}. Machine-coded, not verified.`,
    // Machine coding misreads actors, places and verbs often enough that an unconfirmed event is doubtful (4).
    credibility: 4,
  };
}

function actor(row: Row, prefix: "Actor1" | "Actor2"): ImportedActor | null {
  const code = text(row, `${prefix}Code`);
  const name = text(row, `${prefix}Name`) ?? code;
  if (name === null) return null;
  return {
    key: `gdelt:${code ?? name}`,
    name,
    kind: actorKindOfRole(text(row, `${prefix}Type1Code`)),
    // Who did what is the coder's reading of a news sentence: alleged, not established.
    involvement: "alleged",
  };
}

/** SQLDATE is the day of the event as YYYYMMDD. */
function sqlDate(row: Row): string {
  const t = requiredText(row, "SQLDATE");
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  if (!iso || !isCalendarDate(iso))
    throw new FieldError("SQLDATE", `"${t.slice(0, 40)}" is not a date as YYYYMMDD`);
  return iso;
}

export const GDELT_EVENTS: EventFormat = {
  name: "gdelt",
  dataset: {
    name: "GDELT 2.0 Event Database",
    reliability: "F",
    reliabilityReason: "machine-coded from news reports; duplicated and noisy",
    url: "https://www.gdeltproject.org/",
    licence: "GDELT: free and open; cite the GDELT Project",
    attribution:
      "The GDELT Project (https://www.gdeltproject.org/). Leetaru, K. & Schrodt, P. A. (2013) GDELT: Global Data on Events, Location and Tone, 1979-2012. Paper presented at the International Studies Association Annual Convention, April 2013.",
  },
  delimiter: "\t",
  columns: [
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2Type1Code",
    "EventCode",
    "EventRootCode",
    "NumSources",
    "NumArticles",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "SOURCEURL",
  ],
  headerlessOrder: GDELT_COLUMNS,
  keep: keepGdeltRow,
  mapRow: mapGdeltRow,
};
