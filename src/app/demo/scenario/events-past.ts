import { event, toll } from "./event-helpers.ts";
import { placeAt } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

/**
 * The past episode: the Ustrel killings of 2011 against the Dellovar, fifteen years before the scenario date.
 * Historical background for alerts on Orvanne, and the object of the government's denial in 2026.
 */
export const PAST_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:ustrel-massacre-2011",
      title: "Ustrel massacre",
      description: "Soldiers of the 5th Highland Brigade kill Dellovar civilians in Ustrel in one day.",
      dateStart: "2011-03-14",
      datePrecision: "day",
      place: placeAt("ustrel", "exact"),
      acts: [{ type: "massacre" }, { type: "killing" }],
      perpetrators: [
        { actor: "actor:highland-brigade", involvement: "direct" },
        { actor: "actor:government", involvement: "alleged" },
      ],
      groups: ["group:dellovar"],
      situations: ["situation:orvanne"],
      fatalities: toll(180, 240, 410),
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-ustrel",
        locator: "para. 2",
        statement:
          "At least 240 Dellovar men, women and children were killed in Ustrel on 14 March 2011; the count ranges from 180 to 410.",
        assertion: { fatalities: toll(180, 240, 410), dateStart: "2011-03-14" },
        credibility: 2,
        credibilityReason: "61 survivor interviews; consistent with the mission's finding.",
        howKnown: "interviews with survivors and relatives, June 2011 to January 2012",
        witness: "Survivor W-11 (fictional): Dellovar man, then 19, from the upper town of Ustrel",
        statedAt: "2012-02-15",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-ustrel-2012",
        locator: "para. 2",
        statement:
          "Soldiers of the 5th Highland Brigade killed between 190 and 260 Dellovar civilians in Ustrel.",
        assertion: {
          fatalities: toll(190, 230, 260),
          dateStart: "2011-03-14",
          perpetrators: ["actor:highland-brigade"],
        },
        credibility: 1,
        credibilityReason: "Confirmed by the NGO's interviews and by the graves the mission was shown.",
        howKnown: "mission investigation in 2012",
        statedAt: "2012-06-30",
      },
      {
        source: "source:ministry",
        document: "doc:ministry-ustrel",
        locator: "para. 2",
        statement:
          "Twelve armed terrorists were killed in a counter-insurgency operation on 15 March 2011; no civilian died.",
        assertion: { fatalities: toll(12, 12, 12), dateStart: "2011-03-15" },
        credibility: 5,
        credibilityReason: "Contradicted by the mission, the NGO and the graves; the ministry is a party.",
        howKnown: "official statement",
        statedAt: "2026-03-14",
      },
    ],
  ),
  event(
    {
      key: "event:ustrel-flight-2011",
      title: "Flight of the Dellovar from the Ustrel district",
      description: "About 9,000 Dellovar flee the Ustrel district after the massacre; homes are burned.",
      dateStart: "2011-04-01",
      dateEnd: "2011-06-30",
      datePrecision: "month",
      place: placeAt("ustrel", "admin2"),
      acts: [{ type: "forced-displacement" }, { type: "destruction-of-homes" }],
      perpetrators: [{ actor: "actor:highland-brigade", involvement: "direct" }],
      groups: ["group:dellovar"],
      situations: ["situation:orvanne"],
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-ustrel",
        locator: "para. 3",
        statement: "From April to June 2011 some 9,000 Dellovar fled the district.",
        credibility: 2,
        credibilityReason: "Matches the mission's figure.",
        howKnown: "interviews",
        statedAt: "2012-02-15",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-ustrel-2012",
        locator: "para. 3",
        statement:
          "From April to June 2011 about 9,000 Dellovar fled the Ustrel district; most of their homes were burned.",
        credibility: 1,
        credibilityReason: "Two independent sources agree.",
        howKnown: "mission investigation in 2012",
        statedAt: "2012-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:tovask-graves-2011",
      title: "Mass graves near Tovask",
      description: "Two mass graves dug near Tovask; the ground was later levelled and exhumation blocked.",
      dateStart: "2011-01-01",
      dateEnd: "2011-12-31",
      datePrecision: "year",
      place: placeAt("tovask", "admin2"),
      acts: [
        { type: "killing" },
        { type: "x-evidence-destruction", description: "grave sites levelled, exhumation refused" },
      ],
      perpetrators: [{ actor: "actor:highland-brigade", involvement: "alleged" }],
      groups: ["group:dellovar"],
      situations: ["situation:orvanne"],
      fatalities: toll(40, null, 95),
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-ustrel",
        locator: "para. 4",
        statement: "Two mass graves near Tovask hold between 40 and 95 bodies, by survivors' accounts.",
        assertion: { fatalities: toll(40, null, 95) },
        credibility: 3,
        credibilityReason: "Survivors' accounts only; no exhumation.",
        howKnown: "survivors' accounts",
        statedAt: "2012-02-15",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-ustrel-2012",
        locator: "para. 4",
        statement:
          "The mission was refused access to two mass graves near Tovask and saw the ground levelled.",
        credibility: 2,
        credibilityReason: "Direct observation of the sites, not of their contents.",
        howKnown: "site visit, 2012",
        statedAt: "2012-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:grellin-shrine-2011",
      title: "Dellovar shrine at Grellin burned",
      description: "The Dellovar shrine at Grellin is set on fire.",
      dateStart: "2011-05-01",
      datePrecision: "unknown-day",
      place: placeAt("grellin", "exact"),
      acts: [{ type: "destruction-of-cultural-property" }],
      perpetrators: [{ actor: "actor:highland-brigade", involvement: "alleged" }],
      groups: ["group:dellovar"],
      situations: ["situation:orvanne"],
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-ustrel",
        locator: "para. 5",
        statement: "In May 2011 the Dellovar shrine at Grellin was burned.",
        credibility: 3,
        credibilityReason: "One source; not seen by the mission.",
        howKnown: "residents' accounts",
        statedAt: "2012-02-15",
      },
    ],
  ),
];
