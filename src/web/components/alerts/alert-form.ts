import type { AlertEdit, AlertVersion, RecommendationInput } from "../../api/alerts.ts";

/** The editor's form state: one field per editable part of a draft (src/domain/alerts/document/alert-edit.ts). */
export interface Form {
  place: string;
  summary: string;
  backgroundText: string;
  episodeIds: string[];
  currentText: string;
  eventIds: string[];
  determinationText: string;
  recommendations: RecommendationInput[];
  changeNote: string;
}

export function formOf(v: AlertVersion): Form {
  const c = v.content;
  return {
    place: c.place,
    summary: c.summary,
    backgroundText: c.background.text,
    episodeIds: c.background.episodes.map((e) => e.eventId),
    currentText: c.currentSituation.text,
    eventIds: c.currentSituation.events.map((e) => e.eventId),
    determinationText: c.determination.text,
    recommendations: c.recommendations.map((r) => ({ ...r, basis: { ...r.basis } })),
    changeNote: v.changeNote ?? "",
  };
}

export function editOf(f: Form, correction: boolean): AlertEdit {
  return {
    place: f.place,
    summary: f.summary,
    background: { text: f.backgroundText, episodeIds: f.episodeIds },
    currentSituation: { text: f.currentText, eventIds: f.eventIds },
    determination: { text: f.determinationText },
    recommendations: f.recommendations,
    ...(correction ? { changeNote: f.changeNote } : {}),
  };
}

/** Paths shown beside a field; any other message is listed under the buttons. */
export const KNOWN_PATHS = [
  "place",
  "summary",
  "changeNote",
  "background",
  "currentSituation",
  "determination",
  "recommendations",
];
