// Reads a report into suggested events and the source's own claims. One suggested event per sentence that
// names an act or a death toll; its date and places may come from an earlier sentence of the same paragraph
// ("On 3 April ... in Pellarin. Five people were killed."), marked as carried. Nothing is made up: every
// value points at the words it was read from.
import { findActs } from "./acts.ts";
import { findDates } from "./dates.ts";
import type { Gazetteer, GazetteerMatch } from "./gazetteer.ts";
import { findGroupTerms } from "./group-terms.ts";
import { identifyLanguage } from "./language.ts";
import { findNationalities } from "./nationalities.ts";
import { splitSentences } from "./sentences.ts";
import { findStatements } from "./statements.ts";
import { findToll } from "./tolls.ts";
import type { TownIndex } from "./town-index.ts";
import { findTowns, type TownMatch } from "./towns.ts";
import type {
  DateMention,
  EntityMention,
  PlaceMention,
  Reading,
  Sentence,
  Span,
  SuggestedEvent,
} from "./types.ts";

export interface ReadOptions {
  gazetteer: Gazetteer;
  /** When the text was written or collected: the year of "on 3 May". Null: such dates are left out. */
  reference: Date | null;
  /** The town gazetteer (GeoNames); without it only countries and the store's names are places. */
  towns?: TownIndex | null;
}

/** Texts longer than this are read on their first part only (the caller is told through `truncated`). */
export const MAX_READ_CHARS = 2_000_000;

function shift<T extends Span>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

function overlapsAny(s: Span, spans: readonly Span[]): boolean {
  return spans.some((t) => s.start < t.end && t.start < s.end);
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toPlace(m: GazetteerMatch): PlaceMention {
  const e = m.entry;
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    name: e.name,
    country: e.country,
    precision: e.precision,
    origin: e.origin,
    situationId: e.kind === "place" && e.id ? e.id : null,
    region: null,
    latitude: e.latitude ?? null,
    longitude: e.longitude ?? null,
  };
}

function townPlace(m: TownMatch): PlaceMention {
  const r = m.record;
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    name: r.name,
    country: r.country,
    precision: r.kind === "region" ? "admin1" : r.latitude === null ? "unknown" : "exact",
    origin: "towns",
    situationId: null,
    region: r.region,
    latitude: r.latitude,
    longitude: r.longitude,
  };
}

function toEntity(m: GazetteerMatch): EntityMention {
  return { start: m.start, end: m.end, text: m.text, id: m.entry.id ?? "", name: m.entry.name };
}

/** How much of an event a sentence gives; a ranking aid for the queue, not a calibrated probability. */
export function eventConfidence(e: Omit<SuggestedEvent, "confidence">): number {
  let c = 0.3;
  if (e.acts.length > 0) c += 0.2;
  if (e.date) c += e.dateCarried || e.date.yearInferred ? 0.08 : 0.15;
  if (e.places.length > 0) c += e.placesCarried ? 0.05 : 0.1;
  if (e.fatalities) c += 0.1;
  // A built-in name ("security forces", "civilians") says who as much as a store record does.
  if (e.perpetrators.length > 0 || e.perpetratorTerms.length > 0) c += 0.1;
  if (e.groups.length > 0 || e.groupTerms.length > 0) c += 0.05;
  return Math.min(0.95, Math.round(c * 100) / 100);
}

interface Found {
  dates: DateMention[];
  names: GazetteerMatch[];
}

/** Dates and the gazetteer's names of one sentence (offsets in the sentence). */
function findNames(s: Sentence, options: ReadOptions): Found {
  const dates = findDates(s.text, options.reference);
  return { dates, names: options.gazetteer.match(s.text).filter((m) => !overlapsAny(m, dates)) };
}

/** The countries a text names: countries, demonyms ("Syrian"), and the countries of the store's places. */
function mentionedCountries(found: Found[]): Set<string> {
  const out = new Set<string>();
  for (const f of found)
    for (const m of f.names)
      if (m.entry.kind !== "actor" && m.entry.kind !== "group" && m.entry.country) out.add(m.entry.country);
  return out;
}

