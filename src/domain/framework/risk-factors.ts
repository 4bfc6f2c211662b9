import { type Indicator, indicator as i } from "../stages/indicator.ts";
import type { StageNumber } from "../stages/stages.ts";

/**
 * The 14 risk factors of the UN Framework of Analysis for Atrocity Crimes (UN Office on Genocide Prevention,
 * 2014), summarised in our own words. The Framework's own numbered indicators are not reproduced: each
 * factor here has a few indicators of ours (`rf<n>.<name>`, scored like any other indicator) and a crosswalk
 * to the stage indicators that evidence it, so that one body of evidence shows in both views.
 */
export type RiskFactorScope = "common" | "genocide" | "crimes-against-humanity" | "war-crimes";

export interface RiskFactor {
  number: number;
  name: string;
  scope: RiskFactorScope;
  summary: string;
  /** Indicators of this factor alone (no stage). */
  indicators: readonly Indicator[];
  /** Stage indicators that also evidence this factor. */
  stageIndicators: readonly string[];
  /** The stages this factor corresponds to, roughly; empty for context and triggers. */
  stages: readonly StageNumber[];
  preventiveMeasures: readonly string[];
}

const rf = (n: number, id: string, title: string, acts: string[] = [], weight = 0.75, halfLife = 730) =>
  i(null, `rf${n}.${id}`, title, acts, weight, halfLife);

