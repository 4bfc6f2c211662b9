import type { Cutoff } from "../../domain/stages/assessment.ts";
import { indicatorsForAct } from "../../domain/stages/catalogue.ts";
import { evidenceDate } from "../../domain/stages/scoring/decay.ts";
import type { Attribution, EvidenceItem } from "../../domain/stages/scoring/evidence.ts";
import type { Toll } from "../../domain/stages/scoring/severity.ts";
import type { RawClaim, RawEvent, RawEvidence } from "../../ports/assessment-store.ts";

/**
 * Turns stored evidence into the engine's items, honestly dated: an event counts from the end of its date's
 * precision period; a claim from the day it was stated (else the day it was recorded). Whatever is dated
 * after the as-of date is left out, and its date returned so that a cached tally knows when it expires.
 */
export function itemsFromEvidence(
  raw: RawEvidence,
  cutoff: Cutoff,
): { items: EvidenceItem[]; later: string[] } {
  const items: EvidenceItem[] = [];
  const later: string[] = [];
  const mapped = new Map<string, Set<string>>();
  for (const e of raw.events) {
    const ids = new Set(e.actTypes.flatMap((a) => indicatorsForAct(a).map((i) => i.id)));
    mapped.set(e.id, ids);
    const date = evidenceDate(e.dateStart, e.datePrecision);
    if (date > cutoff.asOf) {
      if (ids.size) later.push(date);
      continue;
    }
    const attributions = e.claims.filter((c) => known(c, cutoff, true, later)).map(attribution);
    const toll = tollOf(e);
    for (const indicatorId of [...ids].sort()) {
      items.push({ kind: "event", id: e.id, indicatorId, date, attributions, contested: e.contested, toll });
    }
  }
  for (const c of raw.indicatorClaims) {
    // A claim naming an indicator its event's acts already evidence is counted through the event (as one
    // of its attributions), not twice.
    if (c.eventId && c.indicator && mapped.get(c.eventId)?.has(c.indicator)) continue;
    if (!c.indicator || !known(c, cutoff, false, later)) continue;
    items.push({
      kind: "claim",
      id: c.id,
      indicatorId: c.indicator,
      date: claimDate(c),
      attributions: [attribution(c)],
      contested: false,
      toll: null,
    });
  }
  return { items, later };
}

function claimDate(c: RawClaim): string {
  return c.statedAt ?? c.createdAt.slice(0, 10);
}

/**
 * Whether a claim is known at the as-of date. With "dated" knowledge (replays of imported history), a claim
 * attributing an event without a statement date is taken as made when the event happened.
 */
function known(c: RawClaim, cutoff: Cutoff, attributing: boolean, later: string[]): boolean {
  if (cutoff.knowledge === "dated" && attributing && c.statedAt === null) return true;
  const d = claimDate(c);
  if (d > cutoff.asOf) {
    later.push(d);
    return false;
  }
  return true;
}

function attribution(c: RawClaim): Attribution {
  return { claimId: c.id, sourceId: c.sourceId, reliability: c.reliability, credibility: c.credibility };
}

/** The event's toll; when contested, widened to the lowest low and highest high that any claim gives. */
function tollOf(e: RawEvent): Toll | null {
  const f = e.fatalities;
  const asserted = e.claims.map((c) => c.fatalities).filter((x): x is Partial<Toll> => !!x);
  if (f.low === null && f.best === null && f.high === null && asserted.length === 0) return null;
  const own = f.low !== null || f.best !== null || f.high !== null;
  const first = asserted[0];
  if (!e.contested)
    return own || !first ? f : { low: first.low ?? null, best: first.best ?? null, high: first.high ?? null };
  const lows = [f.low ?? f.best, ...asserted.map((a) => a.low ?? a.best ?? null)].filter(isNum);
  const highs = [f.high ?? f.best, ...asserted.map((a) => a.high ?? a.best ?? null)].filter(isNum);
  return {
    low: lows.length ? Math.min(...lows) : null,
    best: f.best,
    high: highs.length ? Math.max(...highs) : null,
  };
}

function isNum(x: number | null | undefined): x is number {
  return typeof x === "number";
}
