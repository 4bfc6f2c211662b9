import type { DatePrecision } from "../evidence/dates.ts";
import type { LocationPrecision } from "../evidence/places.ts";

/** A stretch of the read text: UTF-16 offsets, end exclusive (`text.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
}

/** A sentence of the text, with the paragraph it belongs to (paragraphs are split on blank or numbered lines). */
export interface Sentence extends Span {
  text: string;
  paragraph: number;
}

/**
 * A date as the text states it. `start`/`end` are ISO with the precision stated: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`; `end` is null unless the text gives a range. `yearInferred` is true when the text names a
 * day or month without a year ("on 3 May") and the year came from the reference date.
 */
export interface DateMention extends Span {
  text: string;
  start: number;
  end: number;
  value: { start: string; end: string | null; precision: DatePrecision };
  yearInferred: boolean;
  confidence: number;
}

/** A place found by a gazetteer: a country, or a name the store knows (with its country when known). */
export interface PlaceMention extends Span {
  text: string;
  name: string;
  country: string | null;
  precision: LocationPrecision;
  /** Where the name came from: the built-in country list, the town gazetteer (GeoNames), or the store. */
  origin: "countries" | "towns" | "store";
  /** The situation whose name or region matched, when one did. */
  situationId: string | null;
  /** A town's first-level region, when the gazetteer knows it. */
  region?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** An actor or group of the store named in the text (by name or alias). */
export interface EntityMention extends Span {
  text: string;
  id: string;
  name: string;
  /** Set when the text did not name the actor: "nationality" for "Feltravian soldiers" (nationalities.ts). */
  inferredFrom?: "nationality";
}

/**
 * A built-in name of people or of forces (group-names.ts: "civilians", "Yazidis", "Syrians", "security
 * forces"), not a record of the store: no id. `country` when the text or the name gives one ("Syrian
 * refugees"). `role` says which list it is from; roles in the sentence are not parsed.
 */
export interface TermMention extends Span {
  text: string;
  role: "group" | "perpetrator";
  name: string;
  category: string;
  country: string | null;
}

/** A country whose forces the text says acted ("Syrian soldiers", "Sudan's army"). */
export interface NationalityMention extends Span {
  text: string;
  /** ISO 3166-1 alpha-3 (or the store's code for a fictional country). */
  country: string;
}

export type TollQualifier =
  | "exact"
  | "at-least"
  | "more-than"
  | "up-to"
  | "approximately"
  | "range"
  | "vague"
  | "all"
  | "nearly-all";

/** A death toll as the text states it, mapped to low / best / high (docs/reading.md, "Tolls"). */
export interface TollMention extends Span {
  text: string;
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: TollQualifier;
}

/** An act type of the evidence vocabulary (src/domain/evidence/acts.ts) and the words that named it. */
export interface ActMention extends Span {
  text: string;
  type: string;
}

/** A field value found in the text, or one carried from the sentence before (`carried` true). */
export interface Found<T> {
  value: T;
  carried: boolean;
}

/** One suggested event: what one sentence says happened. Every field carries the span it came from. */
export interface SuggestedEvent extends Span {
  text: string;
  paragraph: number;
  date: DateMention | null;
  /** True when the date came from an earlier sentence of the same paragraph. */
  dateCarried: boolean;
  places: PlaceMention[];
  /** True when the places came from an earlier sentence of the same paragraph. */
  placesCarried: boolean;
  groups: EntityMention[];
  perpetrators: EntityMention[];
  /** Built-in names of the people the sentence names (no store id): "civilians", "Yazidis", "Syrian refugees". */
  groupTerms: TermMention[];
  /** Built-in names of forces the sentence names (no store id): "security forces", "militia", "gunmen". */
  perpetratorTerms: TermMention[];
  /** Countries whose forces the sentence says acted. */
  perpetratorCountries: NationalityMention[];
  fatalities: TollMention | null;
  acts: ActMention[];
  /** 0-1: how much of an event the sentence gives (act, date, place, toll, actors), see confidence.ts. */
  confidence: number;
}

export type SourceClaimKind = "stage" | "alert-level" | "recommendation";

/** A statement of the report's author about stages, alert levels or recommendations: the source's claim. */
export interface SourceClaim extends Span {
  kind: SourceClaimKind;
  value: string;
  text: string;
  confidence: number;
}

export interface Reading {
  language: string;
  sentences: number;
  events: SuggestedEvent[];
  claims: SourceClaim[];
}
