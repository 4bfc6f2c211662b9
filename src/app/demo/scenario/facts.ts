import { eventSpread } from "../../../domain/evidence/contest.ts";
import type { Claim } from "../../../domain/evidence/entities.ts";
import { claimInput } from "./inputs.ts";
import type { Scenario, ScenarioKey } from "./types.ts";

/**
 * Facts about the scenario that tests (here and in later features) check against a store: which events its
 * claims make contested, and which values must never reach a caller without confidential clearance.
 */

/** The events whose claims disagree on toll, dates or perpetrators, as the store will mark them. */
export function contestedEventKeys(s: Scenario): ScenarioKey[] {
  const identity = (key: string) => key;
  return s.events
    .filter((e) => {
      const claims = s.claims
        .filter((c) => c.event === e.key)
        .map((c) => ({ ...claimInput(c, identity), id: c.key }) as unknown as Claim);
      return eventSpread({ fatalities: { low: null, best: null, high: null } }, claims).contested;
    })
    .map((e) => e.key);
}

/**
 * Every value that only a confidential caller may see: witness identities, source contacts, who collected a
 * document, and the titles and statements of confidential records. Published output must contain none of them.
 */
export function confidentialValues(s: Scenario): string[] {
  return [
    ...s.claims.flatMap((c) => (c.witness ? [c.witness] : [])),
    ...s.sources.flatMap((r) => (r.contact ? [r.contact] : [])),
    ...new Set(s.documents.map((d) => d.collectedBy)),
    ...s.events.filter((e) => e.sensitivity === "confidential").map((e) => e.title),
    ...s.claims.filter((c) => c.sensitivity === "confidential").map((c) => c.statement),
    ...s.documents.filter((d) => d.sensitivity === "confidential").map((d) => d.title),
  ];
}
