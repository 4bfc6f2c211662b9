import { randomUUID } from "node:crypto";
import { ConflictError, NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { type Override, OverrideInput } from "../../domain/stages/override.ts";
import { overrideApprovalRefusal, overrideRejectionRefusal } from "../../domain/stages/override-approval.ts";
import { TwoPersonRuleError } from "../../domain/two-person-rule.ts";
import { parseInput } from "../input-schemas.ts";
import type { AssessmentService } from "./assessment.service.ts";

/**
 * Overrides of a situation's level or a stage, under the two-person rule (issue 8): one person proposes
 * (`pending`, in the custody log as `override`), another approves (`override-approve`: in force from then)
 * or someone rejects with a reason (`override-reject`; the author may withdraw their own proposal so). The
 * engine reads approved overrides only (`overridesInForce`). Withdrawing an approved override (`revoke`)
 * returns the level to the rules' and needs no second person.
 */
export class OverrideWorkflow {
  constructor(private readonly engine: AssessmentService) {}

  async propose(situationId: string, raw: unknown, caller: Caller): Promise<Override> {
    await this.engine.mustSee(situationId, caller.clearance);
    const input = parseInput(OverrideInput, raw, "override");
    const at = this.engine.clock.now();
    const o: Override = {
      ...input,
      id: randomUUID(),
      situationId,
      actor: caller.actor,
      at: at.toISOString(),
      status: "pending",
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
      revokedAt: null,
    };
    const computed = await this.#computedValue(o, caller);
    await this.engine.store.addOverride(
      o,
      {
        actor: caller.actor,
        action: "override",
        targetType: "situation",
        targetId: situationId,
        reason: o.reason,
        details: {
          override: o.id,
          status: "pending",
          target: o.target,
          value: o.value,
          computed,
          rules: this.engine.rules.current.ref,
        },
      },
      at,
    );
    return o;
  }

  /** Approves a pending override: it is in force from now. The approver must not be its author. */
  async approve(situationId: string, overrideId: string, caller: Caller, note?: string) {
    const o = await this.#pending(situationId, overrideId, caller);
    const refusal = overrideApprovalRefusal(o, caller);
    if (refusal) throw new TwoPersonRuleError(refusal, { override: o.id, proposedBy: o.actor });
    const reason = note?.trim() ? note.trim() : null;
    const computed = await this.#computedValue(o, caller);
    return this.#decide(o, { status: "approved", by: caller.actor, reason }, caller, {
      override: o.id,
      target: o.target,
      value: o.value,
      computed,
      proposedBy: o.actor,
      approvedBy: caller.actor,
      rules: this.engine.rules.current.ref,
    });
  }

  /** Rejects a pending override with a written reason. */
  async reject(situationId: string, overrideId: string, reason: string, caller: Caller) {
    checkReason(reason);
    const o = await this.#pending(situationId, overrideId, caller);
    const refusal = overrideRejectionRefusal(o, caller);
    if (refusal) throw new TwoPersonRuleError(refusal, { override: o.id, proposedBy: o.actor });
    return this.#decide(o, { status: "rejected", by: caller.actor, reason: reason.trim() }, caller, {
      override: o.id,
      target: o.target,
      value: o.value,
      proposedBy: o.actor,
      rejectedBy: caller.actor,
    });
  }

  /** Withdraws an approved override, with a written reason: the rules' level applies again. */
  async revoke(situationId: string, overrideId: string, reason: string, caller: Caller) {
    checkReason(reason);
    await this.engine.mustSee(situationId, caller.clearance);
    const at = this.engine.clock.now();
    const o = await this.engine.store.revokeOverride(overrideId, caller.actor, reason, at, {
      actor: caller.actor,
      action: "override",
      targetType: "situation",
      targetId: situationId,
      reason,
      details: { revoked: overrideId },
    });
    if (!o || o.situationId !== situationId) {
      const known = await this.engine.store.getOverride(overrideId);
      if (known && known.situationId === situationId && known.status !== "approved") {
        throw new ConflictError(
          `override ${overrideId} is ${known.status}: only an approved one is withdrawn`,
        );
      }
      throw new NotFoundError("override", overrideId);
    }
    return o;
  }

  async #pending(situationId: string, overrideId: string, caller: Caller): Promise<Override> {
    await this.engine.mustSee(situationId, caller.clearance);
    const o = await this.engine.store.getOverride(overrideId);
    if (!o || o.situationId !== situationId) throw new NotFoundError("override", overrideId);
    if (o.status !== "pending") {
      throw new ConflictError(
        `override ${o.id} is already ${o.status}${o.decidedBy ? ` by ${o.decidedBy}` : ""}`,
      );
    }
    return o;
  }

  async #decide(
    o: Override,
    decision: { status: "approved" | "rejected"; by: string; reason: string | null },
    caller: Caller,
    details: Record<string, unknown>,
  ): Promise<Override> {
    const decided = await this.engine.store.decideOverride(o.id, decision, this.engine.clock.now(), {
      actor: caller.actor,
      action: decision.status === "approved" ? "override-approve" : "override-reject",
      targetType: "situation",
      targetId: o.situationId,
      reason: decision.reason,
      details,
    });
    // Decided by someone else between our read and our write: nothing written.
    if (!decided) throw new ConflictError(`override ${o.id} is no longer pending`);
    return decided;
  }

  /** The computed value the override would replace, as of today. */
  async #computedValue(o: Override, caller: Caller): Promise<string | undefined> {
    const current = await this.engine.compute(o.situationId, { asOf: this.engine.today() }, caller);
    return o.target === "level"
      ? current.computedLevel
      : current.stages[Number(o.target.slice(6)) - 1]?.computedLevel;
  }
}

function checkReason(reason: string): void {
  if (reason.trim().length < 10) {
    throw new ValidationError("reason: a written reason of at least 10 characters is required", [
      { path: "reason", message: "a written reason of at least 10 characters is required" },
    ]);
  }
}
