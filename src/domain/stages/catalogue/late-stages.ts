import { type Indicator, indicator as i } from "../indicator.ts";

// Violence speaks about the present: persecution signs halve in a year, mass killing in six months (a lull
// of half a year without new killing should show). Denial stays relevant for years: it is among the surest
// signs of further massacres, so its evidence halves only after two years.

/** Stages 8-10: Persecution, Extermination, Denial. */
export const LATE_STAGE_INDICATORS: readonly Indicator[] = [
  // 8 Persecution
  i(
    8,
    "s8.forced-displacement",
    "Forced displacement or expulsion of the group",
    ["forced-displacement"],
    1,
    365,
  ),
  i(
    8,
    "s8.detention-camps",
    "Mass detention of group members: camps, ghettos, arbitrary arrest",
    ["arbitrary-detention"],
    1,
    365,
  ),
  i(8, "s8.extrajudicial-killing", "Extrajudicial killing of group members", ["killing"], 1, 365, "scaled"),
  i(
    8,
    "s8.torture-disappearance",
    "Torture or disappearance of group members",
    ["torture", "disappearance"],
    0.75,
    365,
  ),
  i(
    8,
    "s8.expropriation",
    "Homes and property of the group destroyed or taken",
    ["destruction-of-homes"],
    0.75,
    365,
  ),
  i(
    8,
    "s8.deprivation",
    "Deliberate deprivation of food, water, medicine or aid",
    ["deprivation-of-food-water-aid"],
    1,
    270,
  ),
  i(
    8,
    "s8.identification-lists",
    "Victims identified and separated: death lists, identity screening",
    [],
    1,
    365,
  ),
  i(
    8,
    "s8.genocidal-massacres",
    "Massacres of group members: the first genocidal massacres",
    ["massacre"],
    1,
    365,
    "scaled",
  ),

  // 9 Extermination
  i(
    9,
    "s9.mass-killing",
    "Killing of group members on a large scale",
    ["massacre", "killing"],
    1,
    180,
    "toll",
  ),
  i(
    9,
    "s9.selective-killing",
    "Killing aimed at a part of the group: men and boys, the educated, leaders",
    [],
    1,
    180,
  ),
  i(
    9,
    "s9.sexual-violence",
    "Mass rape and sexual violence used against the group",
    ["sexual-violence"],
    0.75,
    270,
  ),
  i(
    9,
    "s9.cultural-destruction",
    "Destruction of the group's cultural and religious property",
    ["destruction-of-cultural-property"],
    0.5,
    365,
  ),
  i(
    9,
    "s9.attacks-on-hospitals",
    "Attacks on hospitals and medical workers",
    ["attack-on-hospital"],
    0.5,
    270,
  ),
  i(9, "s9.forces-with-militias", "State forces kill together with militias", [], 0.75, 180),

  // 10 Denial
  i(
    10,
    "s10.denial-statement",
    "Officials deny or minimise a past atrocity against the group",
    ["denial-statement"],
    1,
    730,
  ),
  i(10, "s10.evidence-destroyed", "Mass graves hidden, bodies moved or other evidence destroyed", [], 1, 730),
  i(10, "s10.witnesses-intimidated", "Witnesses, journalists or investigators intimidated", [], 0.75, 730),
  i(
    10,
    "s10.investigations-blocked",
    "Investigations blocked or access for investigators refused",
    [],
    0.75,
    730,
  ),
  i(
    10,
    "s10.victims-blamed",
    "Victims blamed; killings recast as counter-insurgency or self-defence",
    [],
    0.75,
    730,
  ),
];
