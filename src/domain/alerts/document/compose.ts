import { formatDate } from "../../evidence/dates.ts";
import type { Claim, Event, Situation, Source } from "../../evidence/entities.ts";
import type { Assessment } from "../../stages/assessment.ts";
import { levelRank } from "../../stages/levels.ts";
import { suggestRecommendations } from "../recommendations/suggest.ts";
import type { AlertContent, CitedSource, Episode, FindingEvidence, StageFinding } from "./alert-document.ts";
import { alertTitle } from "./alert-title.ts";
import { attributionsFor } from "./attributions.ts";

/** How many top items of each indicator the determination cites. */
export const EVIDENCE_PER_INDICATOR = 3;

/** The evidence an alert cites, read at public clearance by the use case. */
export interface ComposeEvidence {
  events: ReadonlyMap<string, Event>;
  claims: ReadonlyMap<string, Claim>;
  /** The claims about each cited event. */
  claimsByEvent: ReadonlyMap<string, readonly Claim[]>;
  sources: ReadonlyMap<string, Source>;
}

export interface ComposeInput {
  situation: Situation;
  groups: string[];
  perpetrators: string[];
  assessment: Assessment;
  /** Background events (past episodes) and current events, chosen by the use case, oldest first. */
  background: readonly Event[];
  current: readonly Event[];
  evidence: ComposeEvidence;
  place?: string;
}

/**
 * The first draft of an alert (pure): background and current situation from the evidence, the
 * determination and the level from the engine, suggested recommendations from the library, and the
 * attributions of the datasets behind what it cites. The analyst's texts start empty, except a
 * determination sentence built from the stages.
 */
export function composeAlert(input: ComposeInput): AlertContent {
  const { assessment: a, situation, evidence } = input;
  const place = input.place ?? situation.name;
  const cited = new Set<string>();
  const cite = (claims: readonly Claim[]) => citedSources(claims, evidence.sources, cited);
  const episode = (e: Event) => episodeOf(e, cite(evidence.claimsByEvent.get(e.id) ?? []));
  const background = input.background.map(episode);
  const current = input.current.map(episode);
  const stages = a.stages
    .filter((s) => s.level !== "absent" || s.override)
    .map(
      (s): StageFinding => ({
        stage: s.stage,
        name: s.name,
        level: s.level,
        computedLevel: s.computedLevel,
        override: s.override
          ? { value: s.override.value, reason: s.override.reason, at: s.override.at }
          : null,
        score: s.score,
        indicators: s.indicators
          .filter((i) => i.level !== "absent")
          .map((i) => ({
            id: i.indicatorId,
            title: i.title,
            level: i.level,
            evidence: i.top.flatMap((t) => findingOf(t, evidence, cite)).slice(0, EVIDENCE_PER_INDICATOR),
          })),
      }),
    );
  const riskFactors = a.framework
    .filter((f) => f.level !== "absent")
    .map((f) => ({ number: f.number, name: f.name, level: f.level }));
  const rule = a.rules.find((r) => r.fired && !r.concern && r.level === a.computedLevel) ?? null;
  const o = a.levelOverride;
  const suggestions = suggestRecommendations({
    level: a.level,
    stages: stages.filter((s) => levelRank(s.level) >= levelRank("possible")).map((s) => s.stage),
    riskFactors: riskFactors.map((f) => f.number),
    place,
  });
  return {
    situation: {
      id: situation.id,
      name: situation.name,
      country: situation.country,
      region: situation.region,
      groups: input.groups,
      perpetrators: input.perpetrators,
    },
    place,
    title: alertTitle(a.level, place),
    summary: "",
    background: { text: "", episodes: background },
    currentSituation: { text: "", events: current },
    determination: {
      asOf: a.asOf,
      method: { catalogue: a.method.catalogue, rules: a.method.rules, reading: a.method.reading },
      stages,
      riskFactors,
      text: determinationSentence(a.asOf, a.method.rules, stages),
    },
    level: {
      value: a.level,
      computed: a.computedLevel,
      rule: rule ? { id: rule.id, because: rule.because } : null,
      override: o ? { value: o.value as AlertContent["level"]["value"], reason: o.reason, at: o.at } : null,
      concerns: a.concerns,
    },
    recommendations: suggestions.map((s) => ({ ...s })),
    attributions: attributionsFor([...cited].flatMap((id) => evidence.sources.get(id) ?? [])),
  };
}

/** "As of 30 September 2026, by the rules tocsin-default@2026.1, the evidence places the situation at ..." */
export function determinationSentence(asOf: string, rules: string, stages: readonly StageFinding[]): string {
  const strong = stages.filter((s) => levelRank(s.level) >= levelRank("likely"));
  const shown = strong.length ? strong : stages;
  if (shown.length === 0)
    return `As of ${formatDate(asOf, "day")}, by the rules ${rules}, the public evidence shows none of the Ten Stages.`;
  const list = shown.map((s) => `Stage ${s.stage}: ${s.name} (${s.level})`).join(", ");
  return `As of ${formatDate(asOf, "day")}, by the rules ${rules}, the public evidence places the situation at ${list}.`;
}

function episodeOf(e: Event, sources: CitedSource[]): Episode {
  const where = [e.place.name, e.place.admin2, e.place.admin1, e.place.country].filter(Boolean);
  return {
    eventId: e.id,
    title: e.title,
    description: e.description,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    datePrecision: e.datePrecision,
    place: where.length ? [...new Set(where)].join(", ") : null,
    acts: e.acts.map((x) => x.type),
    toll: e.fatalities,
    contested: e.contested,
    sources,
    sensitivity: e.sensitivity,
  };
}

function findingOf(
  t: {
    kind: "event" | "claim";
    id: string;
    date: string;
    contested: boolean;
    toll: FindingEvidence["toll"];
    claimIds: string[];
  },
  evidence: ComposeEvidence,
  cite: (claims: readonly Claim[]) => CitedSource[],
): FindingEvidence[] {
  const claims = t.claimIds.flatMap((id) => evidence.claims.get(id) ?? []);
  if (t.kind === "event") {
    const e = evidence.events.get(t.id);
    if (!e) return []; // not visible at public clearance
    return [
      {
        kind: "event",
        id: t.id,
        title: e.title,
        date: t.date,
        contested: t.contested,
        toll: t.toll,
        sources: cite(claims),
        sensitivity: e.sensitivity,
      },
    ];
  }
  const c = evidence.claims.get(t.id);
  if (!c) return [];
  return [
    {
      kind: "claim",
      id: t.id,
      title: c.statement,
      date: t.date,
      contested: t.contested,
      toll: t.toll,
      sources: cite([c]),
      sensitivity: c.sensitivity,
    },
  ];
}

function citedSources(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  cited: Set<string>,
): CitedSource[] {
  return claims.flatMap((c) => {
    const s = sources.get(c.sourceId);
    if (!s) return [];
    cited.add(s.id);
    const f = c.assertion.fatalities;
    return [
      {
        sourceId: s.id,
        name: s.name,
        reliability: s.reliability,
        url: s.url,
        claimId: c.id,
        credibility: c.credibility,
        statedAt: c.statedAt,
        toll: f ? { low: f.low ?? null, best: f.best ?? null, high: f.high ?? null } : null,
        // The stricter of the claim's and the source's levels.
        sensitivity: stricter(c.sensitivity, s.sensitivity),
      },
    ];
  });
}

function stricter<T extends "public" | "internal" | "confidential">(a: T, b: T): T {
  const order = ["public", "internal", "confidential"];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}
