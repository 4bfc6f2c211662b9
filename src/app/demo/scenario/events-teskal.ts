import { event } from "./event-helpers.ts";
import { placeAt, provinceWide } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

const situations = ["situation:teskal"];
const groups = ["group:oskeri"];

/**
 * Situation "Oskeri in Teskal Province": a militia formed and armed, an emergency decree, monitors expelled,
 * death lists, detention, disappearance, forced displacement and a few killings, but no massacre: preparation
 * and persecution (Warning).
 */
export const TESKAL_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:hearth-guard-founded",
      title: "Hearth Guard militia founded in Pellarin",
      description:
        "A Taldren militia is founded in Pellarin; its founders include former Directorate officers.",
      dateStart: "2025-08-01",
      datePrecision: "month",
      place: placeAt("pellarin", "admin2"),
      acts: [{ type: "militia-formation" }],
      perpetrators: [
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:directorate", involvement: "alleged" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 3",
        statement: "A Taldren militia, the Hearth Guard, was founded in Pellarin in August 2025.",
        credibility: 2,
        credibilityReason: "Founding announced on the militia's radio; founders identified.",
        howKnown: "mission monitoring",
        statedAt: "2025-12-22",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal",
        locator: "para. 2",
        statement:
          "The Hearth Guard was founded in Pellarin in August 2025; its founders include two former Directorate officers.",
        credibility: 2,
        credibilityReason: "Founders identified; the Directorate's role is inferred.",
        howKnown: "mission inquiries",
        statedAt: "2026-09-20",
      },
      {
        source: "source:hearth-voice",
        document: "doc:radio-transcripts",
        locator: "para. 1",
        statement: "The Hearth Guard is born in Pellarin to defend Taldren homes from the Oskeri threat.",
        credibility: 2,
        credibilityReason: "The militia's own announcement of its founding.",
        howKnown: "broadcast",
        statedAt: "2025-08-20",
      },
    ],
  ),
  event(
    {
      key: "event:sovrenne-camp",
      title: "Hearth Guard recruits trained at a quarry camp near Sovrenne",
      description: "Some 400 recruits train at a former quarry camp; Directorate vehicles are present.",
      dateStart: "2025-10-14",
      datePrecision: "day",
      place: placeAt("sovrenne", "near"),
      acts: [{ type: "militia-formation", description: "about 400 recruits in training" }],
      perpetrators: [
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:directorate", involvement: "complicit" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 3",
        statement:
          "On 14 October 2025 a mission patrol saw some 400 recruits training near Sovrenne, with Directorate vehicles present.",
        credibility: 2,
        credibilityReason: "Direct observation by a patrol.",
        howKnown: "mission patrol",
        statedAt: "2025-12-22",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal",
        locator: "para. 3",
        statement:
          "The Mission observed some 400 recruits training at a former quarry camp near Sovrenne; Directorate vehicles were present.",
        credibility: 2,
        credibilityReason: "Direct observation by a mission patrol.",
        howKnown: "mission patrol",
        statedAt: "2026-09-20",
      },
      {
        source: "source:witness-network",
        statement: "Young Taldren men from Sovrenne were bused to the quarry camp every morning in October.",
        credibility: 3,
        credibilityReason: "First-hand but partisan; consistent with the mission's observation.",
        howKnown: "resident's observation",
        witness: "Resident W-22 (fictional): Oskeri shopkeeper living on the road to the quarry",
        statedAt: "2025-10-30",
      },
    ],
  ),
  event(
    {
      key: "event:radio-vermin",
      title: "Militia radio calls the Oskeri vermin",
      description:
        "Hearth Voice Radio calls the Oskeri vermin and marsh rats and tells listeners they will be killed first.",
      dateStart: "2025-11-18",
      datePrecision: "day",
      place: placeAt("pellarin", "exact"),
      acts: [
        { type: "dehumanising-propaganda", description: "vermin and rat metaphors" },
        { type: "hate-speech-or-incitement", description: "fear speech: 'they will kill us first'" },
      ],
      perpetrators: [
        { actor: "actor:morrandel", involvement: "direct" },
        { actor: "actor:hearth-guard", involvement: "complicit" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-q4-2025",
        locator: "para. 4",
        statement: "On 18 November 2025 Hearth Voice Radio called the Oskeri vermin.",
        credibility: 1,
        credibilityReason: "The mission holds the recording.",
        howKnown: "recording",
        statedAt: "2025-12-22",
      },
      {
        source: "source:hearth-voice",
        document: "doc:radio-transcripts",
        locator: "para. 2",
        statement:
          '"The Oskeri are vermin, marsh rats who breed in the reeds. They will kill us first if we wait."',
        credibility: 2,
        credibilityReason: "The broadcaster's own words, recorded off air.",
        howKnown: "broadcast recorded off air",
        statedAt: "2025-11-18",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal",
        locator: "para. 4",
        statement:
          'Hearth Voice Radio called the Oskeri "vermin" and "marsh rats" and told listeners "they will kill us first if we wait".',
        credibility: 1,
        credibilityReason: "The mission holds the recording.",
        howKnown: "recording",
        statedAt: "2026-09-20",
      },
    ],
  ),
  event(
    {
      key: "event:arms-to-guard",
      title: "Rifles delivered to Hearth Guard depots in Brask district",
      description:
        "Drivers describe three lorry-loads of rifles carried from a Directorate depot to militia depots.",
      dateStart: "2025-12-01",
      datePrecision: "unknown-day",
      place: placeAt("brask", "admin2"),
      acts: [{ type: "arms-build-up" }],
      perpetrators: [
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:directorate", involvement: "alleged" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal-flash",
        locator: "para. 3",
        statement:
          "Drivers and residents report rifles delivered to Hearth Guard depots in the Brask district in December 2025.",
        credibility: 3,
        credibilityReason: "Accounts not yet checked against records.",
        howKnown: "interviews",
        statedAt: "2026-02-25",
      },
      {
        source: "source:frdc",
        document: "doc:frdc-lists",
        locator: "para. 1",
        statement:
          "Two lorry drivers carried rifles from a Directorate depot to Hearth Guard depots in the Brask district, three loads in all.",
        credibility: 3,
        credibilityReason: "Two drivers, interviewed separately; no documents.",
        howKnown: "interviews with two drivers",
        witness: "Drivers D-1 and D-2 (fictional), employed by a Brask haulage firm",
        statedAt: "2026-05-12",
      },
      {
        source: "source:ministry",
        statement: "No weapons have been distributed to any civilian group.",
        credibility: 4,
        credibilityReason: "A denial by a party; contradicted by the drivers and the mission's observations.",
        howKnown: "official statement",
        statedAt: "2026-05-20",
      },
    ],
  ),
  event(
    {
      key: "event:teskal-emergency",
      title: "State of emergency declared in Teskal Province",
      description: "Curfew, movement permits for Oskeri, and police powers for the Hearth Guard.",
      dateStart: "2026-02-01",
      datePrecision: "day",
      place: provinceWide("teskal"),
      acts: [
        { type: "emergency-decree" },
        { type: "discriminatory-law-or-policy", description: "movement permits for Oskeri" },
      ],
      perpetrators: [{ actor: "actor:government", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal-flash",
        locator: "para. 1",
        statement:
          "On 1 February 2026 the Government declared a state of emergency in Teskal: movement permits for Oskeri, police powers for the Hearth Guard.",
        credibility: 1,
        credibilityReason: "The decree as published.",
        howKnown: "official gazette",
        statedAt: "2026-02-25",
      },
      {
        source: "source:ministry",
        document: "doc:gazette",
        locator: "para. 2",
        statement:
          "Decree on the State of Emergency in Teskal Province: curfew; movement permits for persons of Oskeri origin; police powers for the Hearth Guard.",
        credibility: 1,
        credibilityReason: "The decree as published.",
        howKnown: "official gazette",
        statedAt: "2026-02-01",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal",
        locator: "para. 5",
        statement:
          "The state of emergency declared on 1 February 2026 imposes a curfew, movement permits for Oskeri and police powers for the Hearth Guard.",
        credibility: 1,
        credibilityReason: "Agrees with the gazette.",
        howKnown: "official gazette",
        statedAt: "2026-09-20",
      },
    ],
  ),
  event(
    {
      key: "event:monitors-expelled",
      title: "NGO staff and reporters ordered out of Teskal",
      description:
        "The Directorate orders the Documentation Centre's staff and two Courier reporters out of the province.",
      dateStart: "2026-02-20",
      datePrecision: "day",
      place: placeAt("pellarin", "exact"),
      acts: [{ type: "expulsion-of-ngos-or-media" }],
      perpetrators: [{ actor: "actor:directorate", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal-flash",
        locator: "para. 2",
        statement:
          "On 20 February 2026 the Directorate ordered NGO staff and two reporters out of the province.",
        credibility: 1,
        credibilityReason: "Orders seen by the mission.",
        howKnown: "copies of the orders",
        statedAt: "2026-02-25",
      },
      {
        source: "source:frdc",
        document: "doc:frdc-lists",
        locator: "para. 2",
        statement: "On 20 February 2026 the Directorate ordered the Centre's staff out of Teskal Province.",
        credibility: 2,
        credibilityReason: "The Centre's own experience; order not published.",
        howKnown: "first-hand",
        statedAt: "2026-05-12",
      },
    ],
  ),
  event(
    {
      key: "event:death-lists",
      title: "Lists of named Oskeri posted at militia checkpoints",
      description:
        "Lists with the names and addresses of Oskeri appear at Hearth Guard checkpoints in Pellarin.",
      dateStart: "2026-03-10",
      dateEnd: "2026-03-24",
      datePrecision: "day",
      place: placeAt("pellarin", "exact"),
      acts: [
        { type: "x-death-list", description: "names and addresses of Oskeri posted at checkpoints" },
        { type: "hate-speech-or-incitement" },
      ],
      perpetrators: [{ actor: "actor:hearth-guard", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-lists",
        locator: "para. 3",
        statement:
          "From 10 to 24 March 2026 lists naming 140 Oskeri, with their addresses, were posted at Hearth Guard checkpoints in Pellarin.",
        credibility: 2,
        credibilityReason: "Photographs of the lists; count made from them.",
        howKnown: "photographs of the lists",
        witness: "Photographer P-4 (fictional): Oskeri schoolteacher whose own name was on a list",
        statedAt: "2026-05-12",
      },
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal",
        locator: "para. 6",
        statement:
          "On 10 March 2026 lists naming at least 90 Oskeri appeared at Hearth Guard checkpoints in Pellarin.",
        credibility: 2,
        credibilityReason: "Lists seen by a patrol on one day.",
        howKnown: "mission patrol",
        statedAt: "2026-09-20",
      },
      {
        source: "source:hearth-voice",
        document: "doc:radio-transcripts",
        locator: "para. 5",
        statement: "The lists posted in Pellarin are lists of criminals, nothing more.",
        credibility: 4,
        credibilityReason: "Self-serving; no charges against anyone named.",
        howKnown: "broadcast",
        statedAt: "2026-03-12",
      },
    ],
  ),
];
