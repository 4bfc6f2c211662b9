import type { Api, HttpDeps } from "../shared/context.ts";
import { addCrud } from "../shared/crud.ts";
import { GroupCreate, GroupPatch, GroupRecord } from "./schema.ts";

export function mountGroups(api: Api, deps: HttpDeps): void {
  addCrud(api, deps, {
    kind: "group",
    plural: "groups",
    tag: "Groups",
    record: GroupRecord,
    create: GroupCreate,
    patch: GroupPatch,
  });
}
