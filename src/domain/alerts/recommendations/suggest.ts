import { type AlertLevel, alertRank } from "../rules/rule-set.ts";
import { ADDRESSEE_KEYS } from "./addressees.ts";
import { type LibraryEntry, RECOMMENDATION_LIBRARY } from "./library.ts";

export interface SuggestInput {
  level: AlertLevel;
  /** Stages whose level is at least "possible". */
  stages: readonly number[];
  /** Risk factors whose level is at least "possible". */
  riskFactors: readonly number[];
  place: string;
  limit?: number;
}

export interface Suggestion {
  libraryId: string;
  addressee: LibraryEntry["addressee"];
  text: string;
  basis: { stages: number[]; riskFactors: number[] };
}

/**
 * The library entries that answer the active stages and risk factors and are allowed at the level: the
 * `limit` most relevant, grouped by addressee. The analyst edits, removes, reorders and adds to them.
 */
export function suggestRecommendations(input: SuggestInput): Suggestion[] {
  const stages = new Set(input.stages);
  const factors = new Set(input.riskFactors);
  const chosen = RECOMMENDATION_LIBRARY.flatMap((entry) => {
    if (entry.minLevel && alertRank(input.level) < alertRank(entry.minLevel)) return [];
    const basis = {
      stages: entry.stages.filter((s) => stages.has(s)),
      riskFactors: entry.riskFactors.filter((f) => factors.has(f)),
    };
    if (basis.stages.length === 0 && basis.riskFactors.length === 0) return [];
    return [{ entry, basis }];
  });
  // The most relevant first (the highest stage answered, then the most matches), then grouped by
  // addressee, the Security Council first, as published alerts do.
  const top = (b: { stages: number[] }) => Math.max(0, ...b.stages);
  const matches = (b: { stages: number[]; riskFactors: number[] }) => b.stages.length + b.riskFactors.length;
  chosen.sort(
    (a, b) =>
      top(b.basis) - top(a.basis) ||
      matches(b.basis) - matches(a.basis) ||
      a.entry.id.localeCompare(b.entry.id),
  );
  const kept = chosen.slice(0, input.limit ?? 12);
  kept.sort(
    (a, b) =>
      ADDRESSEE_KEYS.indexOf(a.entry.addressee) - ADDRESSEE_KEYS.indexOf(b.entry.addressee) ||
      top(b.basis) - top(a.basis) ||
      a.entry.id.localeCompare(b.entry.id),
  );
  return kept.map(({ entry, basis }) => ({
    libraryId: entry.id,
    addressee: entry.addressee,
    text: fillPlace(entry.text, input.place),
    basis,
  }));
}

export function fillPlace(text: string, place: string): string {
  return text.replaceAll("{place}", place);
}
