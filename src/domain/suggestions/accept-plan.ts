// What accepting a suggestion writes: the suggested fields with the analyst's edits over them, as raw inputs
// for the evidence use cases (which validate them). An event suggestion and a screening finding become an
// event and the document source's claim about it; a source's own statement becomes a claim about a
// situation. Dates the text did not give are not made up: the analyst must give them.
import { ValidationError } from "../errors.ts";
import type { EventJson } from "../reading/contract.ts";
import { firstDay, lastDay } from "../reading/dates.ts";
import type { AcceptEdits, Suggestion } from "./suggestion.ts";

export interface DocumentRef {
  id: string;
  title: string;
  sourceId: string | null;
  sensitivity: string;
}

export interface AcceptPlan {
  event: Record<string, unknown> | null;
  /** The claim; its `eventId` is filled in once the event exists. */
  claim: Record<string, unknown>;
}

function need(message: string, path: string): never {
  throw new ValidationError(message, [{ path, message }]);
}

function eventDates(p: EventJson | null, edits: AcceptEdits) {
  if (edits.dateStart)
    return {
      dateStart: edits.dateStart,
      dateEnd: edits.dateEnd ?? null,
      datePrecision: edits.datePrecision ?? "day",
    };
  if (!p?.date) return need("dateStart: the text gives no date for this event; give one", "dateStart");
  const precision = p.date.precision as "day" | "month" | "year";
  const end = p.date.end ? lastDay(p.date.end) : precision === "day" ? null : lastDay(p.date.start);
  return {
    dateStart: firstDay(p.date.start),
    dateEnd: edits.dateEnd !== undefined ? edits.dateEnd : end,
    datePrecision: edits.datePrecision ?? precision,
  };
}

function place(p: EventJson | null) {
  const first = p?.places[0];
  if (!first) return {};
  const named = first.precision !== "country";
  // Towns read from the gazetteer carry their region and coordinates (older payloads have neither).
  return {
    country: first.country,
    name: named ? first.name : null,
    admin1: first.precision === "admin1" ? first.name : (first.region ?? null),
    latitude: first.latitude ?? null,
    longitude: first.longitude ?? null,
    precision: first.precision,
  };
}

function title(p: EventJson | null, acts: string[], doc: DocumentRef, passage: string): string {
  const what = acts.length > 0 ? acts.join(", ") : "event";
  const where = p?.places[0]?.name;
  const when = p?.date?.start;
  const parts = [what, where ? `in ${where}` : null, when ? `(${when})` : null].filter(Boolean).join(" ");
  return `${parts}: suggested from "${doc.title}"`.slice(0, 500) || passage.slice(0, 200);
}

export function acceptPlan(
  s: Suggestion,
  doc: DocumentRef,
  edits: AcceptEdits,
  grading: { credibility: number; credibilityReason: string | null },
): AcceptPlan {
  const sourceId = edits.sourceId ?? doc.sourceId;
  if (!sourceId)
    need("sourceId: the document has no source; give the source whose claim this is", "sourceId");
  const sensitivity = edits.sensitivity ?? doc.sensitivity;
  const claimBase = {
    sourceId,
    documentId: doc.id,
    locator: `chars ${s.start}-${s.end}`,
    statement: edits.statement ?? s.passage,
    credibility: grading.credibility,
    credibilityReason:
      grading.credibilityReason ??
      (grading.credibility === 6 ? "not graded yet: accepted from a suggestion" : null),
    sensitivity,
  };
  if (s.kind === "claim") {
    const situationId = edits.situationId ?? null;
    const indicator = edits.indicator ?? null;
    if (!situationId && !indicator)
      need("situationId: say which situation the source's statement is about", "situationId");
    return { event: null, claim: { ...claimBase, situationId, indicator } };
  }
  const p = s.kind === "event" ? (s.payload as unknown as EventJson) : null;
  const suggestedActs = p ? p.acts : [String(s.payload.act)];
  const acts = edits.acts ?? suggestedActs;
  const dates = eventDates(p, edits);
  const perpetratorIds = edits.perpetratorIds ?? (p ? p.perpetrators.map((x) => x.id) : []);
  const targetedGroupIds = edits.targetedGroupIds ?? (p ? p.groups.map((x) => x.id) : []);
  const situationIds = edits.situationIds ?? [
    ...new Set((p?.places ?? []).map((x) => x.situationId).filter((x): x is string => Boolean(x))),
  ];
  const fatalities =
    edits.fatalities ??
    (p?.fatalities ? { low: p.fatalities.low, best: p.fatalities.best, high: p.fatalities.high } : undefined);
  const event = {
    title: edits.title ?? title(p, acts, doc, s.passage),
    description: s.passage,
    ...dates,
    place: edits.place ?? place(p),
    acts: acts.map((type) => ({ type, description: null })),
    perpetrators: perpetratorIds.map((actorId) => ({ actorId, involvement: "alleged" })),
    targetedGroupIds,
    situationIds,
    fatalities: fatalities ?? { low: null, best: null, high: null },
    sensitivity,
  };
  const assertion: Record<string, unknown> = { acts, dateStart: dates.dateStart };
  if (dates.dateEnd) assertion.dateEnd = dates.dateEnd;
  if (fatalities) assertion.fatalities = fatalities;
  if (perpetratorIds.length > 0) assertion.perpetratorIds = perpetratorIds;
  return { event, claim: { ...claimBase, assertion } };
}
