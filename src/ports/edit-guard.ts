import type { Caller } from "../domain/evidence/sensitivity.ts";
import type { EntityKind } from "./evidence-store.ts";

/**
 * Asked before a record is changed or deleted: throws when the caller may not edit it now (someone else
 * holds its soft edit lock). The verification workflow implements it; records without a workflow pass.
 */
export interface EditGuard {
  assertMayEdit(kind: EntityKind, id: string, caller: Caller): Promise<void>;
}
