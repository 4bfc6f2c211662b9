import type { Api, HttpDeps } from "../shared/context.ts";
import { addCrud } from "../shared/crud.ts";
import { ActorCreate, ActorPatch, ActorRecord } from "./schema.ts";

export function mountActors(api: Api, deps: HttpDeps): void {
  addCrud(api, deps, {
    kind: "actor",
    plural: "actors",
    tag: "Actors",
    record: ActorRecord,
    create: ActorCreate,
    patch: ActorPatch,
  });
}
