import { event, toll } from "./event-helpers.ts";
import { placeAt, provinceWide } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

const situations = ["situation:orvanne"];
const groups = ["group:dellovar"];

/**
 * Situation "Dellovar in Orvanne Province", January to March 2026 after Halbrenn: monitors expelled, villages
 * burned, the Grellin massacre (its perpetrator disputed) and the denial of the Ustrel massacre of 2011.
 */
export const ORVANNE_SPRING_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:orvanne-media-expelled",
      title: "Journalists and aid agencies ordered out of Orvanne",
      description: "The government orders journalists and aid agencies to leave Orvanne Province.",
      dateStart: "2026-01-25",
      datePrecision: "day",
      place: provinceWide("orvanne"),
      acts: [{ type: "expulsion-of-ngos-or-media" }],
      perpetrators: [{ actor: "actor:government", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 4",
        statement:
          "On 25 January 2026 the Government ordered journalists and aid agencies out of Orvanne Province.",
        credibility: 1,
        credibilityReason: "Order seen by the mission.",
        howKnown: "copy of the order",
        statedAt: "2026-03-20",
      },
    ],
  ),
  event(
    {
      key: "event:tovask-villages-burned",
      title: "Dellovar villages around Tovask burned",
      description: "Satellite images show at least 14 Dellovar villages burned; their people flee.",
      dateStart: "2026-02-01",
      datePrecision: "month",
      place: placeAt("tovask", "admin2"),
      acts: [{ type: "destruction-of-homes" }, { type: "forced-displacement" }],
      perpetrators: [{ actor: "actor:highland-brigade", involvement: "alleged" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 5",
        statement:
          "Satellite images of February 2026 show at least 14 Dellovar villages around Tovask burned.",
        credibility: 2,
        credibilityReason: "Imagery is clear about the burning, not about who set the fires.",
        howKnown: "satellite imagery",
        statedAt: "2026-03-20",
      },
    ],
  ),
  event(
    {
      key: "event:grellin-massacre",
      title: "Grellin massacre",
      description:
        "Dellovar villagers killed in Grellin; survivors describe rapes. Toll and perpetrator are disputed.",
      dateStart: "2026-03-09",
      datePrecision: "day",
      place: placeAt("grellin", "exact"),
      acts: [{ type: "massacre" }, { type: "sexual-violence" }],
      perpetrators: [
        { actor: "actor:highland-brigade", involvement: "direct" },
        { actor: "actor:hearth-guard", involvement: "direct" },
      ],
      groups,
      situations,
      fatalities: toll(90, 112, 160),
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 6",
        statement:
          "On 9 March 2026 brigade soldiers and Hearth Guard members killed between 90 and 130 Dellovar villagers in Grellin, best estimate 112.",
        assertion: {
          fatalities: toll(90, 112, 130),
          perpetrators: ["actor:highland-brigade", "actor:hearth-guard"],
        },
        credibility: 2,
        credibilityReason: "Survivor interviews and graves; access limited by the expulsion order.",
        howKnown: "interviews with survivors who reached Halbrenn",
        statedAt: "2026-03-20",
      },
      {
        source: "source:frdc",
        document: "doc:frdc-orvanne",
        locator: "para. 2",
        statement:
          "On 9 March 2026 in Grellin between 100 and 160 villagers were killed, by the Centre's count 140.",
        assertion: { fatalities: toll(100, 140, 160) },
        credibility: 2,
        credibilityReason: "List of names compiled by survivors.",
        howKnown: "list of the dead compiled with survivors",
        witness: "Survivor W-44 (fictional): Dellovar woman, 29, who hid in the Grellin mill",
        statedAt: "2026-09-05",
      },
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 4",
        statement: "The killings in Grellin on 9 March were the work of Covenant terrorists.",
        assertion: { perpetrators: ["actor:covenant"] },
        credibility: 5,
        credibilityReason: "Survivors name soldiers and militiamen; the ministry gives no evidence.",
        howKnown: "official statement",
        statedAt: "2026-03-12",
      },
    ],
  ),
  event(
    {
      key: "event:ustrel-anniversary-denial",
      title: "Ministry says the Ustrel massacre of 2011 never happened",
      description:
        "On the fifteenth anniversary of Ustrel the ministry denies the massacre and says only a court can decide.",
      dateStart: "2026-03-14",
      datePrecision: "day",
      place: placeAt("vessenport", "exact"),
      acts: [{ type: "denial-statement", description: "denial of the Ustrel massacre of 2011" }],
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
        document: "doc:ministry-ustrel",
        locator: "paras. 2-3",
        statement:
          "The so-called Ustrel massacre never happened. Only a court can decide such matters, and no court has.",
        credibility: 1,
        credibilityReason: "The ministry's own published words.",
        howKnown: "official statement",
        statedAt: "2026-03-14",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-flash",
        locator: "para. 7",
        statement:
          "The Ministry of Public Order stated on 14 March 2026 that the Ustrel massacre of 2011 never happened.",
        credibility: 1,
        credibilityReason: "Confirmed by the ministry's statement.",
        howKnown: "official statement",
        statedAt: "2026-03-20",
      },
    ],
  ),
];
