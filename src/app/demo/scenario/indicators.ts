/**
 * The indicator ids that the scenario's situation-level claims use. The engine's catalogue (issue 3) is being
 * written at the same time; until it exists these ids follow its announced examples: `s<stage>.<what>` for
 * Stanton's stages and `rf<factor>.<what>` for the UN Framework's risk factors. A loader test lists them so
 * that a rename in the catalogue shows up here.
 */
export const SCENARIO_INDICATORS = {
  "s1.state-classification": "the state classifies citizens by the group (census, registers)",
  "s3.citizenship-denied": "citizenship or identity papers denied to members of the group",
  "s5.state-backed-militia": "a militia trained or armed with the help of state organs",
  "s6.moderates-targeted": "moderates of the perpetrators' own group are silenced or detained",
  "s7.fear-indoctrination": "'kill or be killed' messages rise",
  "s7.plan-to-remove-group": "a plan to remove the group from an area",
  "s10.denial-of-past-atrocity": "officials deny or minimise a past atrocity against the group",
  "s10.witness-intimidation": "witnesses intimidated, evidence destroyed",
  "rf1.armed-conflict": "armed conflict in the area",
  "rf8.census-or-election": "a census or election ahead that can trigger violence",
  "rf10.intent-statements": "statements that show an intent to destroy the group",
  "rf14.threats-to-humanitarians": "aid workers threatened or attacked",
} as const;

export type ScenarioIndicator = keyof typeof SCENARIO_INDICATORS;
