import type { AlertContent } from "../../../domain/alerts/document/alert-document.ts";
import type { Alert, AlertStatus, AlertVersion } from "../../../domain/alerts/document/alert-version.ts";
import { json } from "../mappers/common.ts";

type Row = Record<string, unknown>;

export function alertFromRow(r: Row): Alert {
  return {
    id: r.id as string,
    situationId: r.situation_id as string,
    createdAt: r.created_at as string,
    createdBy: r.created_by as string,
  };
}

export function versionFromRow(r: Row): AlertVersion {
  return {
    alertId: r.alert_id as string,
    number: Number(r.number),
    status: r.status as AlertStatus,
    content: json<AlertContent>(r.content),
    changeNote: (r.change_note as string | null) ?? null,
    correctionOf: r.correction_of === null ? null : Number(r.correction_of),
    revision: Number(r.revision),
    createdAt: r.created_at as string,
    createdBy: r.created_by as string,
    editors: (r.editors as string[]) ?? [],
    updatedAt: r.updated_at as string,
    submittedAt: (r.submitted_at as string | null) ?? null,
    submittedBy: (r.submitted_by as string | null) ?? null,
    reviewNote: (r.review_note as string | null) ?? null,
    publishedAt: (r.published_at as string | null) ?? null,
    publishedBy: (r.published_by as string | null) ?? null,
    contentSha256: (r.content_sha256 as string | null) ?? null,
  };
}

/** The columns of a version row (the key columns included). */
export function versionToRow(v: AlertVersion) {
  return {
    alert_id: v.alertId,
    number: v.number,
    status: v.status,
    content: JSON.stringify(v.content),
    title: v.content.title,
    level: v.content.level.value,
    change_note: v.changeNote,
    correction_of: v.correctionOf,
    revision: v.revision,
    created_at: v.createdAt,
    created_by: v.createdBy,
    editors: v.editors,
    updated_at: v.updatedAt,
    submitted_at: v.submittedAt,
    submitted_by: v.submittedBy,
    review_note: v.reviewNote,
    published_at: v.publishedAt,
    published_by: v.publishedBy,
    content_sha256: v.contentSha256,
  };
}
