import type { Caller } from "../../evidence/sensitivity.ts";
import { missingReviewerRole } from "../../two-person-rule.ts";

/**
 * Who may approve publication. The two-person rule (issue 8) is in force: `TWO_PERSON` refuses an approver
 * who wrote or submitted the version, and, when callers carry roles (accounts), one who is not a reviewer
 * or an admin. The names compared are the callers' actor names, as the custody log records them.
 * `SINGLE_PERSON` (anyone may publish a version in review) is kept for tests of other rules only.
 */
export interface ApprovalPolicy {
  readonly id: string;
  /** Why `approver` may not publish this version, or null when they may. */
  refusal(
    version: { editors: readonly string[]; submittedBy: string | null },
    approver: Caller,
  ): string | null;
}

export const SINGLE_PERSON: ApprovalPolicy = {
  id: "single-person",
  refusal: () => null,
};

export const TWO_PERSON: ApprovalPolicy = {
  id: "two-person",
  refusal(version, approver) {
    const who = approver.actor;
    if (version.editors.includes(who) || version.submittedBy === who) {
      return `${who} wrote or submitted this version: a reviewer other than its authors must approve it`;
    }
    return missingReviewerRole(approver, "publishing an alert");
  },
};
