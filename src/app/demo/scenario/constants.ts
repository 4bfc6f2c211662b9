/**
 * The fixed facts of the fictional training scenario. Everything is dated relative to SCENARIO_DATE, never to
 * the wall clock, so that the scenario (and any assessment of it "as of" that date) is the same on every machine
 * and every day.
 */

/** The day the scenario is "now": the last events are a few days before it. */
export const SCENARIO_DATE = "2026-09-30";

/** The first day of the scenario's year of events (about 14 months before SCENARIO_DATE). */
export const WINDOW_START = "2025-08-01";

/** The scenario's version: bump it when its content changes, so a store can tell which one it holds. */
export const SCENARIO_VERSION = "1";

/** Stable id of the scenario, recorded in the custody log with every record the loader creates. */
export const SCENARIO_ID = "tocsin-training-feltravia";

/** The label carried by every name and text that people see, so no screenshot can pass for real evidence. */
export const FICTIONAL = "fictional training scenario";

/**
 * The invented country. ISO 3166-1 reserves the alpha-3 ranges AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ for user
 * assignment: ISO will never give them to a country, so XFT can never collide with a real one. (XKX, used for
 * Kosovo, and ICAO's XXA-XXC, XXX, XOM, XPO are also in that range: XFT is none of them.)
 */
export const COUNTRY = {
  iso3: "XFT",
  name: "Republic of Feltravia",
  shortName: "Feltravia",
  demonym: "Feltravian",
} as const;

/** The marker of the scenario in a store: its dataset source record. */
export const MARKER_SOURCE_KEY = "source:scenario";
export const MARKER_SOURCE_NAME = `Tocsin training scenario: ${COUNTRY.name} (${FICTIONAL})`;
