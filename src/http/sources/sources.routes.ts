import { addCustodyTrail } from "../custody/trail.routes.ts";
import type { Api, HttpDeps } from "../shared/context.ts";
import { addCrud } from "../shared/crud.ts";
import { SourceCreate, SourcePatch, SourceRecord } from "./schema.ts";

export function mountSources(api: Api, deps: HttpDeps): void {
  addCrud(api, deps, {
    kind: "source",
    plural: "sources",
    tag: "Sources",
    record: SourceRecord,
    create: SourceCreate,
    patch: SourcePatch,
  });
  addCustodyTrail(api, deps, { kind: "source", plural: "sources", tag: "Sources" });
}
