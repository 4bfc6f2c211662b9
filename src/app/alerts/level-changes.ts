import type { AlertLevel } from "../../domain/alerts/rules/rule-set.ts";
import type { EvidenceReader } from "../../ports/evidence-store.ts";
import type { AssessmentService } from "../assessment/assessment.service.ts";
import { PUBLIC_READER } from "./compose-inputs.ts";

export interface LevelChange {
  /** The stored assessment where the new level first appears. */
  assessmentId: string;
  situationId: string;
  situationName: string;
  asOf: string;
  from: AlertLevel | null;
  to: AlertLevel;
  rules: string;
  computedAt: string;
}

/**
 * Alert level changes from the assessment history, as the public may know them: only assessments stored
 * at PUBLIC clearance (computed on public evidence) of public situations count. Within one situation,
 * snapshots are taken in as-of order; each one whose level differs from the one before is a change (the
 * first one too, unless it is None). Newest first.
 */
export async function levelChanges(
  engine: AssessmentService,
  evidence: EvidenceReader,
  limit = 200,
): Promise<LevelChange[]> {
  const out: LevelChange[] = [];
  for (const situationId of await engine.situationIds(PUBLIC_READER)) {
    const situation = await evidence.get("situation", situationId, "public");
    if (!situation) continue;
    const history = (await engine.history(situationId, PUBLIC_READER, 1000)).sort(
      (a, b) => a.asOf.localeCompare(b.asOf) || a.computedAt.localeCompare(b.computedAt),
    );
    let previous: AlertLevel | null = null;
    for (const h of history) {
      const level = h.level as AlertLevel;
      if (level !== previous && !(previous === null && level === "none")) {
        out.push({
          assessmentId: h.id,
          situationId,
          situationName: situation.name,
          asOf: h.asOf,
          from: previous,
          to: level,
          rules: h.ruleVersion,
          computedAt: h.computedAt,
        });
      }
      previous = level;
    }
  }
  return out
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || b.computedAt.localeCompare(a.computedAt))
    .slice(0, limit);
}
