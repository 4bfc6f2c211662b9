import type { Api, HttpDeps } from "../shared/context.ts";
import { addCrud } from "../shared/crud.ts";
import { SituationCreate, SituationPatch, SituationRecord } from "./schema.ts";

export function mountSituations(api: Api, deps: HttpDeps): void {
  addCrud(api, deps, {
    kind: "situation",
    plural: "situations",
    tag: "Situations",
    record: SituationRecord,
    create: SituationCreate,
    patch: SituationPatch,
  });
}
