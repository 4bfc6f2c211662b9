import type { z } from "zod";
import { ValidationError } from "../domain/errors.ts";
import {
  ActorInput,
  ClaimInput,
  DocumentMetadata,
  EventInput,
  GroupInput,
  SituationInput,
  SourceInput,
} from "../domain/evidence/entities.ts";
import type { EntityKind } from "../ports/evidence-store.ts";

export const INPUT_SCHEMAS = {
  source: SourceInput,
  actor: ActorInput,
  group: GroupInput,
  situation: SituationInput,
  event: EventInput,
  claim: ClaimInput,
  document: DocumentMetadata,
} satisfies Record<EntityKind, z.ZodType>;

/** Validates `raw` against a schema and throws one ValidationError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map(String).join(".") || "(body)",
    message: i.message,
  }));
  throw new ValidationError(
    `invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}
