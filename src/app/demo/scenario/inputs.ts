import { COUNTRY } from "./constants.ts";
import type {
  ActorSpec,
  ClaimSpec,
  DocumentSpec,
  EventSpec,
  GroupSpec,
  ScenarioKey,
  SituationSpec,
  SourceSpec,
} from "./types.ts";

/** Turns a scenario key into the id the store gave its record; throws when the record is not created yet. */
export type IdOf = (key: ScenarioKey) => string;

const withoutKey = <T extends { key: string }>({ key: _key, ...rest }: T) => rest;

/**
 * The raw inputs for the evidence use cases, with keys replaced by ids. The use cases validate them; the
 * scenario tests run them through the same schemas with made-up ids.
 */
export function sourceInput(s: SourceSpec) {
  return withoutKey(s);
}
export function groupInput(g: GroupSpec) {
  return withoutKey(g);
}
export function actorInput(a: ActorSpec) {
  return withoutKey(a);
}

export function situationInput(s: SituationSpec, idOf: IdOf) {
  return {
    name: s.name,
    country: COUNTRY.iso3,
    region: s.region,
    description: s.description,
    targetedGroupIds: s.groups.map(idOf),
    perpetratorIds: s.perpetrators.map(idOf),
    sensitivity: s.sensitivity,
  };
}

export function documentMetadata(d: DocumentSpec, idOf: IdOf) {
  return {
    title: d.title,
    sourceId: d.source ? idOf(d.source) : null,
    originUrl: d.originUrl,
    collectedAt: d.collectedAt,
    collectedBy: d.collectedBy,
    method: d.method,
    mediaType: d.mediaType,
    language: d.language,
    sensitivity: d.sensitivity,
  };
}

export function eventInput(e: EventSpec, idOf: IdOf) {
  return {
    title: e.title,
    description: e.description,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd ?? null,
    datePrecision: e.datePrecision,
    place: e.place,
    acts: e.acts.map((a) => ({ type: a.type, description: a.description ?? null })),
    perpetrators: e.perpetrators.map((p) => ({ actorId: idOf(p.actor), involvement: p.involvement })),
    targetedGroupIds: e.groups.map(idOf),
    situationIds: e.situations.map(idOf),
    fatalities: { low: null, best: null, high: null, ...e.fatalities },
    externalId: e.externalId ?? null,
    sensitivity: e.sensitivity,
  };
}

export function claimInput(c: ClaimSpec, idOf: IdOf) {
  const a = c.assertion ?? {};
  return {
    sourceId: idOf(c.source),
    documentId: c.document ? idOf(c.document) : null,
    locator: c.locator ?? null,
    eventId: c.event ? idOf(c.event) : null,
    situationId: c.situation ? idOf(c.situation) : null,
    indicator: c.indicator ?? null,
    statement: c.statement,
    assertion: {
      ...(a.fatalities ? { fatalities: { low: null, best: null, high: null, ...a.fatalities } } : {}),
      ...(a.dateStart ? { dateStart: a.dateStart } : {}),
      ...(a.dateEnd ? { dateEnd: a.dateEnd } : {}),
      ...(a.perpetrators ? { perpetratorIds: a.perpetrators.map(idOf) } : {}),
      ...(a.acts ? { acts: a.acts } : {}),
    },
    credibility: c.credibility,
    credibilityReason: c.credibilityReason,
    howKnown: c.howKnown,
    witness: c.witness ?? null,
    statedAt: c.statedAt,
    sensitivity: c.sensitivity,
  };
}
