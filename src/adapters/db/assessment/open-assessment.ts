import { AssessmentService } from "../../../app/assessment/assessment.service.ts";
import { rulesFileFromEnv, sharedRuleRegistry } from "../../../app/assessment/rule-registry.ts";
import type { AppContext } from "../../../bootstrap.ts";
import { KyselyAssessmentStore } from "./kysely-assessment-store.ts";

/**
 * Wires the assessment engine onto an open app: the Kysely store and the deployment's rule file
 * (TOCSIN_RULES: a path, or "default" / "persecution-emergency" for the bundled ones). A rule file that does
 * not validate fails here with the file, the rule and the reason. Engines on the same file share its
 * registry, so a reload while serving (RuleWatcher) reaches them all.
 */
export function openAssessment(
  app: Pick<AppContext, "database" | "clock">,
  options: { rulesFile?: string; env?: NodeJS.ProcessEnv } = {},
): AssessmentService {
  const file = options.rulesFile ?? rulesFileFromEnv(options.env ?? process.env);
  return new AssessmentService(
    new KyselyAssessmentStore(app.database.db),
    sharedRuleRegistry(file),
    app.clock,
  );
}
