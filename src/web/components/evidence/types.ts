import type { DatePrecision, Involvement, LocationPrecision, Sensitivity, SourceKind } from "./vocabulary.ts";

/** The records as /api/v1 returns them (see src/http/*\/schema.ts and docs/api.md). */

export interface Stored {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  sensitivity: Sensitivity;
}

export interface Toll {
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface Place {
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  name: string | null;
  latitude: number | null;
  longitude: number | null;
  precision: LocationPrecision;
}

export interface EventRecord extends Stored {
  title: string;
  description: string | null;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  place: Place;
  acts: { type: string; description: string | null }[];
  perpetrators: { actorId: string; involvement: Involvement }[];
  targetedGroupIds: string[];
  situationIds: string[];
  fatalities: Toll;
  externalId: { dataset: string; id: string } | null;
  contested: boolean;
}

export interface Assertion {
  fatalities?: Toll;
  dateStart?: string;
  dateEnd?: string;
  perpetratorIds?: string[];
  acts?: string[];
}

export interface ClaimRecord extends Stored {
  sourceId: string;
  documentId: string | null;
  locator: string | null;
  eventId: string | null;
  situationId: string | null;
  indicator: string | null;
  statement: string;
  assertion: Assertion;
  credibility: number;
  credibilityReason: string | null;
  howKnown: string | null;
  /** Confidential: null below that clearance. */
  witness: string | null;
  statedAt: string | null;
}

export interface SourceRecord extends Stored {
  kind: SourceKind;
  name: string;
  reliability: string;
  reliabilityReason: string | null;
  url: string | null;
  /** Confidential: null below that clearance. */
  contact: string | null;
  licence: string | null;
  attribution: string | null;
  datasetVersion: string | null;
  accessedAt: string | null;
  filters: Record<string, unknown> | null;
}

export interface DocumentRecord extends Stored {
  title: string;
  sourceId: string | null;
  originUrl: string | null;
  collectedAt: string | null;
  /** Confidential: null below that clearance. */
  collectedBy: string | null;
  method: string | null;
  mediaType: string;
  language: string | null;
  sha256: string;
  size: number;
  copies: { kind: string; language: string | null; length: number }[];
}

export interface Named extends Stored {
  name: string;
}

export interface SituationRecord extends Named {
  country: string;
}

interface Asserted<T> {
  value: T;
  claimId: string;
  sourceId: string;
}

export interface EventSpread {
  contested: boolean;
  contestedFields: string[];
  fatalities: { low: number | null; high: number | null; values: Asserted<Toll>[] };
  dateStart: Asserted<string>[];
  dateEnd: Asserted<string>[];
  perpetrators: Asserted<string[]>[];
}

export interface EventDetail {
  event: EventRecord;
  claims: ClaimRecord[];
  spread: EventSpread;
}

export interface CustodyEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}
