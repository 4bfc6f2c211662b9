import type { Act, Involvement } from "../../../domain/evidence/acts.ts";
import type { DatePrecision } from "../../../domain/evidence/dates.ts";
import type { Event, EventInput } from "../../../domain/evidence/entities.ts";
import type { LocationPrecision } from "../../../domain/evidence/places.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import { json, storedFields } from "./common.ts";

type Row = Record<string, unknown>;

/** Column order for COPY and inserts alike; acts and perpetrators are denormalised into arrays for filters. */
export function eventToRow(e: EventInput) {
  return {
    title: e.title,
    description: e.description,
    date_start: e.dateStart,
    date_end: e.dateEnd,
    date_precision: e.datePrecision,
    country: e.place.country,
    admin1: e.place.admin1,
    admin2: e.place.admin2,
    place_name: e.place.name,
    latitude: e.place.latitude,
    longitude: e.place.longitude,
    location_precision: e.place.precision,
    acts: JSON.stringify(e.acts),
    act_types: [...new Set(e.acts.map((a) => a.type))],
    perpetrators: JSON.stringify(e.perpetrators),
    perpetrator_ids: [...new Set(e.perpetrators.map((p) => p.actorId))],
    targeted_group_ids: e.targetedGroupIds,
    situation_ids: e.situationIds,
    fatalities_low: e.fatalities.low,
    fatalities_best: e.fatalities.best,
    fatalities_high: e.fatalities.high,
    external_dataset: e.externalId?.dataset ?? null,
    external_id: e.externalId?.id ?? null,
    sensitivity: e.sensitivity,
  };
}

/**
 * The columns `eventFromRow` reads: everything but what the store derives for its own queries (the search
 * vector and the act-type and perpetrator-id arrays). Reads name them rather than `SELECT *`: the search
 * vector alone is a sixth of a row's bytes, and parsing it is wasted work on every list.
 */
export const EVENT_COLUMNS = [
  "id",
  "title",
  "description",
  "date_start",
  "date_end",
  "date_precision",
  "country",
  "admin1",
  "admin2",
  "place_name",
  "latitude",
  "longitude",
  "location_precision",
  "acts",
  "perpetrators",
  "targeted_group_ids",
  "situation_ids",
  "fatalities_low",
  "fatalities_best",
  "fatalities_high",
  "contested",
  "external_dataset",
  "external_id",
  "sensitivity",
  "version",
  "created_at",
  "updated_at",
] as const;

/** Columns the store keeps for its own queries, never read back into a record. */
export const EVENT_DERIVED_COLUMNS = ["search", "act_types", "perpetrator_ids"] as const;

export function eventFromRow(r: Row): Event {
  return {
    ...storedFields(r as never),
    title: r.title as string,
    description: r.description as string | null,
    dateStart: r.date_start as string,
    dateEnd: r.date_end as string | null,
    datePrecision: r.date_precision as DatePrecision,
    place: {
      country: (r.country as string | null)?.trim() ?? null,
      admin1: r.admin1 as string | null,
      admin2: r.admin2 as string | null,
      name: r.place_name as string | null,
      latitude: r.latitude as number | null,
      longitude: r.longitude as number | null,
      precision: r.location_precision as LocationPrecision,
    },
    acts: json<Act[]>(r.acts),
    perpetrators: json<{ actorId: string; involvement: Involvement }[]>(r.perpetrators),
    targetedGroupIds: r.targeted_group_ids as string[],
    situationIds: r.situation_ids as string[],
    fatalities: {
      low: r.fatalities_low as number | null,
      best: r.fatalities_best as number | null,
      high: r.fatalities_high as number | null,
    },
    externalId:
      r.external_dataset === null
        ? null
        : { dataset: r.external_dataset as string, id: r.external_id as string },
    contested: r.contested as boolean,
    sensitivity: r.sensitivity as Sensitivity,
  };
}
