/**
 * Who may approve publication. THE SEAM FOR THE TWO-PERSON RULE (issue 8): today any caller may publish a
 * version in review (`SINGLE_PERSON`); `TWO_PERSON` refuses an approver who wrote or submitted the
 * version. Users and roles do not exist yet: the names compared are the callers' actor names, as the
 * custody log records them. Issue 8 picks the policy in the composition root and binds actors to accounts.
 */
export interface ApprovalPolicy {
  readonly id: string;
  /** Why `approver` may not publish this version, or null when they may. */
  refusal(
    version: { editors: readonly string[]; submittedBy: string | null },
    approver: string,
  ): string | null;
}

export const SINGLE_PERSON: ApprovalPolicy = {
  id: "single-person",
  refusal: () => null,
};

export const TWO_PERSON: ApprovalPolicy = {
  id: "two-person",
  refusal(version, approver) {
    if (version.editors.includes(approver) || version.submittedBy === approver) {
      return `${approver} wrote or submitted this version: a reviewer other than its authors must approve it`;
    }
    return null;
  },
};
