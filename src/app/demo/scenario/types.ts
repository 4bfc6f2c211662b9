import type { Involvement } from "../../../domain/evidence/acts.ts";
import type { DatePrecision } from "../../../domain/evidence/dates.ts";
import type { ActorInput, GroupInput, SourceInput } from "../../../domain/evidence/entities.ts";
import type { Fatalities } from "../../../domain/evidence/fatalities.ts";
import type { Place } from "../../../domain/evidence/places.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";

/**
 * The training scenario as plain data. Records refer to each other by a stable scenario key
 * ("actor:hearth-guard"), never by id: ids are made by the store when the loader creates the records, and
 * the loader maps keys to them (see ../scenario-registry.ts).
 */
export type ScenarioKey = string;

interface Keyed {
  key: ScenarioKey;
}

export type SourceSpec = Keyed & Partial<SourceInput> & Pick<SourceInput, "kind" | "name" | "reliability">;
export type ActorSpec = Keyed & Partial<ActorInput> & Pick<ActorInput, "name" | "kind">;
export type GroupSpec = Keyed & Partial<GroupInput> & Pick<GroupInput, "name" | "kind">;

export interface SituationSpec extends Keyed {
  name: string;
  region: string | null;
  description: string;
  groups: ScenarioKey[];
  perpetrators: ScenarioKey[];
  sensitivity: Sensitivity;
}

export interface DocumentSpec extends Keyed {
  source: ScenarioKey | null;
  title: string;
  originUrl: string | null;
  /** ISO date-time with offset. */
  collectedAt: string;
  /** Confidential: who collected it can identify a field researcher. */
  collectedBy: string;
  method: string;
  mediaType: string;
  language: string;
  sensitivity: Sensitivity;
  /** The original as collected (stored untouched, hashed). */
  original: string;
  /** The working copy: the text extracted from the original. */
  text: string;
}

export interface ClaimSpec extends Keyed {
  source: ScenarioKey;
  document?: ScenarioKey;
  locator?: string;
  event?: ScenarioKey;
  situation?: ScenarioKey;
  indicator?: string;
  statement: string;
  assertion?: {
    fatalities?: Partial<Fatalities>;
    dateStart?: string;
    dateEnd?: string;
    perpetrators?: ScenarioKey[];
    acts?: string[];
  };
  credibility: number;
  credibilityReason: string;
  howKnown: string;
  /** Confidential: a witness's identity. */
  witness?: string;
  statedAt: string;
  sensitivity: Sensitivity;
}

export interface EventSpec extends Keyed {
  title: string;
  description: string;
  dateStart: string;
  dateEnd?: string;
  datePrecision: DatePrecision;
  place: Place;
  acts: { type: string; description?: string }[];
  perpetrators: { actor: ScenarioKey; involvement: Involvement }[];
  groups: ScenarioKey[];
  situations: ScenarioKey[];
  fatalities?: Partial<Fatalities>;
  externalId?: { dataset: string; id: string };
  sensitivity: Sensitivity;
}

/** An event with the claims that sources make about it, as the event files write them. */
export interface EventWithClaims {
  event: EventSpec;
  claims: Omit<ClaimSpec, "event">[];
}

export interface Scenario {
  sources: SourceSpec[];
  groups: GroupSpec[];
  actors: ActorSpec[];
  situations: SituationSpec[];
  documents: DocumentSpec[];
  events: EventSpec[];
  claims: ClaimSpec[];
}

export type ScenarioKind = "source" | "group" | "actor" | "situation" | "document" | "event" | "claim";
