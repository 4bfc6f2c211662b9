import { ACTORS } from "./actors.ts";
import { datasetExtract } from "./documents-dataset.ts";
import { MISSION_DOCUMENTS } from "./documents-mission.ts";
import { NGO_PRESS_DOCUMENTS } from "./documents-ngo-press.ts";
import { OFFICIAL_DOCUMENTS } from "./documents-official.ts";
import { COVENANT_EVENTS } from "./events-covenant.ts";
import { FAITH_EVENTS } from "./events-faith.ts";
import { fillerEvents, fillerRows } from "./events-filler.ts";
import { ORVANNE_EVENTS } from "./events-orvanne.ts";
import { ORVANNE_LATE_EVENTS } from "./events-orvanne-late.ts";
import { ORVANNE_SPRING_EVENTS } from "./events-orvanne-spring.ts";
import { PAST_EVENTS } from "./events-past.ts";
import { TESKAL_EVENTS } from "./events-teskal.ts";
import { TESKAL_PERSECUTION_EVENTS } from "./events-teskal-persecution.ts";
import { GROUPS } from "./groups.ts";
import { INDICATOR_CLAIMS } from "./indicator-claims.ts";
import { SITUATIONS } from "./situations.ts";
import { SOURCES } from "./sources.ts";
import type { ClaimSpec, Scenario, ScenarioKind } from "./types.ts";

/**
 * The whole scenario, in the order the loader creates it (each record after those it refers to). Pure and
 * deterministic: no clock, no randomness but the seeded one.
 */
export function buildScenario(): Scenario {
  const rows = fillerRows();
  const withClaims = [
    ...PAST_EVENTS,
    ...FAITH_EVENTS,
    ...TESKAL_EVENTS,
    ...TESKAL_PERSECUTION_EVENTS,
    ...ORVANNE_EVENTS,
    ...ORVANNE_SPRING_EVENTS,
    ...ORVANNE_LATE_EVENTS,
    ...COVENANT_EVENTS,
    ...fillerEvents(rows),
  ];
  const eventClaims: ClaimSpec[] = withClaims.flatMap(({ event, claims }) =>
    claims.map((c) => ({ ...c, event: event.key })),
  );
  const scenario: Scenario = {
    sources: SOURCES,
    groups: GROUPS,
    actors: ACTORS,
    situations: SITUATIONS,
    documents: [...MISSION_DOCUMENTS, ...NGO_PRESS_DOCUMENTS, ...OFFICIAL_DOCUMENTS, datasetExtract(rows)],
    events: withClaims.map((w) => w.event),
    claims: [...eventClaims, ...INDICATOR_CLAIMS],
  };
  checkReferences(scenario);
  return scenario;
}

/** The scenario's records in creation order, each with its kind. */
export function orderedRecords(s: Scenario): { kind: ScenarioKind; key: string }[] {
  return [
    ...s.sources.map((r) => ({ kind: "source" as const, key: r.key })),
    ...s.groups.map((r) => ({ kind: "group" as const, key: r.key })),
    ...s.actors.map((r) => ({ kind: "actor" as const, key: r.key })),
    ...s.situations.map((r) => ({ kind: "situation" as const, key: r.key })),
    ...s.documents.map((r) => ({ kind: "document" as const, key: r.key })),
    ...s.events.map((r) => ({ kind: "event" as const, key: r.key })),
    ...s.claims.map((r) => ({ kind: "claim" as const, key: r.key })),
  ];
}

/** How many records of each kind the scenario declares. */
export function declaredCounts(s: Scenario): Record<ScenarioKind, number> {
  return {
    source: s.sources.length,
    group: s.groups.length,
    actor: s.actors.length,
    situation: s.situations.length,
    document: s.documents.length,
    event: s.events.length,
    claim: s.claims.length,
  };
}

/** Fails loudly, naming the record, when a key is used twice or a reference points at nothing of its kind. */
function checkReferences(s: Scenario): void {
  const kinds = new Map<string, ScenarioKind>();
  for (const { kind, key } of orderedRecords(s)) {
    if (kinds.has(key)) throw new Error(`training scenario: key ${key} is used twice`);
    kinds.set(key, kind);
  }
  const expect = (from: string, key: string | undefined | null, kind: ScenarioKind) => {
    if (key && kinds.get(key) !== kind)
      throw new Error(`training scenario: ${from} refers to ${key}, which is no ${kind}`);
  };
  for (const r of s.situations) {
    for (const g of r.groups) expect(r.key, g, "group");
    for (const a of r.perpetrators) expect(r.key, a, "actor");
  }
  for (const d of s.documents) expect(d.key, d.source, "source");
  for (const e of s.events) {
    for (const p of e.perpetrators) expect(e.key, p.actor, "actor");
    for (const g of e.groups) expect(e.key, g, "group");
    for (const x of e.situations) expect(e.key, x, "situation");
  }
  for (const c of s.claims) {
    expect(c.key, c.source, "source");
    expect(c.key, c.document, "document");
    expect(c.key, c.event, "event");
    expect(c.key, c.situation, "situation");
    for (const a of c.assertion?.perpetrators ?? []) expect(c.key, a, "actor");
  }
}
