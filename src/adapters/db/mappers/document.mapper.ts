import type { DocumentMetadata, DocumentRecord } from "../../../domain/evidence/entities.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import { storedFields } from "./common.ts";

type Row = Record<string, unknown>;

export function documentToRow(d: DocumentMetadata) {
  return {
    title: d.title,
    source_id: d.sourceId,
    origin_url: d.originUrl,
    collected_at: d.collectedAt,
    collected_by: d.collectedBy,
    method: d.method,
    media_type: d.mediaType,
    language: d.language,
    sensitivity: d.sensitivity,
  };
}

export function documentFromRow(r: Row, copies: DocumentRecord["copies"] = []): DocumentRecord {
  return {
    ...storedFields(r as never),
    sha256: r.sha256 as string,
    size: Number(r.size),
    title: r.title as string,
    sourceId: r.source_id as string | null,
    originUrl: r.origin_url as string | null,
    collectedAt: r.collected_at as string | null,
    collectedBy: r.collected_by as string | null,
    method: r.method as string | null,
    mediaType: r.media_type as string,
    language: r.language as string | null,
    sensitivity: r.sensitivity as Sensitivity,
    copies,
  };
}
