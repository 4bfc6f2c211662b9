import { event, toll } from "./event-helpers.ts";
import { placeAt } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

const situations = ["situation:orvanne"];
const groups = ["group:dellovar"];

/**
 * Situation "Dellovar in Orvanne Province", first half: deployment, detentions, the Halbrenn
 * massacre and its denial. Continued in events-orvanne-spring.ts and events-orvanne-late.ts.
 */
export const ORVANNE_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:brigade-deployed",
      title: "5th Highland Brigade redeploys to Orvanne with armour and artillery",
      description: "On the government's order the brigade that served at Ustrel in 2011 returns to Orvanne.",
      dateStart: "2025-09-08",
      datePrecision: "day",
      place: placeAt("halbrenn", "exact"),
      acts: [{ type: "arms-build-up", description: "sudden deployment of armour and artillery" }],
      perpetrators: [
        { actor: "actor:highland-brigade", involvement: "direct" },
        { actor: "actor:government", involvement: "ordered" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 5",
        statement:
          "On 8 September 2025 the 5th Highland Brigade, which served at Ustrel in 2011, was redeployed to Orvanne Province.",
        credibility: 1,
        credibilityReason: "Announced and observed.",
        howKnown: "mission monitoring",
        statedAt: "2025-12-22",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 1",
        statement:
          "On 8 September 2025 the 5th Highland Brigade redeployed to Orvanne with armour and artillery, on the Government's order.",
        credibility: 1,
        credibilityReason: "Announced by the government and observed by the mission.",
        howKnown: "observation and official announcement",
        statedAt: "2026-03-20",
      },
    ],
  ),
  event(
    {
      key: "event:guard-in-orvanne",
      title: "Hearth Guard opens a base in Halbrenn",
      description: "Militia units arrive in Orvanne and begin to operate with the brigade.",
      dateStart: "2025-10-01",
      datePrecision: "month",
      place: placeAt("halbrenn", "admin2"),
      acts: [{ type: "militia-formation", description: "militia deployed alongside the army" }],
      perpetrators: [
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:highland-brigade", involvement: "complicit" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 5",
        statement: "Hearth Guard units opened a base in Halbrenn in October 2025.",
        credibility: 2,
        credibilityReason: "Base seen by a patrol.",
        howKnown: "mission patrol",
        statedAt: "2025-12-22",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 1",
        statement:
          "In October 2025 Hearth Guard units opened a base in Halbrenn and began to operate with the brigade.",
        credibility: 2,
        credibilityReason: "Base seen; joint operations reported by residents.",
        howKnown: "observation and residents' accounts",
        statedAt: "2026-03-20",
      },
    ],
  ),
  event(
    {
      key: "event:tovask-ambush",
      title: "Covenant ambushes an army convoy near Tovask",
      description: "Fighters of the Orvanne Highland Covenant ambush an army convoy; soldiers killed.",
      dateStart: "2025-11-08",
      datePrecision: "day",
      place: placeAt("tovask", "near"),
      acts: [{ type: "battle" }],
      perpetrators: [{ actor: "actor:covenant", involvement: "direct" }],
      groups: [],
      situations,
      fatalities: toll(14, 14, 17),
    },
    [
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 1",
        statement:
          "Fourteen soldiers died when Covenant terrorists ambushed a convoy near Tovask on 8 November.",
        assertion: { fatalities: toll(14, 14, 14) },
        credibility: 2,
        credibilityReason: "The army's own losses; funerals reported.",
        howKnown: "official statement",
        statedAt: "2025-11-09",
      },
      {
        source: "source:courier",
        statement: "Seventeen soldiers were buried in Halbrenn after the ambush near Tovask, relatives said.",
        assertion: { fatalities: toll(17, 17, 17) },
        credibility: 3,
        credibilityReason: "Count of funerals; some may have died of other causes.",
        howKnown: "funerals attended by a reporter",
        statedAt: "2025-11-12",
      },
    ],
  ),
  event(
    {
      key: "event:halbrenn-stadium",
      title: "Dellovar men held in the Halbrenn stadium",
      description:
        "Some 200 Dellovar men are detained in the stadium for up to three weeks; released detainees describe beatings.",
      dateStart: "2025-12-02",
      datePrecision: "day",
      place: placeAt("halbrenn", "exact"),
      acts: [
        { type: "arbitrary-detention" },
        { type: "torture" },
        { type: "separation-or-segregation", description: "men separated from families" },
      ],
      perpetrators: [
        { actor: "actor:highland-brigade", involvement: "direct" },
        { actor: "actor:hearth-guard", involvement: "complicit" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 7",
        statement:
          "On 2 December 2025 about 200 Dellovar men were detained in the Halbrenn stadium; the mission was refused access.",
        credibility: 2,
        credibilityReason: "Families' accounts and the refusal itself.",
        howKnown: "families and the refusal of access",
        statedAt: "2025-12-22",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 2",
        statement:
          "On 2 December 2025 some 200 Dellovar men were detained in the Halbrenn stadium; released detainees describe beatings.",
        credibility: 2,
        credibilityReason: "Former detainees interviewed; stadium seen.",
        howKnown: "interviews",
        statedAt: "2026-03-20",
      },
      {
        source: "source:frdc",
        document: "doc:frdc-orvanne",
        locator: "para. 1",
        statement:
          "In December 2025 about 200 Dellovar men were held in the Halbrenn stadium for up to three weeks.",
        credibility: 2,
        credibilityReason: "Agrees with the mission.",
        howKnown: "interviews with former detainees",
        witness: "Former detainee W-40 (fictional): Dellovar miner, 52, from Halbrenn",
        statedAt: "2026-09-05",
      },
    ],
  ),
  event(
    {
      key: "event:halbrenn-massacre",
      title: "Halbrenn market massacre",
      description:
        "Soldiers and militiamen open fire on Dellovar traders and shoppers in the Halbrenn market. Toll and date are disputed.",
      dateStart: "2026-01-17",
      datePrecision: "day",
      place: placeAt("halbrenn", "exact"),
      acts: [{ type: "massacre" }, { type: "killing" }],
      perpetrators: [
        { actor: "actor:highland-brigade", involvement: "direct" },
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:dramesk", involvement: "alleged" },
      ],
      groups,
      situations,
      fatalities: toll(38, 44, 60),
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 3",
        statement:
          "On 17 January 2026 soldiers and Hearth Guard members killed between 38 and 52 Dellovar civilians, best estimate 44.",
        assertion: {
          fatalities: toll(38, 44, 52),
          dateStart: "2026-01-17",
          perpetrators: ["actor:highland-brigade", "actor:hearth-guard"],
        },
        credibility: 1,
        credibilityReason: "Site visit three days later, hospital and burial records.",
        howKnown: "site visit, hospital and burial records",
        statedAt: "2026-03-20",
      },
      {
        source: "source:courier",
        document: "doc:courier-halbrenn",
        locator: "para. 1",
        statement:
          "Sixty people were killed on Sunday 18 January when soldiers and militiamen opened fire in the market.",
        assertion: { fatalities: toll(60, 60, 60), dateStart: "2026-01-18" },
        credibility: 3,
        credibilityReason: "Residents' figure by telephone; the date given is a day late.",
        howKnown: "residents by telephone",
        statedAt: "2026-01-19",
      },
      {
        source: "source:ministry",
        document: "doc:ministry-halbrenn",
        locator: "para. 1",
        statement: "Security forces neutralised six terrorists of the so-called Covenant in Halbrenn.",
        assertion: { fatalities: toll(6, 6, 6), dateStart: "2026-01-17" },
        credibility: 5,
        credibilityReason: "Contradicted by every other source and by the burial records.",
        howKnown: "official statement",
        statedAt: "2026-01-22",
      },
      {
        source: "source:orvanne-eyes",
        document: "doc:orvanne-eyes",
        locator: "post 1001",
        statement: "Halbrenn market: 200 dead, soldiers everywhere.",
        assertion: { fatalities: toll(200, 200, 200) },
        credibility: 6,
        credibilityReason: "Anonymous post, no source given; cannot be judged.",
        howKnown: "unverified social-media post",
        statedAt: "2026-01-17",
        sensitivity: "internal",
      },
    ],
  ),
  event(
    {
      key: "event:halbrenn-denial",
      title: "Ministry calls Halbrenn a counter-terrorism operation",
      description:
        "The ministry says the numbers are exaggerated and that Halbrenn was a counter-terrorism operation.",
      dateStart: "2026-01-22",
      datePrecision: "day",
      place: placeAt("vessenport", "exact"),
      acts: [
        {
          type: "denial-statement",
          description: "killings renamed counter-terrorism; toll called exaggerated",
        },
      ],
      perpetrators: [
        { actor: "actor:government", involvement: "direct" },
        { actor: "actor:anstrade", involvement: "direct" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:ministry",
        document: "doc:ministry-halbrenn",
        locator: "para. 2",
        statement:
          "The numbers are exaggerated by foreign-funded organisations. It was a counter-terrorism operation and nothing else.",
        credibility: 1,
        credibilityReason: "The ministry's own published words: there is no doubt the statement was made.",
        howKnown: "official statement",
        statedAt: "2026-01-22",
      },
    ],
  ),
];
