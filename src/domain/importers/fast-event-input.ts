import { isActType } from "../evidence/acts.ts";
import { isCalendarDay } from "../evidence/dates.ts";
import type { EventInput } from "../evidence/entities.ts";

/** What an importer hands to validation: EventInput's fields as a mapped row fills them. */
export interface ImportedEventCandidate {
  title: string;
  description: string | null;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: string;
  place: {
    country: string | null;
    admin1: string | null;
    admin2: string | null;
    name: string | null;
    latitude: number | null;
    longitude: number | null;
    precision: string;
  };
  acts: readonly { type: string; description: string | null }[];
  fatalities: { low: number | null; best: number | null; high: number | null };
  externalId: { dataset: string; id: string };
  sensitivity: "public" | "internal";
}

const PRECISIONS = new Set(["day", "month", "year", "unknown-day"]);
const LOCATION_PRECISIONS = new Set(["exact", "near", "admin2", "admin1", "country", "region", "unknown"]);
const ISO3 = /^[A-Z]{3}$/;

/**
 * The validated EventInput of an imported row when it is certainly valid, else null: then, and only then,
 * the caller runs zod's `EventInput.safeParse`, whose issue stays the reject's reason.
 *
 * Why not zod for every row: an import validates each of a million rows, and `safeParse` (walking the
 * schema, cloning every nested object) was about a tenth of the import process's CPU with its garbage.
 * This check is deliberately narrower than the schema (any value it is not sure of, such as a title with
 * spaces to trim, goes to zod), so it can never accept what zod refuses nor change a reject's wording;
 * fast-event-input.test.ts holds its output equal to zod's on valid rows and holds it to refusing every
 * row zod refuses.
 */
export function fastEventInput(c: ImportedEventCandidate): EventInput | null {
  const t = c.title;
  if (typeof t !== "string" || t.length === 0 || t.length > 500 || t.trim() !== t) return null;
  if (!nullableText(c.description, 20000)) return null;
  if (typeof c.dateStart !== "string" || !isCalendarDay(c.dateStart)) return null;
  const end = c.dateEnd;
  if (end !== null && (typeof end !== "string" || !isCalendarDay(end) || end < c.dateStart)) return null;
  if (!PRECISIONS.has(c.datePrecision)) return null;
  const p = c.place;
  if (typeof p !== "object" || p === null) return null;
  if (p.country !== null && (typeof p.country !== "string" || !ISO3.test(p.country))) return null;
  if (!nullableText(p.admin1, 200) || !nullableText(p.admin2, 200) || !nullableText(p.name, 500)) return null;
  if (!nullableNumber(p.latitude, -90, 90) || !nullableNumber(p.longitude, -180, 180)) return null;
  if (!LOCATION_PRECISIONS.has(p.precision)) return null;
  if (!Array.isArray(c.acts) || c.acts.length > 50) return null;
  const acts = new Array<{ type: string; description: string | null }>(c.acts.length);
  for (let i = 0; i < acts.length; i++) {
    const a = c.acts[i];
    if (typeof a !== "object" || a === null || typeof a.type !== "string" || !isActType(a.type)) return null;
    if (!nullableText(a.description, 4000)) return null;
    acts[i] = { type: a.type, description: a.description };
  }
  const { low, best, high } = c.fatalities ?? {};
  if (!count(low) || !count(best) || !count(high)) return null;
  if (low !== null && best !== null && low > best) return null;
  if (best !== null && high !== null && best > high) return null;
  if (low !== null && high !== null && low > high) return null;
  const x = c.externalId;
  if (typeof x !== "object" || x === null || !trimmedText(x.dataset, 100) || !trimmedText(x.id, 200))
    return null;
  if (c.sensitivity !== "public" && c.sensitivity !== "internal") return null;
  return {
    title: t,
    description: c.description,
    dateStart: c.dateStart,
    dateEnd: end,
    datePrecision: c.datePrecision as EventInput["datePrecision"],
    place: {
      country: p.country,
      admin1: p.admin1,
      admin2: p.admin2,
      name: p.name,
      latitude: p.latitude,
      longitude: p.longitude,
      precision: p.precision as EventInput["place"]["precision"],
    },
    acts,
    perpetrators: [],
    targetedGroupIds: [],
    situationIds: [],
    fatalities: { low, best, high } as EventInput["fatalities"],
    externalId: { dataset: x.dataset, id: x.id },
    sensitivity: c.sensitivity,
  };
}

const nullableText = (v: unknown, max: number) => v === null || (typeof v === "string" && v.length <= max);
const trimmedText = (v: unknown, max: number) =>
  typeof v === "string" && v.length > 0 && v.length <= max && v.trim() === v;
const nullableNumber = (v: unknown, min: number, max: number) =>
  v === null || (typeof v === "number" && Number.isFinite(v) && v >= min && v <= max);
const count = (v: unknown) => v === null || (typeof v === "number" && Number.isSafeInteger(v) && v >= 0);
