// Words that name acts of the evidence vocabulary (src/domain/evidence/acts.ts). English; each pattern is a
// regular expression source matched case-insensitively on word boundaries. Order matters only for display.
// Shelling has no core type: it is suggested as the extension "x-shelling" (acts.ts allows x- types).

const SITES =
  "(?:shrine|mosque|church|temple|synagogue|cemetery|cemeteries|monastery|pagoda|library|archives?|graves)";
const HOMES = "(?:houses?|homes?|villages?|huts?|dwellings?|streets?|neighbourhoods?|neighborhoods?)";
const RUIN =
  "(?:burned|burnt|burned down|torched|destroyed|razed|demolished|bulldozed|blown up|levelled|leveled|set (?:on )?fire|set alight)";

export const ACT_PATTERNS: readonly { type: string; pattern: string }[] = [
  { type: "massacre", pattern: "massacres?|massacred" },
  {
    type: "killing",
    pattern: String.raw`killed|killings?|murdered|murders?|executed|executions?|shot dead|slain|beheaded|beheadings?|lynched|died|\d[\d,]*\s+dead|lost their lives`,
  },
  { type: "torture", pattern: "tortured|torture|beatings|beaten|electric shocks?" },
  {
    type: "sexual-violence",
    pattern: "raped|rapes?|sexual violence|sexually (?:assaulted|abused)",
  },
  {
    type: "forced-displacement",
    pattern:
      "fled|displaced|displacement|expelled|expulsions?|forced out|driven out|deported|deportations?|evicted|forced to (?:leave|flee)|forcibly (?:moved|transferred)",
  },
  {
    type: "arbitrary-detention",
    pattern: "detained|detention|detainees|arrested|arrests|imprisoned|rounded up|(?:were|was|been) held",
  },
  {
    type: "disappearance",
    pattern:
      "disappeared|disappearances?|abducted|abductions?|taken from their homes|no word of (?:them|him|her)",
  },
  {
    type: "destruction-of-homes",
    pattern: String.raw`${HOMES}\s+(?:\w+\s+){0,2}${RUIN}|${RUIN}\s+(?:\w+\s+){0,2}${HOMES}`,
  },
  {
    type: "destruction-of-cultural-property",
    pattern: String.raw`${SITES}\s+(?:\S+\s+){0,5}${RUIN}|${RUIN}\s+(?:\w+\s+){0,2}${SITES}`,
  },
  {
    type: "deprivation-of-food-water-aid",
    pattern: String.raw`(?:aid|food|water|convoys?|supplies)\s+(?:\w+\s+){0,2}(?:blocked|denied|cut off|turned back)|besieged|under siege|siege|starv(?:ed|ation)`,
  },
  {
    type: "attack-on-hospital",
    pattern: String.raw`hospitals?\s+(?:\w+\s+){0,2}(?:shelled|bombed|attacked|struck|raided)|(?:shelled|bombed|attacked|raided)\s+(?:\w+\s+){0,2}hospitals?`,
  },
  { type: "x-shelling", pattern: "shelled|shelling|bombarded|bombardment|air ?strikes?" },
  {
    type: "separation-or-segregation",
    pattern: "separated from|were separated|segregated|segregation",
  },
  {
    type: "expulsion-of-ngos-or-media",
    pattern: String.raw`(?:ordered|expelled|forced)\s+(?:[\w']+\s+){0,4}(?:staff|reporters|journalists|NGOs?|aid workers)\s+out|(?:reporters|journalists|NGOs?|aid workers)\s+(?:\w+\s+){0,2}expelled`,
  },
  {
    type: "militia-formation",
    pattern: String.raw`militias?\s+(?:\w+\s+){0,2}(?:formed|founded|created|raised|trained)`,
  },
  { type: "emergency-decree", pattern: "state of emergency|emergency decree|martial law" },
  {
    type: "arms-build-up",
    pattern: String.raw`(?:carried|distributed|handed out|supplied|delivered)\s+(?:\w+\s+){0,2}(?:rifles|weapons|arms|guns)|(?:rifles|weapons|arms|guns)\s+(?:were\s+)?(?:distributed|handed out|supplied|delivered)`,
  },
  {
    type: "citizenship-removal",
    pattern: "stripped of (?:their |his |her )?citizenship|citizenship (?:was |were )?(?:revoked|removed)",
  },
  { type: "denial-statement", pattern: "denied (?:that|any|the)|never happened" },
];

/** Words that, just before an act word, say the act did not happen ("no one was killed"). */
export const NEGATIONS =
  /\b(?:no|not|never|without|nobody|none|no one|neither|nor|denied|deny|denies)\b[^.;,]{0,25}$/i;
