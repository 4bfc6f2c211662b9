import { event, toll } from "./event-helpers.ts";
import { placeAt } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

const situations = ["situation:covenant"];
const groups = ["group:taldren"];

/**
 * Situation "Taldren civilians in Orvanne Province": abuses by a non-state armed group, known mostly from a
 * party to the conflict (D), the militia radio (E) and an anonymous account (F). The same method must apply to
 * every perpetrator; weak and contested evidence must not carry a stage on its own.
 */
export const COVENANT_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:tovask-teachers",
      title: "Covenant abducts six Taldren teachers in Tovask",
      description:
        "Covenant fighters take six Taldren teachers from a school in Tovask; they are still missing.",
      dateStart: "2025-10-02",
      datePrecision: "day",
      place: placeAt("tovask", "exact"),
      acts: [{ type: "disappearance" }],
      perpetrators: [{ actor: "actor:covenant", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 6",
        statement:
          "On 2 October 2025 fighters of the Orvanne Highland Covenant abducted six Taldren teachers in Tovask.",
        credibility: 1,
        credibilityReason: "Confirmed by the school's records and the families.",
        howKnown: "mission inquiry",
        statedAt: "2025-12-22",
      },
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 2",
        statement: "Covenant terrorists abducted Taldren teachers in Tovask.",
        credibility: 3,
        credibilityReason: "A party's statement, but confirmed in substance by the mission and the press.",
        howKnown: "official statement",
        statedAt: "2025-10-02",
      },
      {
        source: "source:courier",
        document: "doc:courier-covenant",
        locator: "para. 2",
        statement:
          "Six Taldren teachers taken by Covenant fighters in Tovask on 2 October 2025 are still missing.",
        credibility: 2,
        credibilityReason: "Families interviewed.",
        howKnown: "families",
        statedAt: "2026-06-30",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-orvanne-update",
        locator: "para. 8",
        statement:
          "The Mission documents the abduction of six teachers in Tovask on 2 October 2025 by the Covenant.",
        credibility: 1,
        credibilityReason: "Confirmed by two other sources and the school's records.",
        howKnown: "mission inquiry",
        statedAt: "2026-09-20",
      },
    ],
  ),
  event(
    {
      key: "event:ketrin-killings",
      title: "Taldren villagers killed in Ketrin",
      description:
        "Taldren villagers are killed at night in Ketrin; the toll ranges from 9 to 40 by source, none of them independent.",
      dateStart: "2026-01-30",
      datePrecision: "day",
      place: placeAt("ketrin", "exact"),
      acts: [{ type: "killing" }],
      perpetrators: [{ actor: "actor:covenant", involvement: "alleged" }],
      groups,
      situations,
      fatalities: toll(9, null, 40),
    },
    [
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 3",
        statement: "Covenant terrorists murdered 31 Taldren villagers in Ketrin on 30 January.",
        assertion: { fatalities: toll(31, 31, 31) },
        credibility: 4,
        credibilityReason: "A party's figure; the mission could not verify it.",
        howKnown: "official statement",
        statedAt: "2026-01-31",
      },
      {
        source: "source:hearth-voice",
        document: "doc:radio-transcripts",
        locator: "para. 4",
        statement: "Forty Taldren were slaughtered by the Covenant in Ketrin. Revenge is coming.",
        assertion: { fatalities: toll(40, 40, 40), dateStart: "2026-02-01" },
        credibility: 5,
        credibilityReason: "Propaganda outlet; the date given is that of the broadcast.",
        howKnown: "broadcast",
        statedAt: "2026-02-01",
      },
      {
        source: "source:orvanne-eyes",
        document: "doc:orvanne-eyes",
        locator: "post 1002",
        statement: "Ketrin: 9 Taldren killed tonight by the Covenant.",
        assertion: { fatalities: toll(9, 9, 9), dateStart: "2026-01-30" },
        credibility: 6,
        credibilityReason: "Anonymous; cannot be judged.",
        howKnown: "unverified social-media post",
        statedAt: "2026-01-30",
        sensitivity: "internal",
      },
    ],
  ),
  event(
    {
      key: "event:grellin-taldren-flight",
      title: "Taldren families leave Grellin district after threats",
      description:
        "About 60 Taldren families leave the Grellin district after threats attributed to the Covenant.",
      dateStart: "2026-04-01",
      datePrecision: "month",
      place: placeAt("grellin", "admin2"),
      acts: [{ type: "forced-displacement" }],
      perpetrators: [{ actor: "actor:covenant", involvement: "alleged" }],
      groups,
      situations,
    },
    [
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 5",
        statement:
          "Taldren families flee Grellin district after Covenant threats. The Covenant plans to drive every Taldren out of the highlands.",
        credibility: 4,
        credibilityReason: "A party's claim of a plan, with no evidence of one.",
        howKnown: "official statement",
        statedAt: "2026-04-15",
      },
      {
        source: "source:courier",
        document: "doc:courier-covenant",
        locator: "para. 3",
        statement:
          "In April about 60 Taldren families left the Grellin district after threats, local officials said.",
        credibility: 4,
        credibilityReason:
          "Officials' account only: the threats, and who made them, not seen; no family interviewed.",
        howKnown: "local officials",
        statedAt: "2026-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:covenant-leaflets",
      title: "Covenant leaflets call Taldren settlers occupiers",
      description:
        "Leaflets signed by the Covenant call Taldren settlers occupiers to be driven from the highlands.",
      dateStart: "2026-06-28",
      datePrecision: "day",
      place: placeAt("kavrosa", "near"),
      acts: [{ type: "hate-speech-or-incitement" }],
      perpetrators: [{ actor: "actor:covenant", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:courier",
        document: "doc:courier-covenant",
        locator: "para. 1",
        statement:
          'Leaflets signed by the Covenant call Taldren settlers "occupiers to be driven from the highlands".',
        credibility: 2,
        credibilityReason: "Leaflets photographed; signature not authenticated.",
        howKnown: "leaflets photographed by a reporter",
        statedAt: "2026-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:road-workers",
      title: "Four Taldren road workers killed near Ketrin",
      description:
        "Four road workers are killed; the ministry blames the Covenant, an anonymous account blames the army.",
      dateStart: "2026-08-16",
      datePrecision: "day",
      place: placeAt("ketrin", "near"),
      acts: [{ type: "killing" }],
      perpetrators: [{ actor: "actor:covenant", involvement: "alleged" }],
      groups,
      situations,
      fatalities: toll(4, 4, 4),
    },
    [
      {
        source: "source:ministry",
        document: "doc:ministry-covenant",
        locator: "para. 7",
        statement: "Four road workers were murdered by the Covenant near Ketrin on 16 August.",
        assertion: { fatalities: toll(4, 4, 4), perpetrators: ["actor:covenant"] },
        credibility: 3,
        credibilityReason: "The deaths are not in doubt; the attribution is the ministry's.",
        howKnown: "official statement",
        statedAt: "2026-08-17",
      },
      {
        source: "source:orvanne-eyes",
        document: "doc:orvanne-eyes",
        locator: "post 1005",
        statement: "The army killed the road workers near Ketrin and blamed the Covenant.",
        assertion: { perpetrators: ["actor:armed-forces"] },
        credibility: 6,
        credibilityReason: "Anonymous; no basis given.",
        howKnown: "unverified social-media post",
        statedAt: "2026-08-16",
        sensitivity: "internal",
      },
    ],
  ),
];
