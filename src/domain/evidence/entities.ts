import { z } from "zod";
import { Act, Involvement } from "./acts.ts";
import { DatePrecision, IsoDate } from "./dates.ts";
import { Fatalities } from "./fatalities.ts";
import { Credibility, Reliability } from "./grades.ts";
import { Iso3, Place } from "./places.ts";
import { Sensitivity } from "./sensitivity.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().max(max).nullable().default(null);
const Id = z.string().uuid();
const aliases = z.array(text(300)).max(200).default([]);

export const SourceKind = z.enum(["organisation", "person", "publication", "dataset"]);
export const SourceInput = z.object({
  kind: SourceKind,
  name: text(500),
  reliability: Reliability,
  reliabilityReason: optionalText(4000),
  url: z.string().url().max(2000).nullable().default(null),
  contact: optionalText(2000),
  licence: optionalText(500),
  attribution: optionalText(4000),
  datasetVersion: optionalText(100),
  accessedAt: IsoDate.nullable().default(null),
  filters: z.record(z.string(), z.unknown()).nullable().default(null),
  sensitivity: Sensitivity.default("internal"),
});
export type SourceInput = z.infer<typeof SourceInput>;

export const ActorKind = z.enum([
  "state-forces",
  "militia",
  "armed-group",
  "government",
  "individual",
  "other",
]);
export type ActorKind = z.infer<typeof ActorKind>;
export const ActorInput = z.object({
  name: text(500),
  kind: ActorKind,
  aliases,
  country: Iso3.nullable().default(null),
  description: optionalText(4000),
  sensitivity: Sensitivity.default("internal"),
});
export type ActorInput = z.infer<typeof ActorInput>;

export const GroupKind = z.enum(["national", "ethnic", "racial", "religious", "political", "other"]);
export const GroupInput = z.object({
  name: text(500),
  kind: GroupKind,
  aliases,
  description: optionalText(4000),
  sensitivity: Sensitivity.default("internal"),
});
export type GroupInput = z.infer<typeof GroupInput>;

export const Perpetrator = z.object({ actorId: Id, involvement: Involvement.default("direct") });

export const EventInput = z
  .object({
    title: text(500),
    description: optionalText(20000),
    dateStart: IsoDate,
    dateEnd: IsoDate.nullable().default(null),
    datePrecision: DatePrecision.default("day"),
    place: Place.default(Place.parse({})),
    acts: z.array(Act).max(50).default([]),
    perpetrators: z.array(Perpetrator).max(50).default([]),
    targetedGroupIds: z.array(Id).max(50).default([]),
    situationIds: z.array(Id).max(50).default([]),
    fatalities: Fatalities.default({ low: null, best: null, high: null }),
    externalId: z
      .object({ dataset: text(100), id: text(200) })
      .nullable()
      .default(null),
    sensitivity: Sensitivity.default("internal"),
  })
  .refine((e) => e.dateEnd === null || e.dateEnd >= e.dateStart, {
    message: "dateEnd must not be before dateStart",
    path: ["dateEnd"],
  });
export type EventInput = z.infer<typeof EventInput>;

/** What a claim may assert about an event. Every field is optional: a claim says what its source says. */
export const EventAssertion = z.object({
  fatalities: Fatalities.optional(),
  dateStart: IsoDate.optional(),
  dateEnd: IsoDate.optional(),
  perpetratorIds: z.array(Id).max(50).optional(),
  acts: z.array(z.string()).max(50).optional(),
});
export type EventAssertion = z.infer<typeof EventAssertion>;

export const ClaimInput = z
  .object({
    sourceId: Id,
    documentId: Id.nullable().default(null),
    locator: optionalText(1000),
    eventId: Id.nullable().default(null),
    situationId: Id.nullable().default(null),
    indicator: z
      .string()
      .regex(/^[a-z0-9.-]{1,80}$/)
      .nullable()
      .default(null),
    statement: text(20000),
    assertion: EventAssertion.default({}),
    credibility: Credibility,
    credibilityReason: optionalText(4000),
    howKnown: optionalText(2000),
    witness: optionalText(2000),
    statedAt: IsoDate.nullable().default(null),
    sensitivity: Sensitivity.default("internal"),
  })
  .refine((c) => c.eventId !== null || c.situationId !== null || c.indicator !== null, {
    message: "a claim must be about an event, a situation or an indicator",
    path: ["eventId"],
  });
export type ClaimInput = z.infer<typeof ClaimInput>;

export const SituationInput = z.object({
  name: text(500),
  country: Iso3,
  region: optionalText(500),
  description: optionalText(20000),
  targetedGroupIds: z.array(Id).max(50).default([]),
  perpetratorIds: z.array(Id).max(50).default([]),
  sensitivity: Sensitivity.default("internal"),
});
export type SituationInput = z.infer<typeof SituationInput>;

export const DocumentMetadata = z.object({
  title: text(1000),
  sourceId: Id.nullable().default(null),
  originUrl: z.string().max(4000).nullable().default(null),
  collectedAt: z.string().datetime({ offset: true }).nullable().default(null),
  collectedBy: optionalText(500),
  method: optionalText(1000),
  mediaType: z
    .string()
    .regex(/^[\w.+-]+\/[\w.+-]+$/)
    .default("application/octet-stream"),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable()
    .default(null),
  sensitivity: Sensitivity.default("internal"),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadata>;

/** Fields every stored record carries. `version` counts updates, for optimistic concurrency. */
export interface Stored {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export type Source = SourceInput & Stored;
export type Actor = ActorInput & Stored;
export type Group = GroupInput & Stored;
export type Situation = SituationInput & Stored;
export type Claim = ClaimInput & Stored;
export type Event = EventInput & Stored & { contested: boolean };
export type DocumentRecord = DocumentMetadata &
  Stored & {
    sha256: string;
    size: number;
    copies: { kind: string; language: string | null; length: number }[];
  };
