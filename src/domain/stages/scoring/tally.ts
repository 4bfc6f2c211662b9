import { findIndicator } from "../catalogue.ts";
import { type Contribution, contribution, type EvidenceItem } from "./evidence.ts";
import { qualifiesForEstablished, qualifiesForLikely } from "./weights.ts";

/** One item's part in an indicator's tally, kept for explanations (the largest first). */
export interface ItemContribution extends Contribution {
  kind: EvidenceItem["kind"];
  id: string;
  date: string;
  contested: boolean;
  sourceIds: string[];
  claimIds: string[];
  toll: EvidenceItem["toll"];
}

/** What the evidence for one indicator adds up to at an as-of date. */
export interface IndicatorTally {
  indicatorId: string;
  mass: number;
  /** The mass of the items that are not contested: an established stage needs enough of it alone. */
  uncontestedMass: number;
  items: number;
  contestedItems: number;
  /** Distinct sources whose grades let them carry a stage to "likely". */
  likelySources: string[];
  /** Distinct sources that may corroborate an "established" stage. */
  establishedSources: string[];
  /** The largest contributions, for explanations; may hold fewer than `items`. */
  top: ItemContribution[];
}

export const TOP_ITEMS = 10;

/** Tallies items per indicator. Items naming an indicator the catalogue lacks are returned apart. */
export function tallyItems(
  items: readonly EvidenceItem[],
  asOf: string,
  topN = TOP_ITEMS,
): { tallies: Map<string, IndicatorTally>; unknown: EvidenceItem[] } {
  const tallies = new Map<string, IndicatorTally>();
  const unknown: EvidenceItem[] = [];
  const all = new Map<string, ItemContribution[]>();
  const likely = new Map<string, Set<string>>();
  const established = new Map<string, Set<string>>();
  for (const item of items) {
    const ind = findIndicator(item.indicatorId);
    if (!ind) {
      unknown.push(item);
      continue;
    }
    const c = contribution(item, ind, asOf);
    if (c.decay === 0) continue;
    if (!tallies.has(ind.id)) tallies.set(ind.id, emptyTally(ind.id));
    const ls = likely.get(ind.id) ?? new Set();
    const es = established.get(ind.id) ?? new Set();
    likely.set(ind.id, ls);
    established.set(ind.id, es);
    for (const a of item.attributions) {
      if (qualifiesForLikely(a.reliability, a.credibility)) ls.add(a.sourceId);
      if (qualifiesForEstablished(a.reliability, a.credibility)) es.add(a.sourceId);
    }
    const list = all.get(ind.id) ?? [];
    all.set(ind.id, list);
    list.push({
      ...c,
      kind: item.kind,
      id: item.id,
      date: item.date,
      contested: item.contested,
      sourceIds: [...new Set(item.attributions.map((a) => a.sourceId))].sort(),
      claimIds: item.attributions.map((a) => a.claimId).sort(),
      toll: item.toll,
    });
  }
  for (const [id, t] of tallies) {
    // Summed in a fixed order (largest first), so that the result does not depend on the input's order.
    const sorted = (all.get(id) ?? []).sort(byContribution);
    for (const c of sorted) {
      t.mass += c.mass;
      if (!c.contested) t.uncontestedMass += c.mass;
      t.items += 1;
      if (c.contested) t.contestedItems += 1;
    }
    t.likelySources = [...(likely.get(id) ?? [])].sort();
    t.establishedSources = [...(established.get(id) ?? [])].sort();
    t.top = sorted.slice(0, topN);
  }
  return { tallies, unknown };
}

/** Largest first; ties by date (newest first) then id, so that results never depend on input order. */
export function byContribution(a: ItemContribution, b: ItemContribution): number {
  return b.mass - a.mass || b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

export function emptyTally(indicatorId: string): IndicatorTally {
  return {
    indicatorId,
    mass: 0,
    uncontestedMass: 0,
    items: 0,
    contestedItems: 0,
    likelySources: [],
    establishedSources: [],
    top: [],
  };
}
