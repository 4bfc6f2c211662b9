/**
 * The Early Warning Project's replication files as `tocsin import ewp FILE` reads them. Which file it is
 * comes from its header: the prepared predictors (the country-year rows the forecaster fits on), the
 * mass-killing base data (country-year), or the mass-killing episodes sheet. The Gleditsch-Ward states
 * sheet and the model outputs (coefficients, forecasts) are recognised and refused with the reason.
 */
import type { DatasetSource } from "./import-record.ts";

export type EwpKind = "predictors" | "base-data" | "episodes";

/** The dataset as a Source. EWP publishes the files for replication without a licence file. */
export const EWP_DATASET: DatasetSource = {
  name: "Early Warning Project statistical risk assessment (replication data)",
  reliability: "B",
  reliabilityReason:
    "academic project (US Holocaust Memorial Museum and Dartmouth College) with published coding rules and replication files",
  url: "https://github.com/EarlyWarningProject",
  licence:
    "published for replication; no licence file: may be downloaded and used, never committed or shipped",
  attribution:
    "Early Warning Project, United States Holocaust Memorial Museum and Dartmouth College: Statistical Risk Assessment replication files.",
};

/** The episodes sheet's columns as EWP spells them (`repsonsible` is the sheet's own spelling). */
export const EPISODE_COLUMNS = {
  country: "country",
  name: "mk_event_name",
  summary: "mk_event_summary",
  start: "startyear",
  end: "endyear",
  code: "mk_event_code",
  perpetrator: "State-Led or Non-State-Led",
  ethnicGroups: "mk_number_eth_groups",
  location: "mk_location_cow",
  locationInheritors: ["mk_location_inheritor1", "mk_location_inheritor2"],
  responsible: "mk_repsonsible_state_cow",
  responsibleInheritors: ["mk_repsonsible_state_inheritor1", "mk_repsonsible_state_inheritor2"],
} as const;

/** Text columns of the country-year files; every other column is numeric (`NA` or empty: missing). */
export const EWP_TEXT_COLUMNS: ReadonlySet<string> = new Set([
  "ewp_name",
  "country",
  "mk_ongoing_code",
  "mk_ethnicflag",
]);

export interface KindSpec {
  kind: EwpKind;
  /** Columns a file of this kind must have (the importer refuses the file naming any missing). */
  required: readonly string[];
  /** Columns only this kind has: how the header is recognised. */
  signature: readonly string[];
}

/**
 * What each kind needs. For the predictors that is every column the model reads: the 39 predictors, the
 * outcome and the onset (passed in, since the list lives with the model in src/domain/risk).
 */
export function kindSpecs(modelColumns: readonly string[]): KindSpec[] {
  return [
    {
      kind: "predictors",
      required: ["ewp_name", "year", "ccode", ...modelColumns.filter((c) => c !== "year")],
      signature: ["mk_onset_1or2", "popsize.log2", "pol_killing_approved", "year_sq"],
    },
    {
      kind: "base-data",
      required: ["year", "country", "ccode", "ewp_name", "mk_onset", "mk_ongoing", "mk_offset"],
      signature: ["datastartyear", "dataendyear", "mk_onset_count", "mk_ongoing_count"],
    },
    {
      kind: "episodes",
      required: [
        EPISODE_COLUMNS.country,
        EPISODE_COLUMNS.name,
        EPISODE_COLUMNS.start,
        EPISODE_COLUMNS.end,
        EPISODE_COLUMNS.code,
        EPISODE_COLUMNS.perpetrator,
        EPISODE_COLUMNS.location,
      ],
      signature: [
        EPISODE_COLUMNS.code,
        EPISODE_COLUMNS.name,
        EPISODE_COLUMNS.start,
        EPISODE_COLUMNS.perpetrator,
      ],
    },
  ];
}

/** Files EWP publishes that `import ewp` recognises but does not store, with why. */
const NOT_IMPORTED: { signature: readonly string[]; what: string }[] = [
  {
    signature: ["COW_number", "COW_abv", "entry_year"],
    what: "the Gleditsch-Ward states sheet: not stored (tocsin's country crosswalks are in src/domain/reference)",
  },
  {
    signature: ["variable", "coef.full"],
    what: "a coefficients file: not stored; tocsin forecast --model ewp2025 reads it with --coefficients FILE",
  },
];

export type Detection = { ok: true; spec: KindSpec } | { ok: false; reason: string; missing: string[] };

/**
 * Which EWP file a header belongs to: the kind whose signature columns it holds most of. A header that
 * matches a kind but lacks some of its required columns is refused, naming them.
 */
export function detectEwpKind(header: readonly string[], modelColumns: readonly string[]): Detection {
  const names = new Set(header.map((h) => h.trim()));
  if ([...names].some((n) => /^risk_1or2\.from\d{4}$/.test(n)))
    return {
      ok: false,
      reason: "a published forecasts file: not stored (tocsin compares with it in its tests)",
      missing: [],
    };
  for (const n of NOT_IMPORTED) {
    if (n.signature.every((c) => names.has(c))) return { ok: false, reason: n.what, missing: [] };
  }
  const scored = kindSpecs(modelColumns)
    .map((spec) => ({ spec, hits: spec.signature.filter((c) => names.has(c)).length }))
    .sort((a, b) => b.hits - a.hits);
  const best = scored[0];
  if (!best || best.hits === 0) {
    return {
      ok: false,
      reason:
        "not an EWP file tocsin imports: expected the prepared predictors (ewp_name, year, ..., mk_onset_1or2, ccode), " +
        "the base data (year, country, ccode, datastartyear, mk_onset_count, ...) or the mass-killing events sheet " +
        "(country, mk_event_name, startyear, endyear, mk_event_code, ...)",
      missing: [],
    };
  }
  const missing = best.spec.required.filter((c) => !names.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `looks like EWP ${best.spec.kind} but lacks ${missing.length} required column${missing.length === 1 ? "" : "s"}: ${missing.join(", ")}`,
      missing,
    };
  }
  return { ok: true, spec: best.spec };
}

/**
 * The dataset version when none is given: the assessment year in EWP's file names
 * (`ewp2025_prepared2024predictors-...csv`, `...basedata2025_...csv`); null when the name says none.
 */
export function versionFromFileName(name: string): string | null {
  const m = /ewp(\d{4})/i.exec(name) ?? /(?:basedata|events|episodes)[_-]?(\d{4})/i.exec(name);
  return m?.[1] ?? null;
}
