// Lead time on real data: UCDP battle-related deaths (BRD, dyad-years) as each country's evidence, EWP
// mass-killing episodes (and Ulfelder's state-led onsets) as the known onsets. Every country with BRD
// events is one "country-situation"; its evidence is replayed month by month with the engine's replay
// (replayEvidence: the same code `tocsin replay` runs after reading the store), "dated" knowledge, the
// default rules. The data are read from ../shared/data and never copied into the repository.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { itemsFromEvidence } from "../../src/app/assessment/evidence-items.ts";
import { monthsBetween, type ReplayResult, replayEvidence } from "../../src/app/assessment/replay.ts";
import type { RuleSet } from "../../src/domain/alerts/rules/rule-set.ts";
import { alertRank } from "../../src/domain/alerts/rules/rule-set.ts";
import { mapBrdRow } from "../../src/domain/importers/ucdp-brd.ts";
import { isoFromCow } from "../../src/domain/reference/correlates-of-war.ts";
import { assess } from "../../src/domain/stages/assessment.ts";
import { evidenceDate } from "../../src/domain/stages/scoring/decay.ts";
import { tallyItems } from "../../src/domain/stages/scoring/tally.ts";
import type { RawEvent, RawEvidence } from "../../src/ports/assessment-store.ts";

export interface Onset {
  iso3: string;
  year: number;
}

