import { isRestrictable, RecordWriteForbiddenError } from "../../domain/access/record-access.ts";
import { NotFoundError } from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { EditGuard } from "../../ports/edit-guard.ts";
import type { EntityKind } from "../../ports/evidence-store.ts";
import type { AccessService } from "./access.service.ts";

/**
 * Asked before the evidence use cases change or delete a record: a restricted record needs a write grant
 * (the policy's mayAccessRecord). A caller who may not even read it gets 404, so the refusal does not tell
 * them it exists. Then the next guard (the verification workflow's soft lock) is asked.
 */
export class AccessEditGuard implements EditGuard {
  constructor(
    readonly access: AccessService,
    readonly next: EditGuard | null = null,
  ) {}

  async assertMayEdit(kind: EntityKind, id: string, caller: Caller): Promise<void> {
    if (isRestrictable(kind)) {
      // Its own restriction and its parents' (a claim of a restricted event: GUARDED_BY in the policy).
      if (!(await this.access.mayOn(id, caller, "read"))) throw new NotFoundError(kind, id);
      if (!(await this.access.mayOn(id, caller, "write"))) throw new RecordWriteForbiddenError(kind, id);
    }
    await this.next?.assertMayEdit(kind, id, caller);
  }
}
