import { getJson, sendJson } from "../../api/client.ts";

/**
 * The verification workflow's endpoints (GET/PUT .../verification, POST/DELETE .../lock, GET/POST
 * .../comments) for events and claims. The statuses are copied from src/domain/verification (importing them
 * would bundle zod); test/web/evidence-vocabulary.test.ts fails on drift.
 */
export const VERIFICATION_STATUSES = [
  "unverified",
  "in-progress",
  "needs-help",
  "ready-for-review",
  "verified",
  "rejected",
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const STATUS_LABELS: Record<VerificationStatus, string> = {
  unverified: "Unverified",
  "in-progress": "In progress",
  "needs-help": "Needs help",
  "ready-for-review": "Ready for review",
  verified: "Verified",
  rejected: "Rejected",
};

/** A mark beside each status, so that it never rests on colour alone. */
export const STATUS_MARKS: Record<VerificationStatus, string> = {
  unverified: "○",
  "in-progress": "◐",
  "needs-help": "?",
  "ready-for-review": "◑",
  verified: "✓",
  rejected: "✗",
};

export interface EditLock {
  holder: string;
  takenAt: string;
  expiresAt: string;
  mine: boolean;
}

export interface Verification {
  status: VerificationStatus;
  assignee: string | null;
  version: number;
  reason: string | null;
  reviewRequestedBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  lock: EditLock | null;
  lockMinutes: number;
  next: VerificationStatus[];
}

export interface VerificationComment {
  id: string;
  author: string;
  createdAt: string;
  text: string;
}

export type VerifiablePlural = "events" | "claims";

const base = (kind: VerifiablePlural, id: string) => `/api/v1/${kind}/${id}`;

export const verificationApi = {
  get: (kind: VerifiablePlural, id: string) => getJson<Verification>(`${base(kind, id)}/verification`),
  set: (
    kind: VerifiablePlural,
    id: string,
    version: number,
    change: { status: VerificationStatus; assignee: string | null; reason: string | null },
  ) =>
    sendJson<Verification>("PUT", `${base(kind, id)}/verification`, change, { "if-match": `"${version}"` }),
  lock: (kind: VerifiablePlural, id: string, takeOver = false) =>
    sendJson<Verification>("POST", `${base(kind, id)}/lock`, takeOver ? { takeOver: true } : {}),
  unlock: (kind: VerifiablePlural, id: string) => sendJson<Verification>("DELETE", `${base(kind, id)}/lock`),
  comments: (kind: VerifiablePlural, id: string) =>
    getJson<{ items: VerificationComment[] }>(`${base(kind, id)}/comments`),
  comment: (kind: VerifiablePlural, id: string, text: string) =>
    sendJson<VerificationComment>("POST", `${base(kind, id)}/comments`, { text }),
};
