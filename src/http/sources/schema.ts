import { SourceInput } from "../../domain/evidence/entities.ts";
import { createBody, patchBody, recordSchema } from "../shared/schemas.ts";

export const SourceRecord = recordSchema(SourceInput, {}).openapi("Source", {
  description:
    "Who asserts things: an organisation, person, publication or dataset, graded A-F for reliability. " +
    "`contact` is confidential: null for callers below that clearance.",
});
export const SourceCreate = createBody(SourceInput).openapi("SourceInput");
export const SourcePatch = patchBody(SourceInput).openapi("SourcePatch");
