import type { Caller } from "../evidence/sensitivity.ts";
import { missingReviewerRole } from "../two-person-rule.ts";
import type { Override } from "./override.ts";

/**
 * The two-person rule for a change of level (issue 8), as for publishing an alert (approval-policy.ts): a
 * proposed override is approved only by someone other than its author, and, when callers carry roles
 * (accounts), by a reviewer or an admin. In open local mode callers carry no roles and the actor names are
 * compared (`X-Tocsin-Actor`, `TOCSIN_ACTOR`): a desk where everyone is `api` cannot change a level alone;
 * a second person names themselves. Why `approver` may not approve `o`, or null when they may.
 */
export function overrideApprovalRefusal(o: Pick<Override, "actor">, approver: Caller): string | null {
  if (approver.actor === o.actor) {
    return `${approver.actor} proposed this override: a reviewer other than its author must approve it`;
  }
  return missingReviewerRole(approver, "approving a change of level");
}

/** Why `caller` may not reject `o`, or null: a reviewer (or, without roles, anyone); the author may withdraw. */
export function overrideRejectionRefusal(o: Pick<Override, "actor">, caller: Caller): string | null {
  if (caller.actor === o.actor) return null;
  return missingReviewerRole(caller, "rejecting a proposed change of level");
}
