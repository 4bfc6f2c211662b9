/**
 * The alerts API as the web app uses it (docs/alerts.md; src/http/alerts). The types mirror the route schemas
 * by hand: the web app is built apart from the server, so it does not import the server's zod schemas.
 */
import { API, getJson, type Page, sendJson } from "./client.ts";

export type AlertLevel = "none" | "watch" | "warning" | "emergency";
export type StageLevel = "absent" | "possible" | "likely" | "established";
export type AlertStatus = "draft" | "in-review" | "published";
export type DatePrecision = "day" | "month" | "year" | "unknown-day" | string;

export interface Toll {
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface CitedSource {
  sourceId: string;
  name: string;
  reliability: string;
  url: string | null;
  claimId: string | null;
  credibility: number | null;
  statedAt: string | null;
  toll: Toll | null;
}

export interface Episode {
  eventId: string;
  title: string;
  description: string | null;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  acts: string[];
  toll: Toll;
  contested: boolean;
  sources: CitedSource[];
}

export interface FindingEvidence {
  kind: "event" | "claim";
  id: string;
  title: string;
  date: string;
  contested: boolean;
  toll: Toll | null;
  sources: CitedSource[];
}

export interface StageFinding {
  stage: number;
  name: string;
  level: StageLevel;
  computedLevel: StageLevel;
  override: { value: string; reason: string; at: string } | null;
  score: number;
  indicators: { id: string; title: string; level: StageLevel; evidence: FindingEvidence[] }[];
}

export interface Recommendation {
  libraryId: string | null;
  addressee: string;
  text: string;
  basis: { stages: number[]; riskFactors: number[] };
}

export interface Attribution {
  dataset: string;
  text: string;
  licence: string | null;
  url: string | null;
  accessedAt: string | null;
  notice: string | null;
}

export interface AlertContent {
  situation: {
    id: string;
    name: string;
    country: string;
    region: string | null;
    groups: string[];
    perpetrators: string[];
  };
  place: string;
  title: string;
  summary: string;
  background: { text: string; episodes: Episode[] };
  currentSituation: { text: string; events: Episode[] };
  determination: {
    asOf: string;
    method: { catalogue: string; rules: string; reading: string };
    stages: StageFinding[];
    riskFactors: { number: number; name: string; level: StageLevel }[];
    text: string;
  };
  level: {
    value: AlertLevel;
    computed: AlertLevel;
    rule: { id: string; because: string } | null;
    override: { value: AlertLevel; reason: string; at: string } | null;
    concerns: { id: string; because: string }[];
  };
  recommendations: Recommendation[];
  attributions: Attribution[];
}

interface VersionMeta {
  alertId: string;
  number: number;
  status: AlertStatus;
  changeNote: string | null;
  correctionOf: number | null;
  /** The ETag for If-Match. */
  revision: number;
  createdAt: string;
  createdBy: string;
  editors: string[];
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewNote: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  contentSha256: string | null;
}

export interface AlertVersion extends VersionMeta {
  content: AlertContent;
}

export interface AlertVersionSummary extends VersionMeta {
  title: string;
  level: AlertLevel;
}

export interface AlertSummary {
  id: string;
  situationId: string;
  createdAt: string;
  createdBy: string;
  versions: AlertVersionSummary[];
}

export interface AlertDetail {
  id: string;
  situationId: string;
  createdAt: string;
  createdBy: string;
  versions: AlertVersion[];
}

export interface LibraryEntry {
  id: string;
  addressee: string;
  text: string;
  stages: number[];
  riskFactors: number[];
  minLevel?: AlertLevel;
}

export interface RecommendationLibrary {
  version: string;
  addressees: Record<string, string>;
  entries: LibraryEntry[];
}

export interface RecommendationInput {
  libraryId: string | null;
  addressee: string;
  text: string;
  basis?: { stages: number[]; riskFactors: number[] };
}

/** What a draft edit may change (src/domain/alerts/document/alert-edit.ts). */
export interface AlertEdit {
  place?: string;
  summary?: string;
  background?: { text?: string; episodeIds?: string[] };
  currentSituation?: { text?: string; eventIds?: string[] };
  determination?: { text?: string };
  recommendations?: RecommendationInput[];
  changeNote?: string | null;
}

const base = `${API}/alerts`;
const ifMatch = (revision: number) => ({ "If-Match": `"${revision}"` });

export const alertsApi = {
  /** A page of alerts: `limit` 1-500 (default 200), `cursor` the previous page's nextCursor. */
  listPath: (status?: AlertStatus, limit = 200, cursor?: string) =>
    `${base}?limit=${limit}${status ? `&status=${status}` : ""}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
  list: (status?: AlertStatus) => getJson<Page<AlertSummary>>(alertsApi.listPath(status)),
  path: (id: string) => `${base}/${id}`,
  get: (id: string) => getJson<AlertDetail>(alertsApi.path(id)),
  libraryPath: `${API}/recommendations`,
  /** A new alert whose version 1 is a draft composed from the situation's evidence. */
  create: (situationId: string) => sendJson<AlertDetail>("POST", base, { situationId }),
  edit: (id: string, number: number, revision: number, edit: AlertEdit) =>
    sendJson<AlertVersion>("PATCH", `${base}/${id}/versions/${number}`, edit, ifMatch(revision)),
  submit: (id: string, number: number, revision: number) =>
    sendJson<AlertVersion>("POST", `${base}/${id}/versions/${number}/submit`, {}, ifMatch(revision)),
  return: (id: string, number: number, revision: number, note: string) =>
    sendJson<AlertVersion>("POST", `${base}/${id}/versions/${number}/return`, { note }, ifMatch(revision)),
  publish: (id: string, number: number, revision: number) =>
    sendJson<AlertVersion>("POST", `${base}/${id}/versions/${number}/publish`, {}, ifMatch(revision)),
  /** A correction: a new draft version of a published alert; its change note is required before submission. */
  correct: (id: string, changeNote: string) =>
    sendJson<AlertVersion>("POST", `${base}/${id}/corrections`, { changeNote }),
  /** Discards a draft that was never published (the alert too when it is its only version). */
  discard: (id: string, number: number, revision: number, reason: string | null) =>
    sendJson<{ alertId: string; number: number; alertDeleted: boolean }>(
      "DELETE",
      `${base}/${id}/versions/${number}${reason ? `?reason=${encodeURIComponent(reason)}` : ""}`,
      undefined,
      ifMatch(revision),
    ),
  /** Composes a draft's evidence parts again from the evidence now; the analyst's texts and recommendations stay. */
  refresh: (id: string, number: number, revision: number) =>
    sendJson<AlertVersion>("POST", `${base}/${id}/versions/${number}/refresh`, {}, ifMatch(revision)),
};

/**
 * The web app's page of an alert. Not `/alerts/{id}`: the server answers that path itself (the outputs'
 * `/alerts/{id}.html` route takes every `/alerts/{segment}` and 404s the rest), so a deep link there would
 * never reach the app. `latest` is the latest version the reader may see.
 */
export function alertHref(id: string, number: number | "latest" = "latest"): string {
  return `/alerts/${id}/versions/${number}`;
}

/** Preview of any version (drafts included), rendered at public clearance; not in public mode. */
export function previewHref(
  id: string,
  number: number,
  format: "html" | "md" | "json" | "pdf" = "html",
): string {
  return `${base}/${id}/versions/${number}/render?format=${format}`;
}

/**
 * The published outputs (src/http/alerts/outputs.routes.ts): `/alerts/{id}.{ext}` is the latest published
 * version, `/alerts/{id}/v/{n}.{ext}` one published version for ever.
 */
export function outputLinks(id: string, number?: number): { label: string; href: string; type: string }[] {
  const stem = number === undefined ? `/alerts/${id}` : `/alerts/${id}/v/${number}`;
  return [
    { label: "HTML page", href: `${stem}.html`, type: "text/html" },
    { label: "Markdown", href: `${stem}.md`, type: "text/markdown" },
    { label: "JSON", href: `${stem}.json`, type: "application/json" },
    { label: "PDF", href: `${stem}.pdf`, type: "application/pdf" },
  ];
}

export const FEED_HREF = "/feed.atom";
