import type { AlertContent, CitedSource, Episode } from "../../../domain/alerts/document/alert-document.ts";
import { LEVEL_TITLES } from "../../../domain/alerts/document/alert-title.ts";
import type { Alert, AlertVersion } from "../../../domain/alerts/document/alert-version.ts";
import { publicContent } from "../../../domain/alerts/document/public-view.ts";
import type { AlertLevel } from "../../../domain/alerts/rules/rule-set.ts";
import { type DatePrecision, formatDate } from "../../../domain/evidence/dates.ts";
import { RELIABILITY_LABELS } from "../../../domain/evidence/grades.ts";

/**
 * What every output renders: one version of an alert, its content already passed through publicContent()
 * (redact() at public clearance), the history of published versions, and where it lives. Actor names
 * (authors, reviewers) are never part of an output.
 */
export interface RenderInput {
  alert: Alert;
  version: AlertVersion;
  content: AlertContent;
  /** Published versions of the alert, oldest first (for the history and "superseded" notes). */
  history: { number: number; publishedAt: string | null; changeNote: string | null }[];
  /** Absolute origin for links, e.g. "https://alerts.example.org" (no trailing slash). */
  baseUrl: string;
}

export const FEED_PATH = "/feed.atom";
export const FEED_TITLE = "tocsin: published alerts and alert level changes";

export function renderInput(
  alert: Alert,
  version: AlertVersion,
  versions: readonly AlertVersion[],
  baseUrl: string,
): RenderInput {
  return {
    alert,
    version,
    content: publicContent(version.content),
    history: versions
      .filter((v) => v.status === "published")
      .map((v) => ({ number: v.number, publishedAt: v.publishedAt, changeNote: v.changeNote })),
    baseUrl: baseUrl.replace(/\/+$/, ""),
  };
}

export function levelLabel(level: AlertLevel): string {
  return LEVEL_TITLES[level];
}

export function versionUrl(r: RenderInput, ext: string, number = r.version.number): string {
  return `${r.baseUrl}/alerts/${r.alert.id}/v/${number}.${ext}`;
}

/** "3 April 1992", "April 1992 to June 1992", "1918". */
export function episodeDate(e: Pick<Episode, "dateStart" | "dateEnd" | "datePrecision">): string {
  const p = e.datePrecision as DatePrecision;
  const start = formatDate(e.dateStart, p);
  if (!e.dateEnd || e.dateEnd === e.dateStart) return start;
  const end = formatDate(e.dateEnd, p);
  return end === start ? start : `${start} to ${end}`;
}

/** Deaths as a range: "180 to 410 (best estimate 240)"; "unknown" when no source gives a figure. */
export function tollText(t: { low: number | null; best: number | null; high: number | null } | null): string {
  if (!t || (t.low === null && t.best === null && t.high === null)) return "unknown";
  const n = (x: number) => x.toLocaleString("en-GB");
  if (t.low !== null && t.high !== null && t.low !== t.high)
    return `${n(t.low)} to ${n(t.high)}${t.best !== null ? ` (best estimate ${n(t.best)})` : ""}`;
  if (t.best !== null) return n(t.best);
  if (t.low !== null && t.high === null) return `at least ${n(t.low)}`;
  if (t.high !== null && t.low === null) return `up to ${n(t.high)}`;
  return n((t.low ?? t.high) as number);
}

export function sourceLine(s: CitedSource): string {
  const grade = `${s.reliability}${s.credibility ?? ""}`;
  const said = s.toll ? `; deaths: ${tollText(s.toll)}` : "";
  const when = s.statedAt ? `, ${formatDate(s.statedAt, "day")}` : "";
  return `${s.name} (graded ${grade}: ${RELIABILITY_LABELS[s.reliability]}${when}${said})`;
}

export function dayText(iso: string | null): string {
  return iso ? formatDate(iso.slice(0, 10), "day") : "not published";
}

export const STAGE_LEVEL_WORDS: Record<string, string> = {
  absent: "absent",
  possible: "possible",
  likely: "likely",
  established: "established",
};

export const ACT_WORDS = (act: string) => act.replace(/^x-/, "").replaceAll("-", " ");

/** The analyst's text as paragraphs (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export const STATUS_NOTE: Record<string, string> = {
  draft: "DRAFT: not published. This preview may change.",
  "in-review": "IN REVIEW: not published. This preview may change.",
  published: "",
};
