import type { AppContext } from "../../bootstrap.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { PUBLIC_READER } from "../alerts/compose-inputs.ts";
import { FICTIONAL, SCENARIO_DATE } from "./scenario/constants.ts";

/** The scenario's analyst and reviewer: two people, so the demo also satisfies a two-person rule. */
const ANALYST: Caller = { actor: "training-scenario analyst", clearance: "confidential" };
const REVIEWER: Caller = { actor: "training-scenario reviewer", clearance: "confidential" };

/** Month ends at which public assessments are stored, so the feed shows the levels rising over the year. */
const SNAPSHOT_DATES = ["2025-12-31", "2026-03-31", "2026-06-30", SCENARIO_DATE];

/**
 * The scenario's alerts, made through the alert use cases: a published Emergency alert on Orvanne with a
 * correction (two published versions), and a draft Warning on Teskal. Also stores public assessments at
 * four month ends, for the level changes in the feed. Everything is assessed as of the scenario's date by
 * the dates of the evidence (the records were made today, after that date). Skipped for a situation that
 * already has an alert.
 */
export async function loadDemoAlerts(
  ctx: AppContext,
  situationIds: { orvanne: string; teskal: string },
  allSituations: string[],
): Promise<void> {
  const engine = ctx.alerts.assessment();
  for (const id of allSituations)
    for (const asOf of SNAPSHOT_DATES) await engine.snapshot(id, { asOf, knowledge: "dated" }, PUBLIC_READER);
  const options = { asOf: SCENARIO_DATE, knowledge: "dated" as const };

  if ((await ctx.alerts.list({ situationId: situationIds.orvanne, limit: 1 }, ANALYST)).items.length === 0) {
    const { alert } = await ctx.alerts.draft(situationIds.orvanne, options, ANALYST);
    let v = (await ctx.alerts.version(alert.id, 1, ANALYST)).version;
    v = await ctx.alerts.edit(alert.id, 1, ORVANNE_TEXT, v.revision, ANALYST);
    v = await ctx.alerts.submit(alert.id, 1, v.revision, ANALYST);
    v = await ctx.alerts.publish(alert.id, 1, v.revision, REVIEWER);
    let c = await ctx.alerts.correct(
      alert.id,
      "Corrected the summary: the Saddow Pass massacre took place in June 2026, not May; no other change.",
      ANALYST,
    );
    c = await ctx.alerts.edit(
      alert.id,
      c.number,
      { summary: ORVANNE_TEXT.summary.replace("In May 2026", "In June 2026") },
      c.revision,
      ANALYST,
    );
    c = await ctx.alerts.submit(alert.id, c.number, c.revision, ANALYST);
    await ctx.alerts.publish(alert.id, c.number, c.revision, REVIEWER);
  }

  if ((await ctx.alerts.list({ situationId: situationIds.teskal, limit: 1 }, ANALYST)).items.length === 0) {
    const { alert } = await ctx.alerts.draft(situationIds.teskal, options, ANALYST);
    const v = (await ctx.alerts.version(alert.id, 1, ANALYST)).version;
    await ctx.alerts.edit(alert.id, 1, TESKAL_TEXT, v.revision, ANALYST);
  }
}

const ORVANNE_TEXT = {
  summary: `Dellovar civilians in Orvanne Province face massacres by the army's 5th Highland Brigade and the Hearth Guard militia, with men and boys separated and killed, villages burned, a hospital shelled and the town of Kavrosa besieged. In May 2026 the Saddow Pass massacre followed those at Halbrenn and Grellin. The government denies them, and denies the Ustrel massacre of 2011. (${FICTIONAL})`,
  background: {
    text: `The same brigade killed Dellovar civilians in Ustrel in March 2011. Nobody was tried, and the government calls the killings a counter-insurgency operation. Denial of a past atrocity is among the surest signs of further massacres. (${FICTIONAL})`,
  },
  currentSituation: {
    text: `Since the brigade and the militia were deployed against the Orvanne Highland Covenant in late 2025, massacres have recurred every few months. Journalists and aid agencies were ordered out, aid convoys are fired on, and a commander has told troops to clear the highlands "root and seed". Tolls are given as the sources give them: ranges, several of them contested. (${FICTIONAL})`,
  },
};

const TESKAL_TEXT = {
  summary: `A militia formed and armed in 2025 now detains, disappears and displaces Oskeri villagers in Teskal Province under an emergency decree, using lists of names. Killings are still few. (${FICTIONAL})`,
  currentSituation: {
    text: `Monitors and reporters were expelled; death lists circulate; Oskeri villages are emptied by force. (${FICTIONAL})`,
  },
};
