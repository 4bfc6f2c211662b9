import { event, toll } from "./event-helpers.ts";
import { placeAt } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

const situations = ["situation:orvanne"];
const groups = ["group:dellovar"];

/**
 * Situation "Dellovar in Orvanne Province", second half: sexual violence, the hospital, the shrine, the Saddow
 * Pass massacre and the levelling of its site, the siege of Kavrosa and a general's call to "clear the weeds".
 */
export const ORVANNE_LATE_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:grellin-camps-rape",
      title: "Women held and raped in militia camps in Grellin district",
      description: "Women from Grellin district are held in two Hearth Guard camps and raped.",
      dateStart: "2026-03-01",
      dateEnd: "2026-04-30",
      datePrecision: "month",
      place: placeAt("grellin", "admin2"),
      acts: [{ type: "sexual-violence" }, { type: "arbitrary-detention" }],
      perpetrators: [
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:highland-brigade", involvement: "complicit" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-orvanne",
        locator: "para. 3",
        statement:
          "From March to April 2026 women from Grellin district were held and raped in two Hearth Guard camps.",
        credibility: 3,
        credibilityReason: "Accounts of survivors who reached safety; camps not located independently.",
        howKnown: "interviews with survivors, with consent, by a trained interviewer",
        witness: "Survivors S-2, S-5 and S-9 (fictional); identities held by the Centre only",
        statedAt: "2026-09-05",
        sensitivity: "internal",
      },
    ],
  ),
  event(
    {
      key: "event:ustrel-hospital",
      title: "Ustrel district hospital shelled",
      description: "Army shelling hits the district hospital in Ustrel, killing patients and staff.",
      dateStart: "2026-04-22",
      datePrecision: "day",
      place: placeAt("ustrel", "exact"),
      acts: [{ type: "attack-on-hospital" }, { type: "killing" }],
      perpetrators: [{ actor: "actor:highland-brigade", involvement: "direct" }],
      groups,
      situations,
      fatalities: toll(9, 11, 11),
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 1",
        statement:
          "On 22 April 2026 the brigade shelled the Ustrel district hospital; 11 patients and staff were killed.",
        assertion: { fatalities: toll(11, 11, 11) },
        credibility: 1,
        credibilityReason: "Crater analysis and hospital register.",
        howKnown: "site visit and hospital register",
        statedAt: "2026-09-20",
      },
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 6",
        statement: "The building in Ustrel was used by the Covenant as a command post.",
        credibility: 4,
        credibilityReason: "No evidence offered; staff deny any armed presence.",
        howKnown: "official statement",
        statedAt: "2026-04-24",
      },
      {
        source: "source:orvanne-eyes",
        document: "doc:orvanne-eyes",
        locator: "post 1003",
        statement: "Ustrel hospital hit by shells. Photos attached.",
        credibility: 6,
        credibilityReason: "Photos not yet geolocated.",
        howKnown: "unverified social-media post",
        statedAt: "2026-04-22",
        sensitivity: "internal",
      },
    ],
  ),
  event(
    {
      key: "event:grellin-shrine",
      title: "Old Dellovar shrine of Grellin destroyed with explosives",
      description: "The shrine rebuilt after 2011 is blown up.",
      dateStart: "2026-05-01",
      datePrecision: "month",
      place: placeAt("grellin", "exact"),
      acts: [{ type: "destruction-of-cultural-property" }],
      perpetrators: [{ actor: "actor:hearth-guard", involvement: "alleged" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 2",
        statement:
          "In May 2026 the old Dellovar shrine of Grellin was destroyed with explosives, as satellite images show.",
        credibility: 2,
        credibilityReason: "Imagery before and after; perpetrator not identified.",
        howKnown: "satellite imagery",
        statedAt: "2026-09-20",
      },
    ],
  ),
  event(
    {
      key: "event:saddow-pass-massacre",
      title: "Saddow Pass massacre",
      description:
        "Soldiers and militiamen separate men and boys from women at Saddow Pass and shoot them. Toll and date are disputed.",
      dateStart: "2026-06-14",
      datePrecision: "day",
      place: placeAt("saddow", "exact"),
      acts: [
        { type: "massacre" },
        {
          type: "separation-or-segregation",
          description: "men and boys separated from women before the killing",
        },
      ],
      perpetrators: [
        { actor: "actor:highland-brigade", involvement: "direct" },
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:dramesk", involvement: "ordered" },
      ],
      groups,
      situations,
      fatalities: toll(200, 260, 310),
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 3",
        statement:
          "On 14 June 2026 soldiers and Hearth Guard members separated men and boys from women and shot them; 200 to 310 killed, best estimate 260.",
        assertion: { fatalities: toll(200, 260, 310), dateStart: "2026-06-14" },
        credibility: 2,
        credibilityReason: "Survivors interviewed apart; graves located by imagery; no site access.",
        howKnown: "survivor interviews and satellite imagery",
        statedAt: "2026-09-20",
      },
      {
        source: "source:frdc",
        document: "doc:frdc-orvanne",
        locator: "para. 5",
        statement:
          "On 15 June 2026 at Saddow Pass between 240 and 310 men and boys were shot, by the Centre's count 280.",
        assertion: { fatalities: toll(240, 280, 310), dateStart: "2026-06-15" },
        credibility: 2,
        credibilityReason: "Names of the dead collected from families; date from the families.",
        howKnown: "list of names compiled with families",
        witness: "Survivor W-52 (fictional): Dellovar boy, 15, who lay under the bodies until night",
        statedAt: "2026-09-05",
      },
      {
        source: "source:orvanne-eyes",
        document: "doc:orvanne-eyes",
        locator: "post 1004",
        statement: "Saddow Pass: 500 dead. They took the men away.",
        assertion: { fatalities: toll(500, 500, 500) },
        credibility: 6,
        credibilityReason: "Anonymous; no basis for the figure given.",
        howKnown: "unverified social-media post",
        statedAt: "2026-06-15",
        sensitivity: "internal",
      },
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 8",
        statement: "No military operation took place at Saddow Pass.",
        credibility: 5,
        credibilityReason:
          "Contradicted by survivors, imagery and the brigade's own movement orders seen by the mission.",
        howKnown: "official statement",
        statedAt: "2026-06-16",
      },
    ],
  ),
  event(
    {
      key: "event:saddow-site-levelled",
      title: "Ground levelled at the Saddow Pass site",
      description: "Heavy machinery seen levelling the ground where the dead of Saddow Pass were buried.",
      dateStart: "2026-07-02",
      datePrecision: "day",
      place: placeAt("saddow", "near"),
      acts: [{ type: "x-evidence-destruction", description: "graves levelled by heavy machinery" }],
      perpetrators: [{ actor: "actor:highland-brigade", involvement: "alleged" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 4",
        statement: "On 2 July 2026 heavy machinery was seen levelling the ground at the Saddow Pass site.",
        credibility: 3,
        credibilityReason: "Imagery shows machinery and disturbed ground; what was removed is unknown.",
        howKnown: "satellite imagery",
        statedAt: "2026-09-20",
      },
    ],
  ),
  event(
    {
      key: "event:kavrosa-siege",
      title: "Siege of Kavrosa",
      description:
        "Army and militia cut food, water and medicine to Kavrosa; people die of hunger. Toll disputed.",
      dateStart: "2026-07-10",
      dateEnd: "2026-09-25",
      datePrecision: "day",
      place: placeAt("kavrosa", "exact"),
      acts: [{ type: "deprivation-of-food-water-aid" }],
      perpetrators: [
        { actor: "actor:highland-brigade", involvement: "direct" },
        { actor: "actor:hearth-guard", involvement: "direct" },
      ],
      groups,
      situations,
      fatalities: toll(15, 22, 50),
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 5",
        statement:
          "Kavrosa has been under siege since 10 July 2026; between 15 and 40 deaths from hunger and lack of care, best estimate 22.",
        assertion: { fatalities: toll(15, 22, 40), dateStart: "2026-07-10" },
        credibility: 2,
        credibilityReason: "Deaths confirmed by telephone with the town's clinic.",
        howKnown: "the town's clinic, by telephone",
        statedAt: "2026-09-20",
      },
      {
        source: "source:frdc",
        document: "doc:frdc-orvanne",
        locator: "para. 6",
        statement:
          "Since July 2026 at least 30 people, and perhaps 50, have died of hunger in besieged Kavrosa.",
        assertion: { fatalities: toll(30, 30, 50) },
        credibility: 3,
        credibilityReason: "Relatives' accounts; not cross-checked with the clinic.",
        howKnown: "relatives outside the town",
        statedAt: "2026-09-05",
      },
    ],
  ),
  event(
    {
      key: "event:aid-convoys-fired-on",
      title: "Aid convoys fired on at army checkpoints",
      description: "Two aid convoys are fired on near Kavrosa; aid workers are threatened.",
      dateStart: "2026-08-01",
      datePrecision: "month",
      place: placeAt("kavrosa", "admin2"),
      acts: [
        { type: "deprivation-of-food-water-aid", description: "convoys fired on, aid workers threatened" },
      ],
      perpetrators: [{ actor: "actor:highland-brigade", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 7",
        statement:
          "Aid workers have been threatened at army checkpoints, and two aid convoys were fired on in August 2026.",
        credibility: 2,
        credibilityReason: "Agencies' incident reports.",
        howKnown: "aid agencies' incident reports",
        statedAt: "2026-09-20",
      },
    ],
  ),
  event(
    {
      key: "event:dramesk-weeds",
      title: "General tells troops to clear the highlands of weeds, root and seed",
      description: "General Tavo Dramesk addresses troops in Halbrenn.",
      dateStart: "2026-09-10",
      datePrecision: "day",
      place: placeAt("halbrenn", "exact"),
      acts: [
        { type: "hate-speech-or-incitement", description: "call to eliminate the group, 'root and seed'" },
        { type: "dehumanising-propaganda", description: "the group called weeds" },
      ],
      perpetrators: [{ actor: "actor:dramesk", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 6",
        statement:
          'General Tavo Dramesk told troops in Halbrenn: "we will clear the highlands of these weeds, root and seed."',
        credibility: 1,
        credibilityReason: "Video of the address authenticated by the mission.",
        howKnown: "video of the address",
        statedAt: "2026-09-20",
      },
      {
        source: "source:courier",
        statement:
          "A video shows General Dramesk telling soldiers to clear the highlands of weeds, root and seed.",
        credibility: 2,
        credibilityReason: "Video seen by the newspaper; matches the mission's account.",
        howKnown: "video",
        statedAt: "2026-09-12",
      },
    ],
  ),
];
