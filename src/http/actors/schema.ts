import { ActorInput } from "../../domain/evidence/entities.ts";
import { createBody, patchBody, recordSchema } from "../shared/schemas.ts";

export const ActorRecord = recordSchema(ActorInput, {}).openapi("Actor", {
  description: "A perpetrator or party: state forces, militia, armed group, government, individual.",
});
export const ActorCreate = createBody(ActorInput).openapi("ActorInput");
export const ActorPatch = patchBody(ActorInput).openapi("ActorPatch");
