import { z } from "zod";

/** How precisely a place is known, from exact coordinates to the country only (after UCDP's where_prec). */
export const LocationPrecision = z.enum([
  "exact",
  "near",
  "admin2",
  "admin1",
  "country",
  "region",
  "unknown",
]);
export type LocationPrecision = z.infer<typeof LocationPrecision>;

export const Iso3 = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code such as KEN");

export const Place = z.object({
  country: Iso3.nullable().default(null),
  admin1: z.string().max(200).nullable().default(null),
  admin2: z.string().max(200).nullable().default(null),
  name: z.string().max(500).nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  precision: LocationPrecision.default("unknown"),
});
export type Place = z.infer<typeof Place>;
