import { event } from "./event-helpers.ts";
import { countryWide, placeAt, provinceWide } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

const situations = ["situation:sarrowites"];
const groups = ["group:sarrowite"];

/**
 * Situation "Sarrowites in Feltravia": classification, marking, discrimination, dehumanising speech and the
 * first steps of polarisation, and no violence: the early stages only (Watch).
 */
export const FAITH_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:census-faith",
      title: "Census makes declaring one's faith compulsory",
      description: "The national census lists Sarrowites as a separate category for the first time.",
      dateStart: "2025-09-15",
      datePrecision: "day",
      place: countryWide(),
      acts: [
        { type: "discriminatory-law-or-policy", description: "compulsory faith category in the census" },
      ],
      perpetrators: [{ actor: "actor:government", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 2",
        statement:
          "The census of 15 September 2025 asked every citizen's faith, with Sarrowites as a separate category.",
        credibility: 1,
        credibilityReason: "Census forms held by the mission.",
        howKnown: "mission monitoring",
        statedAt: "2025-12-22",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-national",
        locator: "para. 2",
        statement:
          "The national census held on 15 September 2025 made the declaration of faith compulsory and listed Sarrowites as a separate category.",
        credibility: 1,
        credibilityReason: "Census forms held by the mission.",
        howKnown: "census forms and regulations",
        statedAt: "2026-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:id-cards",
      title: "New identity cards show the holder's faith",
      description:
        "Identity cards issued from 3 November 2025 show each holder's faith; Sarrowites' cards carry a grey band.",
      dateStart: "2025-11-03",
      datePrecision: "day",
      place: countryWide(),
      acts: [{ type: "forced-marking", description: "grey band on the identity cards of Sarrowites" }],
      perpetrators: [
        { actor: "actor:government", involvement: "direct" },
        { actor: "actor:directorate", involvement: "complicit" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 2",
        statement: "Identity cards issued since 3 November 2025 show the holder's faith.",
        credibility: 2,
        credibilityReason: "Cards seen; instructions to police not yet.",
        howKnown: "mission monitoring",
        statedAt: "2025-12-22",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-national",
        locator: "para. 3",
        statement:
          "Identity cards issued since 3 November 2025 show the holder's faith; Sarrowites' cards carry a grey band.",
        credibility: 1,
        credibilityReason: "Cards examined by the mission.",
        howKnown: "cards examined",
        statedAt: "2026-06-30",
      },
      {
        source: "source:courier",
        document: "doc:courier-faith-act",
        locator: "para. 2",
        statement:
          "Since November the new identity cards have shown each holder's faith, with a grey band for Sarrowites.",
        credibility: 2,
        credibilityReason: "Agrees with the mission.",
        howKnown: "reporting",
        statedAt: "2026-01-21",
      },
    ],
  ),
  event(
    {
      key: "event:faith-act",
      title: "Public Offices (Faith Declaration) Act adopted",
      description: "Parliament bars Sarrowites from public office, the judiciary and the officer corps.",
      dateStart: "2026-01-20",
      datePrecision: "day",
      place: placeAt("vessenport", "exact"),
      acts: [{ type: "discriminatory-law-or-policy", description: "Sarrowites barred from public office" }],
      perpetrators: [{ actor: "actor:government", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:ministry",
        document: "doc:gazette",
        locator: "para. 1",
        statement:
          "No person who declares the Sarrowite faith shall hold public office, sit as a judge or hold a commission in the armed forces.",
        credibility: 1,
        credibilityReason: "The text of the law in the official gazette.",
        howKnown: "official gazette",
        statedAt: "2026-01-20",
      },
      {
        source: "source:courier",
        document: "doc:courier-faith-act",
        locator: "para. 1",
        statement:
          "Parliament on 20 January passed the Act, which bars Sarrowites from public office, the courts and the officer corps.",
        credibility: 1,
        credibilityReason: "Confirmed by the gazette.",
        howKnown: "reporting from parliament",
        statedAt: "2026-01-21",
      },
    ],
  ),
  event(
    {
      key: "event:radio-rot",
      title: "Radio presenter calls Sarrowites a rot and a disease",
      description: "On Hearth Voice Radio, Yssa Morrandel calls Sarrowites a rot in the roots of the nation.",
      dateStart: "2026-02-11",
      datePrecision: "day",
      place: placeAt("vessenport", "near"),
      acts: [{ type: "dehumanising-propaganda", description: "the group likened to rot and disease" }],
      perpetrators: [{ actor: "actor:morrandel", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:hearth-voice",
        document: "doc:radio-transcripts",
        locator: "para. 3",
        statement: '"The Sarrowites are a rot in the roots of the nation, a disease to be cut out."',
        credibility: 2,
        credibilityReason:
          "The broadcaster's own words, recorded off air; the source is graded E but the recording is not in doubt.",
        howKnown: "broadcast recorded off air",
        statedAt: "2026-02-11",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-national",
        locator: "para. 6",
        statement:
          "A presenter on Hearth Voice Radio called Sarrowites a rot in the roots of the nation and a disease to be cut out.",
        credibility: 1,
        credibilityReason: "The mission holds the recording.",
        howKnown: "recording",
        statedAt: "2026-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:teacher-dismissals",
      title: "Sarrowite teachers dismissed in Ambrel Coast Province",
      description: "About 420 Sarrowite teachers are dismissed under the Faith Act.",
      dateStart: "2026-03-01",
      datePrecision: "month",
      place: provinceWide("ambrel"),
      acts: [{ type: "discriminatory-law-or-policy", description: "dismissals under the Faith Act" }],
      perpetrators: [{ actor: "actor:government", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-national",
        locator: "para. 5",
        statement:
          "In March 2026 about 420 Sarrowite teachers in Ambrel Coast Province were dismissed under the Act.",
        credibility: 2,
        credibilityReason: "Dismissal letters seen; total estimated.",
        howKnown: "dismissal letters and union figures",
        statedAt: "2026-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:anstrade-fever",
      title: "Minister likens Sarrowites to a spreading fever",
      description:
        "In a speech in Vessenport the Minister of Public Order says Sarrowites carry foreign loyalties like a fever.",
      dateStart: "2026-05-02",
      datePrecision: "day",
      place: placeAt("vessenport", "exact"),
      acts: [
        { type: "hate-speech-or-incitement" },
        { type: "dehumanising-propaganda", description: "disease metaphor" },
      ],
      perpetrators: [{ actor: "actor:anstrade", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-national",
        locator: "para. 7",
        statement:
          'The Minister said Sarrowites "carry foreign loyalties like a fever that spreads from house to house".',
        credibility: 1,
        credibilityReason: "Speech broadcast live and recorded.",
        howKnown: "broadcast",
        statedAt: "2026-06-30",
      },
    ],
  ),
  event(
    {
      key: "event:civics-textbook",
      title: "New civics textbook depicts Sarrowites as crows",
      description: "A new school civics textbook shows Sarrowites as crows stealing the nation's grain.",
      dateStart: "2026-06-01",
      datePrecision: "month",
      place: countryWide(),
      acts: [{ type: "dehumanising-propaganda", description: "group drawn as crows in a school textbook" }],
      perpetrators: [{ actor: "actor:government", involvement: "direct" }],
      groups,
      situations,
      sensitivity: "internal",
    },
    [
      {
        source: "source:frdc",
        statement:
          "The civics textbook issued to schools in June 2026 shows Sarrowites as crows stealing grain.",
        credibility: 2,
        credibilityReason: "Copy of the textbook obtained; distribution not yet confirmed nationwide.",
        howKnown: "copy of the textbook",
        statedAt: "2026-07-04",
      },
    ],
  ),
  event(
    {
      key: "event:marriage-bill",
      title: "Bill to forbid marriages between Sarrowites and others",
      description:
        "A bill introduced in parliament would forbid marriages between Sarrowites and members of other faiths.",
      dateStart: "2026-07-08",
      datePrecision: "day",
      place: placeAt("vessenport", "exact"),
      acts: [
        { type: "separation-or-segregation", description: "proposed ban on mixed marriages (not adopted)" },
      ],
      perpetrators: [{ actor: "actor:government", involvement: "alleged" }],
      groups,
      situations,
    },
    [
      {
        source: "source:courier",
        statement:
          "A bill introduced on 8 July would forbid marriages between Sarrowites and others; it has not been debated.",
        credibility: 3,
        credibilityReason: "Single report; the bill's text is not yet public.",
        howKnown: "parliamentary sources",
        statedAt: "2026-07-09",
      },
    ],
  ),
];