export const RISK_FACTORS: readonly RiskFactor[] = [
  {
    number: 1,
    name: "Armed conflict or other serious instability",
    scope: "common",
    summary: "War, insurgency or a political, economic or humanitarian crisis that loosens restraints.",
    indicators: [
      rf(1, "armed-conflict", "Armed conflict is under way in the country or region", ["battle"], 1, 365),
      rf(1, "political-crisis", "A grave political or constitutional crisis"),
      rf(1, "humanitarian-crisis", "A humanitarian emergency: famine, epidemic, mass displacement"),
    ],
    stageIndicators: [],
    stages: [],
    preventiveMeasures: [
      "Mediation and conflict resolution",
      "Humanitarian access and protection of civilians",
    ],
  },
  {
    number: 2,
    name: "Record of serious violations of human rights and humanitarian law",
    scope: "common",
    summary: "Past or present grave abuses, especially when unpunished and unacknowledged.",
    indicators: [
      rf(2, "past-atrocities", "Past atrocities against the group, unpunished", [], 1, 1460),
      rf(2, "ongoing-violations", "Serious violations continue and are not investigated"),
    ],
    stageIndicators: ["s8.torture-disappearance", "s8.detention-camps", "s10.denial-statement"],
    stages: [8, 10],
    preventiveMeasures: ["Independent investigations and accountability", "Support for victims and memory"],
  },
  {
    number: 3,
    name: "Weakness of state structures",
    scope: "common",
    summary: "The state cannot or will not protect people: weak courts, impunity, forces out of control.",
    indicators: [
      rf(3, "weak-rule-of-law", "Courts and law enforcement lack independence or reach"),
      rf(3, "forces-out-of-control", "Security forces act outside civilian control"),
    ],
    stageIndicators: ["s4.incitement-unpunished", "s3.no-legal-remedy"],
    stages: [],
    preventiveMeasures: ["Strengthen independent courts and oversight of forces", "Security-sector reform"],
  },
  {
    number: 4,
    name: "Motives or incentives",
    scope: "common",
    summary: "Reasons to attack a group: power, resources, revenge, or an exclusionary ideology.",
    indicators: [
      rf(4, "material-motives", "Gains in land, resources or power from removing the group"),
      rf(4, "revenge-narratives", "Narratives of past grievances used to justify revenge"),
    ],
    stageIndicators: ["s3.exclusionary-ideology", "s1.us-them-division"],
    stages: [1, 3],
    preventiveMeasures: ["Fair sharing of power and resources", "Counter exclusionary narratives"],
  },
  {
    number: 5,
    name: "Capacity to commit atrocity crimes",
    scope: "common",
    summary: "People, arms, money and organisation to carry out mass violence.",
    indicators: [rf(5, "means-available", "Perpetrators have the personnel, arms and funds to act")],
    stageIndicators: ["s5.militia-formation", "s5.arms-flows", "s7.forces-build-up"],
    stages: [5, 7],
    preventiveMeasures: ["Arms embargoes", "Cut the financing of armed groups"],
  },
  {
    number: 6,
    name: "Absence of mitigating factors",
    scope: "common",
    summary: "Nothing stands in the way: no free press, civil society, international presence or allies.",
    indicators: [
      rf(6, "no-free-press", "No independent press able to report"),
      rf(6, "no-international-presence", "No international or regional presence on the ground"),
    ],
    stageIndicators: ["s6.independent-voices-silenced"],
    stages: [6],
    preventiveMeasures: ["Support independent media and civil society", "Deploy monitors or observers"],
  },
  {
    number: 7,
    name: "Enabling circumstances or preparatory action",
    scope: "common",
    summary: "Steps that make mass violence possible: emergency laws, arms, militias, segregation, camps.",
    indicators: [rf(7, "control-of-communications", "Control or shutdown of communications and internet")],
    stageIndicators: [
      "s6.emergency-decrees",
      "s5.militia-formation",
      "s5.arms-flows",
      "s6.independent-voices-silenced",
      "s6.separation-measures",
      "s8.detention-camps",
      "s8.identification-lists",
    ],
    stages: [5, 7, 8],
    preventiveMeasures: ["Public warnings and diplomatic pressure", "Targeted sanctions on those preparing"],
  },
  {
    number: 8,
    name: "Triggering factors",
    scope: "common",
    summary:
      "Events that can set violence off: sudden deployments, abrupt regime change, elections, censuses.",
    indicators: [
      rf(8, "sudden-deployment", "Sudden deployment of forces to the area", [], 1, 180),
      rf(8, "abrupt-regime-change", "Coup or abrupt change of government", [], 1, 180),
      rf(8, "census-or-election", "A contested census, election or referendum is near", [], 0.75, 180),
      rf(8, "commemoration", "A divisive commemoration or anniversary is near", [], 0.5, 180),
    ],
    stageIndicators: ["s7.rhetoric-surge"],
    stages: [],
    preventiveMeasures: ["Preventive diplomacy around the trigger", "Monitoring and rapid response"],
  },
  {
    number: 9,
    name: "Intergroup tensions or patterns of discrimination",
    scope: "genocide",
    summary: "Protected groups live with discrimination, exclusion and tension.",
    indicators: [rf(9, "past-intergroup-violence", "Past violence between the groups", [], 0.75, 1460)],
    stageIndicators: [
      "s1.us-them-division",
      "s1.belonging-questioned",
      "s2.forced-marking",
      "s2.identity-card-group",
      "s3.discriminatory-law",
      "s3.citizenship-denied",
      "s3.political-exclusion",
    ],
    stages: [1, 2, 3],
    preventiveMeasures: ["Equal rights in law and practice", "Intergroup dialogue and shared institutions"],
  },
  {
    number: 10,
    name: "Signs of an intent to destroy a protected group",
    scope: "genocide",
    summary: "Words and acts that show an aim to destroy the group in whole or in part.",
    indicators: [rf(10, "documented-plan", "A documented plan or order targeting the group", [], 1, 730)],
    stageIndicators: [
      "s7.calls-to-destroy",
      "s7.euphemisms",
      "s4.dehumanising-media",
      "s9.selective-killing",
      "s9.mass-killing",
      "s9.cultural-destruction",
    ],
    stages: [7, 9],
    preventiveMeasures: ["Prosecute incitement to genocide", "Urgent protection of the group"],
  },
  {
    number: 11,
    name: "Signs of a widespread or systematic attack against a civilian population",
    scope: "crimes-against-humanity",
    summary: "Many attacks, or attacks that follow a pattern, against civilians.",
    indicators: [rf(11, "pattern-of-attacks", "Attacks on civilians repeat in a pattern", [], 1, 365)],
    stageIndicators: [
      "s8.extrajudicial-killing",
      "s8.forced-displacement",
      "s8.genocidal-massacres",
      "s9.mass-killing",
      "s9.sexual-violence",
    ],
    stages: [8, 9],
    preventiveMeasures: ["Protection of civilians mandates", "Documentation for accountability"],
  },
  {
    number: 12,
    name: "Signs of a plan or policy to attack a civilian population",
    scope: "crimes-against-humanity",
    summary: "Organisation, resources and instructions that show attacks are policy.",
    indicators: [
      rf(12, "official-policy", "Orders or policy documents direct attacks on civilians", [], 1, 730),
    ],
    stageIndicators: ["s5.attack-plans", "s5.deniable-state-backing", "s9.forces-with-militias"],
    stages: [5, 7],
    preventiveMeasures: ["Targeted sanctions on decision makers", "Referral for international investigation"],
  },
  {
    number: 13,
    name: "Serious threats to those protected under international humanitarian law",
    scope: "war-crimes",
    summary: "Civilians, the wounded, prisoners and medical staff are attacked in armed conflict.",
    indicators: [
      rf(13, "attacks-on-protected", "Attacks on civilians or prisoners in armed conflict", [], 1, 365),
    ],
    stageIndicators: ["s9.attacks-on-hospitals", "s8.deprivation"],
    stages: [8, 9],
    preventiveMeasures: [
      "Insist on compliance with humanitarian law",
      "Investigate and prosecute war crimes",
    ],
  },
  {
    number: 14,
    name: "Serious threats to humanitarian or peacekeeping operations",
    scope: "war-crimes",
    summary: "Aid workers and peacekeepers are attacked, obstructed or expelled.",
    indicators: [
      rf(14, "attacks-on-aid-workers", "Aid workers or peacekeepers attacked", [], 1, 365),
      rf(14, "aid-obstructed", "Humanitarian access refused or obstructed", [], 0.75, 365),
    ],
    stageIndicators: ["s8.deprivation", "s6.independent-voices-silenced"],
    stages: [],
    preventiveMeasures: ["Negotiate and protect humanitarian access", "Secure peacekeeping mandates"],
  },
];
