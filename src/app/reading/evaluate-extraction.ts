// Precision and recall of the report reader per field, on a hand-written FICTIONAL set
// (test/fixtures/reading/event-extraction.json). An expected event is matched to the suggested event whose
// sentence holds its snippet; each field value counts as found (true positive), missed (false negative) or
// extra (false positive, including every value of a suggested event that matches no expected one).
import { readFileSync } from "node:fs";
import { readText } from "../../domain/reading/read-text.ts";
import { type TownIndex, townKey } from "../../domain/reading/town-index.ts";
import type { SuggestedEvent } from "../../domain/reading/types.ts";
import { gazetteerFor } from "./gazetteer-for.ts";

export const FIELDS = ["events", "dates", "places", "actors", "groups", "acts", "tolls"] as const;
export type Field = (typeof FIELDS)[number];

interface Expected {
  snippet: string;
  date: string | null;
  places: string[];
  actors: string[];
  groups: string[];
  acts: string[];
  toll: [number | null, number | null, number | null] | null;
}

interface EvalSet {
  reference: string;
  known: {
    actors: { id: string; name: string; aliases: string[] }[];
    groups: { id: string; name: string; aliases: string[] }[];
    places: string[];
  };
  paragraphs: { text: string; events: Expected[] }[];
}

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function values(e: SuggestedEvent | null, x: Expected | null, field: Field): [string[], string[]] {
  const got: string[] = [];
  const want: string[] = [];
  if (field === "events") {
    if (e) got.push("event");
    if (x) want.push("event");
  } else if (field === "dates") {
    if (e?.date) got.push(e.date.value.start);
    if (x?.date) want.push(x.date);
  } else if (field === "places") {
    // Names compare without accents and punctuation (GeoNames writes "Sinjār", a report "Sinjar").
    for (const p of e?.places ?? [])
      got.push(townKey(p.precision === "country" ? (p.country ?? p.name) : p.name));
    want.push(...(x?.places ?? []).map(townKey));
  } else if (field === "actors") {
    got.push(...(e?.perpetrators ?? []).map((a) => a.name));
    want.push(...(x?.actors ?? []));
  } else if (field === "groups") {
    got.push(...(e?.groups ?? []).map((a) => a.name));
    want.push(...(x?.groups ?? []));
  } else if (field === "acts") {
    got.push(...(e?.acts ?? []).map((a) => a.type));
    want.push(...(x?.acts ?? []));
  } else {
    if (e?.fatalities) got.push(JSON.stringify([e.fatalities.low, e.fatalities.best, e.fatalities.high]));
    if (x?.toll) want.push(JSON.stringify(x.toll));
  }
  return [got, want];
}

/** `towns`: the town gazetteer to read with (null: countries and the set's known names only). */
export function evaluateExtraction(
  path: string,
  options: { towns?: TownIndex | null } = {},
): Record<Field, FieldScore> {
  const set = JSON.parse(readFileSync(path, "utf8")) as EvalSet;
  const gazetteer = gazetteerFor({
    actors: set.known.actors.map((a) => ({ ...a, country: null })),
    groups: set.known.groups,
    situations: [],
    places: set.known.places.map((name) => ({
      name,
      country: "XFT",
      precision: "exact" as const,
      latitude: null,
      longitude: null,
    })),
  });
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Field,
    { tp: number; fp: number; fn: number }
  >;
  for (const p of set.paragraphs) {
    const reading = readText(p.text, {
      gazetteer,
      reference: new Date(`${set.reference}T00:00:00Z`),
      towns: options.towns ?? null,
    });
    const pairs: [SuggestedEvent | null, Expected | null][] = [];
    const used = new Set<SuggestedEvent>();
    for (const x of p.events) {
      const e = reading.events.find((r) => r.text.includes(x.snippet)) ?? null;
      if (e) used.add(e);
      pairs.push([e, x]);
    }
    for (const e of reading.events) if (!used.has(e)) pairs.push([e, null]);
    for (const [e, x] of pairs) {
      for (const f of FIELDS) {
        const [got, want] = values(e, x, f);
        const left = [...want];
        for (const g of got) {
          const i = left.indexOf(g);
          if (i >= 0) {
            counts[f].tp++;
            left.splice(i, 1);
          } else counts[f].fp++;
        }
        counts[f].fn += left.length;
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return Object.fromEntries(
    FIELDS.map((f) => {
      const c = counts[f];
      return [f, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }];
    }),
  ) as Record<Field, FieldScore>;
}
