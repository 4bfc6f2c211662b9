import type { LocationPrecision } from "../evidence/places.ts";
import type { GazetteerEntry } from "./gazetteer.ts";

/** What the store knows by name, as the reader's gazetteer needs it (read at the caller's clearance). */
export interface KnownNames {
  actors: { id: string; name: string; aliases: readonly string[]; country: string | null }[];
  groups: { id: string; name: string; aliases: readonly string[] }[];
  situations: { id: string; name: string; country: string; region: string | null }[];
  /** Distinct place names of stored events, with the precision they were stored with. */
  places: {
    name: string;
    country: string | null;
    precision: LocationPrecision;
    latitude: number | null;
    longitude: number | null;
  }[];
}

export const NO_KNOWN_NAMES: KnownNames = { actors: [], groups: [], situations: [], places: [] };

/** Gazetteer entries for the store's actors, groups, situations' regions and events' places. */
export function storeEntries(known: KnownNames): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const a of known.actors)
    out.push({
      kind: "actor",
      name: a.name,
      names: [a.name, ...a.aliases],
      id: a.id,
      country: a.country,
      precision: "unknown",
      origin: "store",
    });
  for (const g of known.groups)
    out.push({
      kind: "group",
      name: g.name,
      names: [g.name, ...g.aliases],
      id: g.id,
      country: null,
      precision: "unknown",
      origin: "store",
    });
  for (const s of known.situations) {
    if (!s.region) continue;
    // "Teskal Province" is also written "Teskal".
    const bare = s.region.replace(
      /\s+(?:Province|Region|District|State|County|Governorate|Prefecture)$/i,
      "",
    );
    out.push({
      kind: "place",
      name: s.region,
      names: bare === s.region ? [s.region] : [s.region, bare],
      id: s.id,
      country: s.country,
      precision: "admin1",
      origin: "store",
    });
  }
  for (const p of known.places)
    out.push({
      kind: "place",
      name: p.name,
      names: [p.name],
      id: null,
      country: p.country,
      precision: p.precision,
      latitude: p.latitude,
      longitude: p.longitude,
      origin: "store",
    });
  return out;
}
