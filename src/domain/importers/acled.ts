import type { Act, CoreActType } from "../evidence/acts.ts";
import type { DatePrecision } from "../evidence/dates.ts";
import type { LocationPrecision } from "../evidence/places.ts";
import { countryByCode } from "../reference/countries.ts";
import { FieldError } from "./field-error.ts";
import {
  optionalFloat,
  optionalInt,
  type Row,
  requiredDate,
  requiredInt,
  requiredText,
  text,
} from "./fields.ts";
import type { EventFormat, ImportRecord } from "./import-record.ts";

/** The ACLED export columns the mapper reads (users bring their own licensed export). */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

// ACLED codebook: time_precision 1 the day is known, 2 within a week, 3 within a month.
const TIME_PRECISION: Record<number, DatePrecision> = { 1: "day", 2: "day", 3: "month" };
// geo_precision 1 the town itself, 2 near a town or a part of a region, 3 only a larger region.
const GEO_PRECISION: Record<number, LocationPrecision> = { 1: "exact", 2: "near", 3: "admin1" };

// ACLED sub-event types mapped onto tocsin's act vocabulary; anything else keeps its name as "other".
const SUB_EVENT_ACTS: Record<string, CoreActType> = {
  Attack: "killing",
  "Abduction/forced disappearance": "disappearance",
  "Sexual violence": "sexual-violence",
  "Armed clash": "battle",
  "Government regains territory": "battle",
  "Non-state actor overtakes territory": "battle",
  "Shelling/artillery/missile attack": "killing",
  "Air/drone strike": "killing",
  "Suicide bomb": "killing",
  "Remote explosive/landmine/IED": "killing",
  Grenade: "killing",
  "Chemical weapon": "killing",
  "Looting/property destruction": "destruction-of-homes",
  Arrests: "arbitrary-detention",
  "Mob violence": "killing",
};

function actsOf(eventType: string, subEventType: string, fatalities: number): Act[] {
  const type = SUB_EVENT_ACTS[subEventType] ?? "other";
  // An attack or mob violence without deaths is violence, not killing.
  const act: CoreActType = type === "killing" && fatalities === 0 ? "other" : type;
  return [{ type: act, description: `${eventType}: ${subEventType} (ACLED)` }];
}

function actorKind(inter: number | null) {
  // ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 8 external forces.
  if (inter === 1 || inter === 8) return "state-forces" as const;
  if (inter === 3 || inter === 4) return "militia" as const;
  return "armed-group" as const;
}

export function mapAcledRow(row: Row): ImportRecord {
  const id = requiredText(row, "event_id_cnty");
  const iso = requiredInt(row, "iso", { min: 0, max: 999 });
  const country = countryByCode(iso)?.iso3;
  if (!country) throw new FieldError("iso", `${iso} is not an ISO 3166-1 numeric country code`);
  const precision = requiredInt(row, "time_precision", { min: 1, max: 3 });
  const geo = requiredInt(row, "geo_precision", { min: 1, max: 3 });
  const fatalities = requiredInt(row, "fatalities", { min: 0 });
  const eventType = requiredText(row, "event_type");
  const subEventType = requiredText(row, "sub_event_type");
  const date = requiredDate(row, "event_date");
  const actors = [
    { name: text(row, "actor1"), inter: optionalInt(row, "inter1"), involvement: "direct" as const },
    // Actor 2 of violence against civilians is the civilians: not a perpetrator.
    ...(eventType === "Violence against civilians"
      ? []
      : [{ name: text(row, "actor2"), inter: optionalInt(row, "inter2"), involvement: "direct" as const }]),
  ].flatMap((a) =>
    a.name
      ? [{ key: `acled:${a.name}`, name: a.name, kind: actorKind(a.inter), involvement: a.involvement }]
      : [],
  );
  const location = text(row, "location");
  return {
    externalId: id,
    title: `${subEventType}${location ? ` in ${location}` : ""}`,
    description: text(row, "notes"),
    dateStart: date,
    dateEnd: null,
    datePrecision: TIME_PRECISION[precision] as DatePrecision,
    place: {
      country,
      admin1: text(row, "admin1"),
      admin2: text(row, "admin2"),
      name: location,
      latitude: optionalFloat(row, "latitude", { min: -90, max: 90 }),
      longitude: optionalFloat(row, "longitude", { min: -180, max: 180 }),
      precision: GEO_PRECISION[geo] as LocationPrecision,
    },
    acts: actsOf(eventType, subEventType, fatalities),
    actors,
    // ACLED records the most conservative reported figure: a floor, with no upper estimate.
    fatalities: { low: fatalities, best: fatalities, high: null },
    statement: `ACLED event ${id}: ${eventType} / ${subEventType}, ${fatalities} reported fatalities, ${date}. Sources: ${text(row, "source") ?? "not given"}.`,
    credibility: 3,
  };
}

export const ACLED: EventFormat = {
  name: "acled",
  restricted: true,
  dataset: {
    name: "ACLED (Armed Conflict Location & Event Data)",
    reliability: "B",
    reliabilityReason:
      "professionally coded from reports with a published codebook; single figures are conservative",
    url: "https://acleddata.com",
    licence: "ACLED Terms of Use: no redistribution of the data; attribution required",
    attribution:
      "Armed Conflict Location & Event Data (ACLED); www.acleddata.com. Raleigh, C., Linke, A., Hegre, H. & Karlsen, J. (2010) Introducing ACLED: An Armed Conflict Location and Event Dataset. Journal of Peace Research 47(5).",
  },
  delimiter: ",",
  columns: [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "iso",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
  ],
  mapRow: mapAcledRow,
};
