import { GroupInput } from "../../domain/evidence/entities.ts";
import { createBody, patchBody, recordSchema } from "../shared/schemas.ts";

export const GroupRecord = recordSchema(GroupInput, {}).openapi("Group", {
  description: "A targeted identity group: national, ethnic, racial, religious or political.",
});
export const GroupCreate = createBody(GroupInput).openapi("GroupInput");
export const GroupPatch = patchBody(GroupInput).openapi("GroupPatch");
