/**
 * The Ten Stages of Genocide (Gregory H. Stanton, Genocide Watch; 1996, extended 2012), summarised in our
 * own words. Stages are not linear: several can be active at once and each is assessed on its own evidence.
 * The preventive measures are the typical ones named for each stage, used by publishing.
 */
export const STAGE_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type StageNumber = (typeof STAGE_NUMBERS)[number];

export function isStageNumber(n: unknown): n is StageNumber {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 10;
}

export interface Stage {
  number: StageNumber;
  name: string;
  summary: string;
  preventiveMeasures: string[];
}

export const STAGES: readonly Stage[] = [
  {
    number: 1,
    name: "Classification",
    summary: "Society is split into us and them by ethnicity, race, religion or nationality.",
    preventiveMeasures: [
      "Build institutions that cross group lines (schools, parties, unions, professions)",
      "Promote a common language and shared civic identity",
      "Open routes to citizenship for people denied it",
    ],
  },
  {
    number: 2,
    name: "Symbolization",
    summary: "Names, colours, dress or marks are imposed on a group and used against it.",
    preventiveMeasures: [
      "Outlaw hate symbols and forced markings of a group",
      "Remove group labels from identity documents",
      "Support popular refusal of the imposed symbols",
    ],
  },
  {
    number: 3,
    name: "Discrimination",
    summary: "Law, custom or political power deny the group rights, citizenship or a vote.",
    preventiveMeasures: [
      "Equal citizenship and political rights for all groups",
      "Outlaw discrimination and enforce the law",
      "Give people the right to sue the state over discrimination",
    ],
  },
  {
    number: 4,
    name: "Dehumanization",
    summary: "The group is equated with animals, vermin or disease; hate propaganda spreads.",
    preventiveMeasures: [
      "Treat incitement to genocide as unprotected speech",
      "Leaders publicly condemn hate speech",
      "Prosecute inciters and take down hate propaganda",
    ],
  },
  {
    number: 5,
    name: "Organization",
    summary: "Militias and special units are formed, trained and armed; killing is planned.",
    preventiveMeasures: [
      "Outlaw genocidal militias and membership in them",
      "Impose arms embargoes",
      "Visa bans and asset freezes on leaders who organise them",
    ],
  },
  {
    number: 6,
    name: "Polarization",
    summary: "Extremists drive the groups apart; moderates are targeted; the group is disarmed.",
    preventiveMeasures: [
      "Protect moderate leaders and human-rights defenders",
      "Support civil-society and human-rights groups",
      "Targeted sanctions on extremist leaders",
    ],
  },
  {
    number: 7,
    name: "Preparation",
    summary: "Leaders plan the destruction of the group, speak in euphemisms and build up forces.",
    preventiveMeasures: [
      "Arms embargoes",
      "Prosecute incitement and conspiracy to commit genocide (Genocide Convention, article 3)",
      "Public warnings by the UN and regional organisations",
    ],
  },
  {
    number: 8,
    name: "Persecution",
    summary: "Victims are identified and separated; killing, torture, displacement and deprivation begin.",
    preventiveMeasures: [
      "Declare a genocide emergency",
      "Targeted sanctions on perpetrators",
      "Prepare armed intervention; humanitarian aid and protection for refugees",
    ],
  },
  {
    number: 9,
    name: "Extermination",
    summary: "Mass killing of the group, often by state forces with militias.",
    preventiveMeasures: [
      "Rapid armed intervention under UN or regional authority",
      "Real safe areas and humanitarian corridors with armed protection",
      "General Assembly action under Uniting for Peace (GA res. 377(V)) if the Security Council is blocked",
    ],
  },
  {
    number: 10,
    name: "Denial",
    summary: "Perpetrators hide evidence, intimidate witnesses and deny that crimes happened.",
    preventiveMeasures: [
      "Trials, international or national",
      "Truth commissions",
      "Education about the crimes and their victims",
    ],
  },
];

export function stage(n: StageNumber): Stage {
  const s = STAGES[n - 1];
  if (!s) throw new Error(`no stage ${n}`);
  return s;
}
