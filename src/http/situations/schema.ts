import { SituationInput } from "../../domain/evidence/entities.ts";
import { createBody, patchBody, recordSchema } from "../shared/schemas.ts";

export const SituationRecord = recordSchema(SituationInput, {}).openapi("Situation", {
  description: "The unit of assessment: a country or a region of one, targeted groups, perpetrators.",
});
export const SituationCreate = createBody(SituationInput).openapi("SituationInput");
export const SituationPatch = patchBody(SituationInput).openapi("SituationPatch");
