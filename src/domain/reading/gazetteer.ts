// Name lookup over a text: a gazetteer of countries, places, situations, actors and groups, matched on whole
// words (case-folded, accents removed), longest match first. Names of places, actors and groups are proper
// names, so a match must start with a capital letter or a digit in the text ("Guard" is not "guard").
import type { LocationPrecision } from "../evidence/places.ts";
import type { Span } from "./types.ts";

/** "demonym": a nationality ("Syrian", "Feltravians"), with its country. */
export type GazetteerKind = "country" | "place" | "actor" | "group" | "demonym";

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** The record's name (shown); the entry is matched by `names`. */
  name: string;
  names: readonly string[];
  /** Store id for actors and groups (and the situation for places taken from one). */
  id: string | null;
  country: string | null;
  precision: LocationPrecision;
  latitude?: number | null;
  longitude?: number | null;
  origin: "countries" | "store";
}

export interface GazetteerMatch extends Span {
  text: string;
  entry: GazetteerEntry;
}

interface Token extends Span {
  key: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Letters NFKD does not take apart, as ASCII ("Łódź" is also written "Lodz", "Ørsta" "Orsta"). */
const ASCII_OF: Record<string, string> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
  ħ: "h",
  ŀ: "l",
};
const NOT_DECOMPOSED = /[łøđðþßæœıħŀ]/g;
/** Transliteration marks that are letters to Unicode: "Maʿarrat", "Hawaiʻi" (spacing modifier letters). */
const MODIFIER_LETTERS = /[\u02b0-\u02ff]/g;

/** Case-folded, accents removed, a few letters written in ASCII: the key of a word in every gazetteer. */
export function fold(s: string): string {
  // Most words are ASCII: no accents to remove (NFKD per word is a large part of reading time).
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(MODIFIER_LETTERS, "")
    .toLowerCase()
    .replace(NOT_DECOMPOSED, (c) => ASCII_OF[c] ?? c);
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: fold(m[0]),
  }));
}

/** Words that may start a stored name but are too common to match alone ("the", "new"). */
const STOP = new Set(["the", "a", "an", "of", "and", "s"]);

export class Gazetteer {
  /** First token -> candidate names as token lists, longest first. */
  readonly #index = new Map<string, { keys: string[]; entry: GazetteerEntry }[]>();
  readonly #actorsByCountry = new Map<string, GazetteerEntry[]>();

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      if (entry.kind === "actor" && entry.country) {
        const list = this.#actorsByCountry.get(entry.country) ?? [];
        list.push(entry);
        this.#actorsByCountry.set(entry.country, list);
      }
      const variants = new Set<string>();
      for (const n of entry.names) {
        variants.add(n);
        // Plurals of group names ("Sarrowite" / "Sarrowites").
        if (entry.kind === "group" && !/s$/i.test(n)) variants.add(`${n}s`);
      }
      for (const v of variants) {
        let keys = tokens(v).map((t) => t.key);
        // "The Hearth Guard" is matched from "Hearth": an article need not be in the text.
        while (keys.length > 1 && STOP.has(keys[0] ?? "")) keys = keys.slice(1);
        if (keys.length === 0 || (keys.length === 1 && STOP.has(keys[0] ?? ""))) continue;
        const first = keys[0] as string;
        const list = this.#index.get(first) ?? [];
        list.push({ keys, entry });
        this.#index.set(first, list);
      }
    }
    for (const list of this.#index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  get size(): number {
    return this.#index.size;
  }

  /** The store's actors of a country (for "Feltravian soldiers"). */
  actorsOf(country: string): readonly GazetteerEntry[] {
    return this.#actorsByCountry.get(country) ?? [];
  }

  /** Leftmost-longest matches in `text`, none overlapping. */
  match(text: string): GazetteerMatch[] {
    const toks = tokens(text);
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < toks.length; ) {
      const t = toks[i] as Token;
      const first = text[t.start] ?? "";
      const capital = first !== first.toLowerCase() || /\p{N}/u.test(first);
      const hit = capital
        ? this.#index.get(t.key)?.find((c) => c.keys.every((k, j) => toks[i + j]?.key === k))
        : undefined;
      if (!hit) {
        i++;
        continue;
      }
      const last = toks[i + hit.keys.length - 1] as Token;
      out.push({ start: t.start, end: last.end, text: text.slice(t.start, last.end), entry: hit.entry });
      i += hit.keys.length;
    }
    return out;
  }
}
