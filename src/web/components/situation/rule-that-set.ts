import type { Assessment, RuleOutcome } from "../../api/assessment.ts";
import { alertRank } from "../../format/levels.ts";

/** The rule that set the level the rules give: the first fired rule (in rule-file order) at the highest level. */
export function ruleThatSet(a: Pick<Assessment, "rules">): RuleOutcome | null {
  const fired = a.rules.filter((r) => r.fired);
  const top = fired.reduce((best, r) => (alertRank(r.level) > alertRank(best) ? r.level : best), "none");
  return top === "none" ? null : (fired.find((r) => r.level === top) ?? null);
}
