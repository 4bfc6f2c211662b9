import { COUNTRIES } from "../reference/countries.ts";
import type { GazetteerEntry } from "./gazetteer.ts";

/** Names that are far more often something else in reports (the island; "New Jersey"): left out. */
const AMBIGUOUS = new Set(["Jersey"]);

/** The built-in gazetteer of countries (ISO 3166-1 English names and the variants datasets use). */
export function countryEntries(): GazetteerEntry[] {
  return COUNTRIES.map((c) => ({
    kind: "country" as const,
    name: c.name,
    names: c.names.filter((n) => !AMBIGUOUS.has(n) && !n.includes(",")),
    id: null,
    country: c.iso3,
    precision: "country" as const,
    origin: "countries" as const,
  })).filter((e) => e.names.length > 0);
}
