import { ConflictError } from "../../errors.ts";
import type { AlertContent } from "./alert-document.ts";

/** draft -> in-review -> published; in-review -> draft (returned). A published version never changes. */
export const ALERT_STATUSES = ["draft", "in-review", "published"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export type AlertAction = "edit" | "submit" | "return" | "publish";

const FROM: Record<AlertAction, { from: AlertStatus; to: AlertStatus }> = {
  edit: { from: "draft", to: "draft" },
  submit: { from: "draft", to: "in-review" },
  return: { from: "in-review", to: "draft" },
  publish: { from: "in-review", to: "published" },
};

const HINTS: Record<AlertAction, string> = {
  edit: "only a draft can be edited: return it from review first, or start a correction of a published version",
  submit: "only a draft can be submitted for review",
  return: "only a version in review can be returned to its author",
  publish: "only a version in review can be published: submit the draft first",
};

/** The status after `action`, or a conflict naming what is allowed. */
export function transition(status: AlertStatus, action: AlertAction, where: string): AlertStatus {
  const t = FROM[action];
  if (status !== t.from) {
    throw new ConflictError(`${where} is ${status}: ${HINTS[action]}`, { status, action });
  }
  return t.to;
}

export interface Alert {
  id: string;
  situationId: string;
  createdAt: string;
  createdBy: string;
}

/** One version of an alert. Version 1 is the first issue; each later version corrects the one before. */
export interface AlertVersion {
  alertId: string;
  number: number;
  status: AlertStatus;
  content: AlertContent;
  /** What this version changed (required for a correction). */
  changeNote: string | null;
  /** The published version this one corrects. */
  correctionOf: number | null;
  /** Counts edits: the ETag for If-Match. */
  revision: number;
  createdAt: string;
  createdBy: string;
  /** Everyone who wrote this version (its author first): the two-person rule's seam. */
  editors: string[];
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  /** The reviewer's note when a version was returned to draft (the latest). */
  reviewNote: string | null;
  publishedAt: string | null;
  /** The reviewer who approved publication. */
  publishedBy: string | null;
  /** SHA-256 of the canonical JSON of the content as published (also in the custody log). */
  contentSha256: string | null;
}

/** A version without its content, for lists. */
export type AlertVersionSummary = Omit<AlertVersion, "content"> & {
  title: string;
  level: AlertContent["level"]["value"];
};

export function summarise(v: AlertVersion): AlertVersionSummary {
  const { content, ...rest } = v;
  return { ...rest, title: content.title, level: content.level.value };
}
