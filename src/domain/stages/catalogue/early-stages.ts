import { type Indicator, indicator as i } from "../indicator.ts";

// Half-lives (days): 1460 = 4 years, 1095 = 3 years, 730 = 2 years, 365 = 1 year. Structural signs (who is
// a citizen, what the law says) change slowly and persist until undone, so their evidence stays relevant
// for years; speech is about the present mood and fades within a year or two.

/** Stages 1-4: Classification, Symbolization, Discrimination, Dehumanization. */
export const EARLY_STAGE_INDICATORS: readonly Indicator[] = [
  // 1 Classification
  i(
    1,
    "s1.us-them-division",
    "Public life is organised around a rigid us-versus-them split by group",
    [],
    1,
    1095,
  ),
  i(
    1,
    "s1.no-crosscutting-institutions",
    "Few or no institutions, parties or schools cross group lines",
    [],
    0.75,
    1095,
  ),
  i(
    1,
    "s1.belonging-questioned",
    "Officials call the group foreigners or settlers who do not belong to the nation",
    ["citizenship-removal"],
    0.5,
    1095,
  ),
  i(
    1,
    "s1.group-registration",
    "Official registers or censuses sort people by group in a way later used against them",
    [],
    0.5,
    1460,
  ),

  // 2 Symbolization
  i(
    2,
    "s2.forced-marking",
    "Group members are made to wear or carry a mark: badge, colour, dress or sign",
    ["forced-marking"],
    1,
    1095,
  ),
  i(
    2,
    "s2.identity-card-group",
    "Identity documents record group membership and are checked at roadblocks or offices",
    [],
    0.75,
    1460,
  ),
  i(
    2,
    "s2.hostile-names",
    "Names or symbols for the group are used publicly as hostile labels",
    [],
    0.5,
    730,
  ),

  // 3 Discrimination
  i(
    3,
    "s3.discriminatory-law",
    "Laws or policies deny the group rights others have: property, work, schooling, movement",
    ["discriminatory-law-or-policy"],
    1,
    1095,
  ),
  i(
    3,
    "s3.citizenship-denied",
    "Citizenship is removed from, or refused to, members of the group",
    ["citizenship-removal"],
    1,
    1460,
  ),
  i(
    3,
    "s3.political-exclusion",
    "The group is barred from voting, office, parties or the civil service",
    [],
    1,
    1095,
  ),
  i(
    3,
    "s3.exclusionary-ideology",
    "A ruling party or movement holds that the group has no place in the nation",
    [],
    0.75,
    1095,
  ),
  i(3, "s3.no-legal-remedy", "Courts are closed to the group's complaints against the state", [], 0.5, 1095),

  // 4 Dehumanization
  i(
    4,
    "s4.dehumanising-media",
    "Officials or mass media equate the group with vermin, insects, disease or animals",
    ["dehumanising-propaganda"],
    1,
    365,
  ),
  i(
    4,
    "s4.hate-propaganda",
    "Organised hate propaganda against the group in broadcast, print, social media or textbooks",
    ["hate-speech-or-incitement"],
    0.75,
    365,
  ),
  i(4, "s4.coded-terms", "Coded terms known from past atrocities circulate about the group", [], 0.75, 365),
  i(
    4,
    "s4.incitement-unpunished",
    "Authorities tolerate or protect those who incite against the group",
    [],
    0.5,
    730,
  ),
];
