import { type Indicator, indicator as i } from "../indicator.ts";

// Organisation persists (militias, once armed, stay armed: 2 years); the signs of polarisation and of
// preparation are about the near future and fade faster (6 months to 1 year).

/** Stages 5-7: Organization, Polarization, Preparation. */
export const MIDDLE_STAGE_INDICATORS: readonly Indicator[] = [
  // 5 Organization
  i(
    5,
    "s5.militia-formation",
    "Militias or special units are formed, trained or armed, often outside the chain of command",
    ["militia-formation"],
    1,
    730,
  ),
  i(
    5,
    "s5.arms-flows",
    "Arms are bought or handed out to forces or militias poised against the group",
    ["arms-build-up"],
    0.75,
    540,
  ),
  i(5, "s5.attack-plans", "Plans, lists or logistics for attacks on the group are prepared", [], 1, 365),
  i(5, "s5.deniable-state-backing", "State organs back militias while keeping deniability", [], 0.75, 730),

  // 6 Polarization
  i(
    6,
    "s6.separation-measures",
    "Rules or campaigns forbid marriage, contact or shared spaces between groups",
    ["separation-or-segregation"],
    1,
    730,
  ),
  i(6, "s6.moderates-targeted", "Moderates of any group are threatened, arrested or killed", [], 1, 365),
  i(
    6,
    "s6.emergency-decrees",
    "Emergency decrees suspend rights or hand forces sweeping powers",
    ["emergency-decree"],
    0.75,
    540,
  ),
  i(6, "s6.group-disarmed", "The group is disarmed while others keep or receive arms", [], 1, 540),
  i(
    6,
    "s6.extremist-propaganda",
    "Extremist propaganda drives the groups apart",
    ["hate-speech-or-incitement"],
    0.5,
    365,
  ),
  i(
    6,
    "s6.independent-voices-silenced",
    "Independent media, NGOs or monitors are expelled, closed or blocked",
    ["expulsion-of-ngos-or-media"],
    0.5,
    540,
  ),

  // 7 Preparation
  i(
    7,
    "s7.euphemisms",
    "Leaders speak of removing the group in euphemisms: cleansing, purification, counter-terrorism",
    [],
    1,
    365,
  ),
  i(
    7,
    "s7.fear-speech",
    "The group is said to threaten the majority's survival: kill or be killed",
    [],
    1,
    365,
  ),
  i(
    7,
    "s7.forces-build-up",
    "Forces are built up and weapons bought with the group as the evident target",
    ["arms-build-up"],
    0.75,
    365,
  ),
  i(7, "s7.rhetoric-surge", "A sudden rise in inflammatory rhetoric by leaders", [], 0.75, 180),
  i(7, "s7.calls-to-destroy", "Direct and public calls to destroy the group in whole or in part", [], 1, 365),
];
