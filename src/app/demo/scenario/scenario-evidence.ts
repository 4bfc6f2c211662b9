import { eventSpread } from "../../../domain/evidence/contest.ts";
import type { Claim } from "../../../domain/evidence/entities.ts";
import type { Reliability } from "../../../domain/evidence/grades.ts";
import { indicatorsForAct } from "../../../domain/stages/catalogue.ts";
import { evidenceDate } from "../../../domain/stages/scoring/decay.ts";
import type { Attribution, EvidenceItem } from "../../../domain/stages/scoring/evidence.ts";
import { claimInput } from "./inputs.ts";
import type { ClaimSpec, Scenario, ScenarioKey } from "./types.ts";

/**
 * The scenario's evidence for one situation as the assessment engine reads evidence (issue 3): each event
 * through the indicators its acts evidence, attributed to the claims about it known by `asOf`; each claim
 * that names an indicator of the situation. Straight from the data, without a store, so that a test can
 * check the scenario gives each situation the profile it is designed for. The engine's own gathering from
 * the store is the reference; this mirrors its declared rules.
 */
export function scenarioEvidence(s: Scenario, situation: ScenarioKey, asOf: string): EvidenceItem[] {
  const reliability = new Map(s.sources.map((r) => [r.key, r.reliability as Reliability]));
  const attribution = (c: ClaimSpec): Attribution => ({
    claimId: c.key,
    sourceId: c.source,
    reliability: reliability.get(c.source) ?? "F",
    credibility: c.credibility,
  });
  const known = s.claims.filter((c) => c.statedAt <= asOf);
  const items: EvidenceItem[] = [];
  for (const e of s.events.filter((x) => x.situations.includes(situation))) {
    const claims = known.filter((c) => c.event === e.key);
    const asClaims = claims.map((c) => ({ ...claimInput(c, (k) => k), id: c.key }) as unknown as Claim);
    const fatalities = { low: null, best: null, high: null, ...e.fatalities };
    const spread = eventSpread({ fatalities }, asClaims);
    const toll = spread.contested
      ? { low: spread.fatalities.low, best: fatalities.best, high: spread.fatalities.high }
      : fatalities;
    const indicatorIds = new Set(e.acts.flatMap((a) => indicatorsForAct(a.type).map((i) => i.id)));
    for (const indicatorId of indicatorIds) {
      items.push({
        kind: "event",
        id: `${e.key}/${indicatorId}`,
        indicatorId,
        date: evidenceDate(e.dateStart, e.datePrecision),
        attributions: claims.map(attribution),
        contested: spread.contested,
        toll: e.fatalities ? toll : null,
      });
    }
  }
  for (const c of known.filter(
    (x) => x.indicator && (x.situation === situation || situationOf(s, x) === situation),
  )) {
    items.push({
      kind: "claim",
      id: c.key,
      indicatorId: c.indicator ?? "",
      date: c.statedAt,
      attributions: [attribution(c)],
      contested: false,
      toll: null,
    });
  }
  return items;
}

function situationOf(s: Scenario, c: ClaimSpec): ScenarioKey | undefined {
  return s.events.find((e) => e.key === c.event)?.situations[0];
}
