// The JSON shape of a reading: `tocsin read --json` prints it and reading suggestions carry one event of it
// as their payload (docs/reading.md). Dates are ISO with the stated precision (YYYY, YYYY-MM, YYYY-MM-DD),
// countries ISO 3166-1 alpha-3. `start`/`end` of an event are its sentence; `from`/`to` of a field are the
// words it was read from (UTF-16 offsets into the text, end exclusive).
import type { Reading, SourceClaim, SuggestedEvent, TermMention } from "./types.ts";

export interface FieldSource {
  text: string;
  from: number;
  to: number;
}

/** A built-in group or force name: `category` e.g. "civilians", "religious", "nationality", "state-forces". */
export type TermJson = { name: string; category: string; country: string | null } & FieldSource;

export interface EventJson {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  confidence: number;
  date:
    | ({
        start: string;
        end: string | null;
        precision: string;
        yearInferred: boolean;
        carried: boolean;
      } & FieldSource)
    | null;
  places: ({
    name: string;
    country: string | null;
    precision: string;
    origin: string;
    situationId: string | null;
    /** A town's first-level region (GeoNames), else null. */
    region: string | null;
    latitude: number | null;
    longitude: number | null;
    carried: boolean;
  } & FieldSource)[];
  groups: ({ id: string; name: string } & FieldSource)[];
  /** `inferredFrom: "nationality"`: the text named the forces' country, not the actor ("Feltravian soldiers"). */
  perpetrators: ({ id: string; name: string; inferredFrom: string | null } & FieldSource)[];
  /**
   * Built-in names (no store id; docs/reading.md "Targeted groups and perpetrators"): the people named
   * ("civilians", "Yazidis", "Syrian refugees": `country` SYR) and the forces named ("security forces").
   */
  groupTerms: TermJson[];
  perpetratorTerms: TermJson[];
  /** Countries whose forces acted, as the text says ("Syrian soldiers"): ISO alpha-3. */
  perpetratorCountries: ({ country: string } & FieldSource)[];
  fatalities:
    | ({ low: number | null; best: number | null; high: number | null; qualifier: string } & FieldSource)
    | null;
  acts: string[];
  actSources: ({ type: string } & FieldSource)[];
}

export interface ReadingJson {
  language: string;
  sentences: number;
  truncated: boolean;
  events: EventJson[];
  claims: { kind: string; value: string; text: string; start: number; end: number; confidence: number }[];
}

const src = (x: { text: string; start: number; end: number }): FieldSource => ({
  text: x.text,
  from: x.start,
  to: x.end,
});

const termJson = (t: TermMention): TermJson => ({
  name: t.name,
  category: t.category,
  country: t.country,
  ...src(t),
});

export function eventJson(e: SuggestedEvent): EventJson {
  return {
    text: e.text,
    start: e.start,
    end: e.end,
    paragraph: e.paragraph,
    confidence: e.confidence,
    date: e.date
      ? { ...e.date.value, yearInferred: e.date.yearInferred, carried: e.dateCarried, ...src(e.date) }
      : null,
    places: e.places.map((p) => ({
      name: p.name,
      country: p.country,
      precision: p.precision,
      origin: p.origin,
      situationId: p.situationId,
      region: p.region ?? null,
      latitude: p.latitude ?? null,
      longitude: p.longitude ?? null,
      carried: e.placesCarried,
      ...src(p),
    })),
    groups: e.groups.map((g) => ({ id: g.id, name: g.name, ...src(g) })),
    perpetrators: e.perpetrators.map((g) => ({
      id: g.id,
      name: g.name,
      inferredFrom: g.inferredFrom ?? null,
      ...src(g),
    })),
    groupTerms: e.groupTerms.map(termJson),
    perpetratorTerms: e.perpetratorTerms.map(termJson),
    perpetratorCountries: e.perpetratorCountries.map((n) => ({ country: n.country, ...src(n) })),
    fatalities: e.fatalities
      ? {
          low: e.fatalities.low,
          best: e.fatalities.best,
          high: e.fatalities.high,
          qualifier: e.fatalities.qualifier,
          ...src(e.fatalities),
        }
      : null,
    acts: e.acts.map((a) => a.type),
    actSources: e.acts.map((a) => ({ type: a.type, ...src(a) })),
  };
}

export function claimJson(c: SourceClaim) {
  return { kind: c.kind, value: c.value, text: c.text, start: c.start, end: c.end, confidence: c.confidence };
}

export function readingJson(r: Reading & { truncated: boolean }): ReadingJson {
  return {
    language: r.language,
    sentences: r.sentences,
    truncated: r.truncated,
    events: r.events.map(eventJson),
    claims: r.claims.map(claimJson),
  };
}

/** Bumped when the reader's rules change, and stored with each suggestion. */
export const READER_VERSION = "reader-3";
