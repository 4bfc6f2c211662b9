import { ACLED } from "../../domain/importers/acled.ts";
import { GDELT_EVENTS } from "../../domain/importers/gdelt.ts";
import type { EventFormat } from "../../domain/importers/import-record.ts";
import { UCDP_BRD } from "../../domain/importers/ucdp-brd.ts";
import { UCDP_CANDIDATE, UCDP_GED } from "../../domain/importers/ucdp-ged.ts";
import { UCDP_ONESIDED } from "../../domain/importers/ucdp-onesided.ts";

/** The event formats `tocsin import <format> FILE` reads (csv with a mapping file is built per call). */
export const EVENT_FORMATS: Record<string, EventFormat> = Object.fromEntries(
  [UCDP_GED, UCDP_CANDIDATE, UCDP_ONESIDED, UCDP_BRD, ACLED, GDELT_EVENTS].map((f) => [f.name, f]),
);
