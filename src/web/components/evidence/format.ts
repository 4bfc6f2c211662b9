import type { Place } from "./types.ts";
import { LOCATION_PRECISION_LABELS } from "./vocabulary.ts";

/**
 * What the evidence pages format beyond the shared helpers (src/web/format: dates at their precision, tolls as
 * ranges): places with their precision, coordinates, sizes, vocabulary tokens.
 */

/** "Halbrenn, Orvanne Province, XFT" */
export function formatPlace(p: Place): string {
  const parts = [p.name, p.admin2, p.admin1, p.country].filter((s): s is string => !!s);
  return parts.length ? [...new Set(parts)].join(", ") : "place unknown";
}

export function precisionLabel(p: Place): string {
  return LOCATION_PRECISION_LABELS[p.precision] ?? p.precision;
}

/** "37.10° S, 128.30° W", or null without coordinates. */
export function formatCoordinates(p: Place): string | null {
  if (p.latitude === null || p.longitude === null) return null;
  const lat = `${Math.abs(p.latitude).toFixed(2)}° ${p.latitude < 0 ? "S" : "N"}`;
  const lon = `${Math.abs(p.longitude).toFixed(2)}° ${p.longitude < 0 ? "W" : "E"}`;
  return `${lat}, ${lon}`;
}

export function formatBytes(n: number): string {
  const exact = `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} bytes`;
  if (n < 1024) return exact;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB (${exact})`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB (${exact})`;
}

/** "destruction-of-homes" -> "destruction of homes"; "x-death-list" -> "death list". */
export function humanise(token: string): string {
  return token.replace(/^x-/, "").replaceAll("-", " ");
}