/** BRD rows as the importer maps them, grouped by the country of the battles (the importer's choice). */
export function brdEvidence(path: string): Map<string, RawEvidence> {
  const rows = parse(readFileSync(path), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const by = new Map<string, RawEvent[]>();
  for (const row of rows) {
    const r = mapBrdRow(row);
    const iso = r.place?.country as string;
    const id = `brd:${r.externalId}`;
    const recorded = `${evidenceDate(r.dateStart, "year")}T00:00:00Z`;
    const event: RawEvent = {
      id,
      dateStart: r.dateStart,
      datePrecision: "year",
      actTypes: r.acts.map((a) => a.type),
      contested: false,
      fatalities: {
        low: r.fatalities.low ?? null,
        best: r.fatalities.best ?? null,
        high: r.fatalities.high ?? null,
      },
      createdAt: recorded,
      // The importer's claim: UCDP BRD graded B, credibility 2, no statement date.
      claims: [
        {
          id: `${id}:claim`,
          sourceId: "ucdp-brd",
          reliability: "B",
          credibility: r.credibility,
          statedAt: null,
          createdAt: recorded,
          indicator: null,
          eventId: id,
          fatalities: null,
        },
      ],
    };
    const list = by.get(iso) ?? [];
    list.push(event);
    by.set(iso, list);
  }
  return new Map([...by].map(([iso, events]) => [iso, { events, indicatorClaims: [], readAt: "" }]));
}

/** EWP mass-killing episodes starting in [from, to], placed by their COW location code. */
export function ewpOnsets(path: string, from: number, to: number): Onset[] {
  const rows = parse(readFileSync(path), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const out: Onset[] = [];
  for (const r of rows) {
    const year = Math.trunc(Number(r.startyear));
    if (!(year >= from && year <= to)) continue;
    const iso = isoFromCow(Math.trunc(Number(r.mk_location_cow)), year);
    if (!iso) continue;
    // Only the country and year leave this function: results are committed, the sheet's text is not.
    out.push({ iso3: iso, year });
  }
  return out;
}

/**
 * Ulfelder's state-led mass-killing onsets (mkl.start = 1) in [from, to], by PITF country code (sftgcode:
 * ALG, BOS, ZAI ...): neither the file nor the repository has a crosswalk to ISO, so they are counted, not
 * replayed.
 */
export function ulfelderOnsetCount(path: string, from: number, to: number): number {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return rows.filter((r) => r["mkl.start"] === "1" && Number(r.year) >= from && Number(r.year) <= to).length;
}

export interface OnsetResult extends Onset {
  /** BRD events in the country dated before the onset year. */
  eventsBefore: number;
  /** First month-end at Warning or higher (any time); lead = months from it to 1 January of the onset year. */
  firstWarning: string | null;
  leadMonths: number | null;
  /** The same for the UN Framework's risk factor 1 (armed conflict) reaching "likely": not an alert level. */
  firstArmedConflict: string | null;
  armedConflictLeadMonths: number | null;
}

export interface LeadTimeReport {
  rules: string;
  window: { from: string; to: string };
  countries: number;
  events: number;
  onsets: OnsetResult[];
  /** Countries that reached Warning or higher with no onset in the 24 months after (nor an episode under way). */
  falseAlarms: { iso3: string; firstWarning: string }[];
  levelMonths: Record<string, number>;
  /** Countries where armed conflict (RF1) was likely in some month: the base rate of that signal. */
  armedConflictCountries: string[];
}

/** Replays every country and measures the lead time to each onset. */
export function leadTimes(
  evidence: Map<string, RawEvidence>,
  onsets: Onset[],
  rules: RuleSet,
  window = { from: "1989-01-01", to: "2024-12-31" },
): LeadTimeReport {
  const replays = new Map<string, { replay: ReplayResult; rf1: string | null }>();
  const levelMonths: Record<string, number> = { none: 0, watch: 0, warning: 0, emergency: 0 };
  for (const [iso, raw] of evidence) {
    const o = { from: window.from, to: window.to, knowledge: "dated" as const, clearance: "public" as const };
    const replay = replayEvidence(raw, rules, iso, o);
    for (const m of replay.months) levelMonths[m.level] = (levelMonths[m.level] ?? 0) + 1;
    replays.set(iso, { replay, rf1: firstArmedConflict(raw, rules, replay, iso) });
  }
  const results: OnsetResult[] = onsets.map((onset) => {
    const r = replays.get(onset.iso3);
    const at = `${onset.year}-01-01`;
    const raw = evidence.get(onset.iso3);
    const warned = r?.replay.firstReached.warning ?? null;
    return {
      ...onset,
      eventsBefore: raw?.events.filter((e) => Number(e.dateStart.slice(0, 4)) < onset.year).length ?? 0,
      firstWarning: warned,
      leadMonths: warned ? monthsBetween(warned, at) : null,
      firstArmedConflict: r?.rf1 ?? null,
      armedConflictLeadMonths: r?.rf1 ? monthsBetween(r.rf1, at) : null,
    };
  });
  const falseAlarms: { iso3: string; firstWarning: string }[] = [];
  for (const [iso, { replay }] of replays) {
    const w = replay.months.find((m) => alertRank(m.level) >= alertRank("warning"));
    if (!w) continue;
    const y = Number(w.asOf.slice(0, 4));
    const near = onsets.some((o) => o.iso3 === iso && o.year >= y - 1 && o.year <= y + 2);
    if (!near) falseAlarms.push({ iso3: iso, firstWarning: w.asOf });
  }
  return {
    rules: rules.ref,
    window,
    countries: evidence.size,
    events: [...evidence.values()].reduce((n, e) => n + e.events.length, 0),
    onsets: results,
    falseAlarms,
    levelMonths,
    armedConflictCountries: [...replays].filter(([, r]) => r.rf1 !== null).map(([iso]) => iso),
  };
}

/** The first month-end at which the UN Framework's armed-conflict risk factor is "likely" or more. */
function firstArmedConflict(
  raw: RawEvidence,
  rules: RuleSet,
  replay: ReplayResult,
  iso: string,
): string | null {
  for (const m of replay.months) {
    const cutoff = { asOf: m.asOf, knowledge: "dated" as const, clearance: "public" as const };
    const { tallies } = tallyItems(itemsFromEvidence(raw, cutoff).items, m.asOf);
    const rf1 = assess({ situationId: iso, cutoff, tallies, rules }).framework.find((f) => f.number === 1);
    if (rf1 && (rf1.level === "likely" || rf1.level === "established")) return m.asOf;
  }
  return null;
}
