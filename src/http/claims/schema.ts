import { z } from "@hono/zod-openapi";
import { ClaimInput } from "../../domain/evidence/entities.ts";
import { createBody, listQueryShape, patchBody, recordSchema } from "../shared/schemas.ts";
import { verificationQueryShape } from "../verification/schema.ts";

export const ClaimRecord = recordSchema(ClaimInput, {}).openapi("Claim", {
  description:
    "A source asserts something about an event, a situation or an indicator, with a credibility grade " +
    "(1-6) and where in which document it says so. `witness` is confidential: null below that clearance.",
});
export const ClaimCreate = createBody(ClaimInput).openapi("ClaimInput");
export const ClaimPatch = patchBody(ClaimInput).openapi("ClaimPatch");

export const ClaimListQuery = z.strictObject({
  ...listQueryShape,
  event: z.uuid().optional().openapi({ description: "Only claims about this event" }),
  situation: z.uuid().optional().openapi({ description: "Only claims about this situation" }),
  source: z.uuid().optional().openapi({ description: "Only claims by this source" }),
  ...verificationQueryShape,
});