function readSentence(s: Sentence, { dates, names }: Found, options: ReadOptions, mentioned: Set<string>) {
  const towns = options.towns
    ? findTowns(s.text, { index: options.towns, mentioned, taken: [...dates, ...names] })
    : [];
  const places = uniqueBy(
    [
      ...names.filter((m) => m.entry.kind === "country" || m.entry.kind === "place").map(toPlace),
      ...towns.map(townPlace),
    ].sort((a, b) => a.start - b.start),
    (p) => `${p.name}|${p.country}`,
  );
  const forces = findNationalities(s.text, names, (c) => options.gazetteer.actorsOf(c));
  const perpetrators = uniqueBy(
    [...names.filter((m) => m.entry.kind === "actor").map(toEntity), ...forces.actors],
    (e) => e.id,
  );
  const groups = uniqueBy(names.filter((m) => m.entry.kind === "group").map(toEntity), (e) => e.id);
  const terms = findGroupTerms(s.text, names, [...dates, ...towns]);
  const toll = findToll(s.text, [...dates, ...names, ...towns]);
  const acts = findActs(s.text);
  return {
    dates: dates.map((d) => shift(d, s.start)),
    places: places.map((p) => shift(p, s.start)),
    perpetrators: perpetrators.map((p) => shift(p, s.start)),
    perpetratorCountries: uniqueBy(forces.nationalities, (n) => n.country).map((n) => shift(n, s.start)),
    groups: groups.map((g) => shift(g, s.start)),
    groupTerms: uniqueBy(
      terms.filter((t) => t.role === "group"),
      (t) => `${t.name}|${t.country}`,
    ).map((t) => shift(t, s.start)),
    perpetratorTerms: uniqueBy(
      terms.filter((t) => t.role === "perpetrator"),
      (t) => `${t.name}|${t.country}`,
    ).map((t) => shift(t, s.start)),
    toll: toll ? shift(toll, s.start) : null,
    acts: acts.map((a) => shift(a, s.start)),
  };
}

/** A title or banner line: no closing punctuation, short. Not read for events. */
function isHeading(s: Sentence): boolean {
  return s.text.length < 120 && !/[.!?:;"\u201d)]$/.test(s.text);
}

export function readText(text: string, options: ReadOptions): Reading & { truncated: boolean } {
  const truncated = text.length > MAX_READ_CHARS;
  const body = truncated ? text.slice(0, MAX_READ_CHARS) : text;
  const sentences = splitSentences(body);
  const found = sentences.map((s) => findNames(s, options));
  const mentioned = mentionedCountries(found);
  const events: SuggestedEvent[] = [];
  let paragraph = -1;
  let lastDate: DateMention | null = null;
  let lastPlaces: PlaceMention[] = [];
  for (const [i, s] of sentences.entries()) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      lastDate = null;
      lastPlaces = [];
    }
    const r = readSentence(s, found[i] as Found, options, mentioned);
    const date = r.dates[0] ?? null;
    if ((r.acts.length > 0 || r.toll) && !isHeading(s)) {
      const base = {
        start: s.start,
        end: s.end,
        text: s.text,
        paragraph: s.paragraph,
        date: date ?? lastDate,
        dateCarried: !date && lastDate !== null,
        places: r.places.length > 0 ? r.places : lastPlaces,
        placesCarried: r.places.length === 0 && lastPlaces.length > 0,
        groups: r.groups,
        perpetrators: r.perpetrators,
        groupTerms: r.groupTerms,
        perpetratorTerms: r.perpetratorTerms,
        perpetratorCountries: r.perpetratorCountries,
        fatalities: r.toll,
        acts: r.acts,
      };
      events.push({ ...base, confidence: eventConfidence(base) });
    }
    if (date) lastDate = date;
    if (r.places.length > 0) lastPlaces = r.places;
  }
  return {
    language: identifyLanguage(body),
    sentences: sentences.length,
    events,
    claims: findStatements(sentences, body),
    truncated,
  };
}
