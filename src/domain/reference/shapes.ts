import { countryByCode } from "./countries.ts";

/**
 * Country shapes from `world-atlas` (Natural Earth, public domain, as TopoJSON), tied to ISO alpha-3 codes. The
 * web map draws them without a tile server; this module says which shape is which country. It reads a topology
 * it is given (world-atlas.ts loads one in Node; a browser bundle imports the JSON itself).
 */

/** The part of a world-atlas countries file this module reads. */
export interface CountriesTopology {
  readonly type: "Topology";
  readonly objects: { readonly countries: { readonly geometries: readonly CountryGeometry[] } };
}

export interface CountryGeometry {
  /** ISO 3166-1 numeric code as text ("004"); absent for a few shapes. */
  readonly id?: string;
  readonly properties?: { readonly name?: string };
}

export interface CountryShape {
  /** Position in `objects.countries.geometries`. */
  readonly index: number;
  /** The feature's id (ISO 3166-1 numeric), or null for the shapes that have none. */
  readonly id: string | null;
  /** The feature's name in the file (Natural Earth's short names: "Dem. Rep. Congo"). */
  readonly name: string;
  /** The country tocsin counts the shape in; null when it counts it in none. */
  readonly iso3: string | null;
  /** Why a shape without an ISO id belongs where it does; absent for shapes with one. */
  readonly note?: string;
}

/**
 * Shapes Natural Earth draws apart that have no ISO 3166-1 code, and where tocsin counts them, by the same rule
 * as its data sources: ISO, the UN and the Gleditsch-Ward and COW state lists. A shape moves with that rule,
 * never with tocsin's own view of a dispute (domain guide, section 9). Keyed by the feature's name.
 */
export const SHAPES_WITHOUT_ISO_CODE: Readonly<Record<string, { iso3: string | null; note: string }>> = {
  Kosovo: {
    iso3: "XKX",
    note: "no ISO code; XKX is the widely used user-assigned code, and both state lists count Kosovo (347)",
  },
  "N. Cyprus": {
    iso3: "CYP",
    note: "recognised only by Turkey; ISO, the UN, both state lists and UCDP count it in Cyprus",
  },
  Somaliland: {
    iso3: "SOM",
    note: "not recognised by any state; ISO, the UN, both state lists and UCDP count it in Somalia",
  },
  "Siachen Glacier": {
    iso3: null,
    note: "held by India, claimed by Pakistan, in the 1:50m file only: drawn, counted in neither",
  },
  "Indian Ocean Ter.": {
    iso3: null,
    note: "two Australian territories with ISO codes of their own (CXR, CCK) in one shape, 1:50m file only",
  },
};

/** Which country a shape (a TopoJSON geometry or the GeoJSON feature made from it) is counted in. */
export function iso3OfShape(shape: CountryGeometry): string | null {
  if (shape.id !== undefined) return countryByCode(shape.id)?.iso3 ?? null;
  return SHAPES_WITHOUT_ISO_CODE[shape.properties?.name ?? ""]?.iso3 ?? null;
}

/** Every shape of a countries file with its ISO alpha-3 code, in file order. */
export function countryShapes(topology: CountriesTopology): CountryShape[] {
  return topology.objects.countries.geometries.map((geometry, index) => {
    const name = geometry.properties?.name ?? "";
    const base = { index, id: geometry.id ?? null, name, iso3: iso3OfShape(geometry) };
    const note = geometry.id === undefined ? SHAPES_WITHOUT_ISO_CODE[name]?.note : undefined;
    return note === undefined ? base : { ...base, note };
  });
}

/**
 * ISO alpha-3 code to the shapes counted in that country: mostly one, with the feature id to find it by; Somalia
 * and Cyprus also get the id-less shapes of Somaliland and Northern Cyprus (find those by name).
 */
export function shapesByIso3(topology: CountriesTopology): Map<string, CountryShape[]> {
  const byIso3 = new Map<string, CountryShape[]>();
  for (const shape of countryShapes(topology)) {
    if (shape.iso3 !== null) byIso3.set(shape.iso3, [...(byIso3.get(shape.iso3) ?? []), shape]);
  }
  return byIso3;
}
