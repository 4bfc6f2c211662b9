import type { Source, SourceInput } from "../../../domain/evidence/entities.ts";
import type { Reliability } from "../../../domain/evidence/grades.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import { json, storedFields } from "./common.ts";

type Row = Record<string, unknown>;

export function sourceToRow(s: SourceInput) {
  return {
    kind: s.kind,
    name: s.name,
    reliability: s.reliability,
    reliability_reason: s.reliabilityReason,
    url: s.url,
    contact: s.contact,
    licence: s.licence,
    attribution: s.attribution,
    dataset_version: s.datasetVersion,
    accessed_at: s.accessedAt,
    filters: s.filters === null ? null : JSON.stringify(s.filters),
    sensitivity: s.sensitivity,
  };
}

export function sourceFromRow(r: Row): Source {
  return {
    ...storedFields(r as never),
    kind: r.kind as Source["kind"],
    name: r.name as string,
    reliability: r.reliability as Reliability,
    reliabilityReason: r.reliability_reason as string | null,
    url: r.url as string | null,
    contact: r.contact as string | null,
    licence: r.licence as string | null,
    attribution: r.attribution as string | null,
    datasetVersion: r.dataset_version as string | null,
    accessedAt: r.accessed_at as string | null,
    filters: r.filters === null ? null : json<Record<string, unknown>>(r.filters),
    sensitivity: r.sensitivity as Sensitivity,
  };
}
