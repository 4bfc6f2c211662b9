// The triage queue's use cases: list suggestions, accept one (it becomes an event and a claim through the

// evidence use cases, so validation, custody and sensitivity apply; the decision lands in the same
// transaction), or reject one with a reason. Nothing becomes evidence without a person's decision.
import { z } from "zod";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { NotFoundError } from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { acceptPlan } from "../../domain/suggestions/accept-plan.ts";
import {
  AcceptEdits,
  type CreatedRecord,
  type Decision,
  type Suggestion,
} from "../../domain/suggestions/suggestion.ts";
import type { Clock } from "../../ports/clock.ts";
import type { EvidenceTx } from "../../ports/evidence-store.ts";
import type { SuggestionQuery, SuggestionStore } from "../../ports/suggestion-store.ts";
import type { EvidenceService } from "../evidence.service.ts";
import { parseInput } from "../input-schemas.ts";

export const AcceptBody = z
  .object({
    edits: AcceptEdits.default({}),
    credibility: z.number().int().min(1).max(6).default(6),
    credibilityReason: z.string().max(4000).nullable().default(null),
    reason: z.string().max(4000).nullable().default(null),
  })
  .strict();
export type AcceptBody = z.input<typeof AcceptBody>;

export const RejectBody = z.object({ reason: z.string().trim().min(3).max(4000) }).strict();

export interface AcceptResult {
  suggestion: Suggestion;
  created: CreatedRecord[];
}

export class SuggestionService {
  constructor(
    readonly store: SuggestionStore,
    readonly evidence: EvidenceService,
    readonly clock: Clock,
  ) {}

  list(query: SuggestionQuery) {
    return this.store.list(query);
  }

  async get(id: string, caller: Caller): Promise<Suggestion> {
    const s = await this.store.get(id, caller.clearance, recordAccessOf(caller));
    if (!s) throw new NotFoundError("suggestion", id);
    return s;
  }

  async accept(id: string, raw: unknown, caller: Caller): Promise<AcceptResult> {
    const body = parseInput(AcceptBody, raw ?? {}, "acceptance");
    const edited = Object.keys(body.edits).length > 0;
    await this.get(id, caller); // 404 before a 409 that would name who decided a suggestion one may not read
    return this.store.decide(id, caller.clearance, async (s, tx) => {
      const doc = await mustReadDocument(tx, s, caller);
      const plan = acceptPlan(s, doc, body.edits, body);
      const why = body.reason ?? `accepted suggestion ${s.id}`;
      const created: CreatedRecord[] = [];
      let eventId: string | null = null;
      if (plan.event) {
        eventId = (await this.evidence.createIn(tx, "event", plan.event, caller, why)).id;
        created.push({ kind: "event", id: eventId });
      }
      const claim = await this.evidence.createIn(tx, "claim", { ...plan.claim, eventId }, caller, why);
      created.push({ kind: "claim", id: claim.id });
      const decision: Decision = {
        status: edited ? "edited" : "accepted",
        decidedBy: caller.actor,
        decidedAt: this.clock.now(),
        reason: body.reason,
        edits: edited ? body.edits : null,
        createdRecords: created,
      };
      await tx.appendCustody(
        {
          actor: caller.actor,
          action: "accept",
          targetType: "suggestion",
          targetId: s.id,
          reason: body.reason,
          details: { status: decision.status, created, documentId: s.documentId },
        },
        decision.decidedAt,
      );
      return { decision, result: { suggestion: decided(s, decision), created } };
    });
  }

  async reject(id: string, raw: unknown, caller: Caller): Promise<Suggestion> {
    const body = parseInput(RejectBody, raw ?? {}, "rejection");
    await this.get(id, caller);
    return this.store.decide(id, caller.clearance, async (s, tx) => {
      await mustReadDocument(tx, s, caller);
      const decision: Decision = {
        status: "rejected",
        decidedBy: caller.actor,
        decidedAt: this.clock.now(),
        reason: body.reason,
        edits: null,
        createdRecords: [],
      };
      await tx.appendCustody(
        {
          actor: caller.actor,
          action: "reject",
          targetType: "suggestion",
          targetId: s.id,
          reason: body.reason,
          details: { documentId: s.documentId },
        },
        decision.decidedAt,
      );
      return { decision, result: decided(s, decision) };
    });
  }
}

function decided(s: Suggestion, d: Decision): Suggestion {
  return {
    ...s,
    status: d.status,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt.toISOString(),
    reason: d.reason,
    edits: d.edits,
    createdRecords: d.createdRecords,
  };
}

/**
 * A suggestion is decided only by a caller who may read the document it came from (the policy's per-record
 * rule): else 404 for the suggestion, as reading it answers, so the refusal does not tell them it exists.
 */
async function mustReadDocument(tx: EvidenceTx, s: Suggestion, caller: Caller) {
  const doc = await tx.get("document", s.documentId, "confidential", recordAccessOf(caller));
  if (!doc) throw new NotFoundError("suggestion", s.id);
  return doc;
}
