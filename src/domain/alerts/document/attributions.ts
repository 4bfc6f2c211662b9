import type { Source } from "../../evidence/entities.ts";
import type { Attribution } from "./alert-document.ts";

/**
 * The notices the datasets tocsin reads require or ask for (domain.md section 7; the importers in
 * src/domain/importers write each dataset's own citation on its Source record, which is quoted as is).
 * Generic on purpose: no version, date or figure is invented here; those come from the Source record.
 */
export const DATASET_NOTICES: readonly { family: string; match: RegExp; notice: string }[] = [
  {
    family: "UCDP",
    match: /\bUCDP\b|Uppsala Conflict Data Program/i,
    notice:
      "Contains data from the Uppsala Conflict Data Program (UCDP), Uppsala University, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). The data were selected and summarised for this alert; UCDP does not endorse it.",
  },
  {
    family: "ACLED",
    match: /\bACLED\b|Armed Conflict Location/i,
    notice:
      "Some evidence was assessed with Armed Conflict Location & Event Data (ACLED; acleddata.com) under its terms of use. ACLED data are not redistributed with this alert; the access date and filters are given.",
  },
  {
    family: "GDELT",
    match: /\bGDELT\b/i,
    notice:
      "Contains data from the GDELT Project (https://www.gdeltproject.org/), machine-coded from news reports.",
  },
  {
    family: "EWP",
    match: /Early Warning Project/i,
    notice:
      "Statistical risk estimates use data published for replication by the Early Warning Project (United States Holocaust Memorial Museum and Dartmouth College); the data are not redistributed with this alert.",
  },
];

export function datasetNotice(source: Pick<Source, "name" | "url" | "attribution">): string | null {
  const hay = `${source.name} ${source.url ?? ""} ${source.attribution ?? ""}`;
  return DATASET_NOTICES.find((d) => d.match.test(hay))?.notice ?? null;
}

/**
 * One attribution per dataset source behind the cited evidence (and per other cited source that carries a
 * licence), with the citation its Source record holds, its licence, version, access date and filters.
 */
export function attributionsFor(sources: readonly Source[]): Attribution[] {
  const seen = new Set<string>();
  const out: Attribution[] = [];
  for (const s of sources) {
    if (seen.has(s.id) || (s.kind !== "dataset" && !s.licence)) continue;
    seen.add(s.id);
    out.push({
      sourceId: s.id,
      dataset: s.name,
      text: s.attribution ?? s.name,
      licence: s.licence,
      url: s.url,
      accessedAt: s.accessedAt,
      version: s.datasetVersion,
      filters: s.filters && Object.keys(s.filters).length ? formatFilters(s.filters) : null,
      notice: datasetNotice(s),
    });
  }
  return out.sort((a, b) => a.dataset.localeCompare(b.dataset));
}

function formatFilters(f: Record<string, unknown>): string {
  return Object.entries(f)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join("; ");
}
