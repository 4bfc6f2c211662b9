import { z } from "@hono/zod-openapi";
import { CORE_ACT_TYPES } from "../../domain/evidence/acts.ts";
import { IsoDate } from "../../domain/evidence/dates.ts";
import { EventInput } from "../../domain/evidence/entities.ts";
import { Iso3 } from "../../domain/evidence/places.ts";
import { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { ClaimRecord } from "../claims/schema.ts";
import { createBody, listQueryShape, patchBody, recordSchema } from "../shared/schemas.ts";
import { verificationQueryShape } from "../verification/schema.ts";

export const EventRecord = recordSchema(EventInput, {
  contested: z.boolean().openapi({ description: "True when claims about the event disagree" }),
}).openapi("Event", {
  description:
    "Something that happened: dates and place with their precision, typed acts, perpetrators with " +
    "their involvement, targeted groups, fatalities as low / best / high.",
});
export const EventCreate = createBody(EventInput).openapi("EventInput");
export const EventPatch = patchBody(EventInput).openapi("EventPatch");

const asserted = <T extends z.ZodType>(value: T) =>
  z.object({ value, claimId: z.uuid(), sourceId: z.uuid() });
const FatalityValue = z.object({
  low: z.number().int().nullable(),
  best: z.number().int().nullable(),
  high: z.number().int().nullable(),
});

export const EventSpreadSchema = z
  .object({
    contested: z.boolean(),
    contestedFields: z.array(z.string()),
    fatalities: z.object({
      low: z
        .number()
        .int()
        .nullable()
        .openapi({ description: "The lowest low any claim or the event gives" }),
      high: z
        .number()
        .int()
        .nullable()
        .openapi({ description: "The highest high any claim or the event gives" }),
      values: z.array(asserted(FatalityValue)),
    }),
    dateStart: z.array(asserted(z.string())),
    dateEnd: z.array(asserted(z.string())),
    perpetrators: z.array(asserted(z.array(z.uuid()))),
  })
  .openapi("EventSpread", {
    description:
      "What the visible claims assert, field by field, each value with its claim and source: nothing averaged away.",
  });

export const EventDetail = z
  .object({ event: EventRecord, claims: z.array(ClaimRecord), spread: EventSpreadSchema })
  .openapi("EventDetail");

export const EventListQuery = z.strictObject({
  ...listQueryShape,
  country: Iso3.optional().openapi({ description: "ISO 3166-1 alpha-3 code of the event's country" }),
  situation: z.uuid().optional().openapi({ description: "Events linked to this situation" }),
  from: IsoDate.optional().openapi({ description: "Events starting on or after this date (YYYY-MM-DD)" }),
  to: IsoDate.optional().openapi({ description: "Events starting on or before this date (YYYY-MM-DD)" }),
  act: z
    .string()
    .regex(
      new RegExp(`^(${CORE_ACT_TYPES.join("|")}|x-[a-z0-9-]{1,60})$`),
      `unknown act type: use one of ${CORE_ACT_TYPES.join(", ")} or an x- extension`,
    )
    .optional()
    .openapi({ description: `Events with an act of this type: ${CORE_ACT_TYPES.join(", ")}, or x-...` }),
  group: z.uuid().optional().openapi({ description: "Events targeting this group" }),
  perpetrator: z.uuid().optional().openapi({ description: "Events with this actor among the perpetrators" }),
  contested: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "Only events whose claims disagree (true) or agree (false)" }),
  sensitivity: Sensitivity.optional().openapi({ description: "Only events marked at this level" }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: "Full-text search over title, description and place name (web search syntax)" }),
  ...verificationQueryShape,
});
