import type { LocationPrecision, Place } from "../../../domain/evidence/places.ts";
import { COUNTRY } from "./constants.ts";

/**
 * Invented places. The coordinates lie in the open South Pacific, about 1,400 km from the nearest island
 * (Pitcairn), so that no event of the scenario can ever plot on a real town or a real country.
 */
export const PROVINCES = {
  vessen: { name: "Vessen Capital District", latitude: -39.05, longitude: -128.45 },
  orvanne: { name: "Orvanne Province", latitude: -37.1, longitude: -128.3 },
  teskal: { name: "Teskal Province", latitude: -39.1, longitude: -126.3 },
  ambrel: { name: "Ambrel Coast Province", latitude: -39.9, longitude: -129.9 },
} as const;
export type ProvinceKey = keyof typeof PROVINCES;

interface Town {
  name: string;
  province: ProvinceKey;
  district: string;
  latitude: number;
  longitude: number;
}

const town = (name: string, province: ProvinceKey, latitude: number, longitude: number): Town => ({
  name,
  province,
  district: `${name} District`,
  latitude,
  longitude,
});

export const TOWNS = {
  vessenport: town("Vessenport", "vessen", -39.05, -128.45),
  halbrenn: town("Halbrenn", "orvanne", -37.1, -128.4),
  tovask: town("Tovask", "orvanne", -36.7, -127.3),
  grellin: town("Grellin", "orvanne", -37.55, -129.6),
  ustrel: town("Ustrel", "orvanne", -36.55, -129.1),
  kavrosa: town("Kavrosa", "orvanne", -37.8, -127.05),
  saddow: town("Saddow Pass", "orvanne", -36.95, -130.05),
  ketrin: town("Ketrin", "orvanne", -37.3, -126.6),
  pellarin: town("Pellarin", "teskal", -38.6, -126.2),
  sovrenne: town("Sovrenne", "teskal", -39.2, -125.8),
  ilvaro: town("Ilvaro", "teskal", -39.7, -126.7),
  brask: town("Brask", "teskal", -38.9, -127.1),
  ambrel: town("Ambrel", "ambrel", -39.8, -130.1),
  quessel: town("Quessel", "ambrel", -40.3, -129.4),
} as const;
export type TownKey = keyof typeof TOWNS;

/**
 * A place in the scenario at a given precision: exact and near carry the town's coordinates (near is moved a
 * little, as a reported "near X" would be), admin2 the town's district, admin1 only the province.
 */
export function placeAt(key: TownKey, precision: LocationPrecision = "exact"): Place {
  const t = TOWNS[key];
  const province = PROVINCES[t.province];
  const base = { country: COUNTRY.iso3, admin1: province.name, precision };
  if (precision === "admin1" || precision === "region")
    return { ...base, admin2: null, name: null, latitude: province.latitude, longitude: province.longitude };
  if (precision === "admin2")
    return { ...base, admin2: t.district, name: null, latitude: t.latitude, longitude: t.longitude };
  const shift = precision === "near" ? 0.06 : 0;
  return {
    ...base,
    admin2: t.district,
    name: precision === "near" ? `near ${t.name}` : t.name,
    latitude: round(t.latitude + shift),
    longitude: round(t.longitude - shift),
  };
}

/** The whole country, no finer. */
export function countryWide(): Place {
  return {
    country: COUNTRY.iso3,
    admin1: null,
    admin2: null,
    name: null,
    latitude: null,
    longitude: null,
    precision: "country",
  };
}

/** A province, no finer. */
export function provinceWide(key: ProvinceKey): Place {
  const p = PROVINCES[key];
  return {
    country: COUNTRY.iso3,
    admin1: p.name,
    admin2: null,
    name: null,
    latitude: p.latitude,
    longitude: p.longitude,
    precision: "admin1",
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * A rough outline of the invented country as GeoJSON (lon, lat), for maps: world-atlas has no shape for it.
 * Clearly labelled fictional in its properties.
 */
export const COUNTRY_OUTLINE = {
  type: "Feature",
  properties: { iso3: COUNTRY.iso3, name: COUNTRY.name, fictional: true },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [-130.9, -36.3],
        [-128.9, -36.1],
        [-126.6, -36.4],
        [-125.3, -37.6],
        [-125.2, -39.4],
        [-126.1, -40.4],
        [-128.2, -40.9],
        [-129.9, -40.8],
        [-131.0, -39.6],
        [-131.2, -37.9],
        [-130.9, -36.3],
      ],
    ],
  },
} as const;
