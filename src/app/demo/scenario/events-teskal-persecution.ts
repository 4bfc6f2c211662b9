import { event, toll } from "./event-helpers.ts";
import { placeAt, provinceWide } from "./geography.ts";
import type { EventWithClaims } from "./types.ts";

const situations = ["situation:teskal"];
const groups = ["group:oskeri"];

/**
 * Situation "Oskeri in Teskal Province", second half: expulsions, detention and torture, a secret detention
 * site known from a protected witness, disappearances, burnings, killings at a checkpoint and blocked aid.
 */
export const TESKAL_PERSECUTION_EVENTS: EventWithClaims[] = [
  event(
    {
      key: "event:pellarin-expulsions",
      title: "Oskeri forced from their homes in Pellarin district",
      description:
        "The Hearth Guard clears Oskeri streets, with Directorate units present; about 6,000 displaced.",
      dateStart: "2026-04-05",
      dateEnd: "2026-04-20",
      datePrecision: "day",
      place: placeAt("pellarin", "admin2"),
      acts: [{ type: "forced-displacement" }, { type: "destruction-of-homes" }, { type: "killing" }],
      perpetrators: [
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:directorate", involvement: "complicit" },
      ],
      groups,
      situations,
      fatalities: toll(3, 3, 5),
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal",
        locator: "para. 7",
        statement:
          "Between 5 and 20 April 2026 Oskeri residents were forced from their homes; three deaths confirmed; about 6,000 displaced.",
        assertion: { fatalities: toll(3, 3, 3), dateStart: "2026-04-05", dateEnd: "2026-04-20" },
        credibility: 2,
        credibilityReason: "Deaths confirmed by the mission; displacement estimated.",
        howKnown: "mission visits to displacement sites",
        statedAt: "2026-09-20",
      },
      {
        source: "source:frdc",
        document: "doc:frdc-lists",
        locator: "para. 4",
        statement:
          "On 3 April 2026 the Hearth Guard began to clear Oskeri streets; the Centre has the names of five people killed.",
        assertion: { fatalities: toll(5, 5, 5), dateStart: "2026-04-03" },
        credibility: 2,
        credibilityReason: "Named victims; start date from residents.",
        howKnown: "interviews with displaced families",
        witness: "Displaced resident W-27 (fictional): Oskeri woman, 34, from Pellarin's river quarter",
        statedAt: "2026-05-12",
      },
    ],
  ),
  event(
    {
      key: "event:brask-detentions",
      title: "Oskeri men detained in Brask",
      description: "Dozens of Oskeri men are detained by the Directorate; former detainees describe torture.",
      dateStart: "2026-05-01",
      datePrecision: "month",
      place: placeAt("brask", "exact"),
      acts: [{ type: "arbitrary-detention" }, { type: "torture" }],
      perpetrators: [{ actor: "actor:directorate", involvement: "direct" }],
      groups,
      situations,
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-lists",
        locator: "para. 5",
        statement:
          "In May 2026 dozens of Oskeri men were detained in Brask; former detainees describe beatings and electric shocks.",
        credibility: 2,
        credibilityReason: "Several former detainees, interviewed apart.",
        howKnown: "interviews with former detainees",
        statedAt: "2026-05-12",
      },
    ],
  ),
  event(
    {
      key: "event:brask-quarry",
      title: "Secret detention site at the Brask quarry",
      description:
        "About thirty Oskeri men held in a shed at the old quarry north of Brask; two may have died.",
      dateStart: "2026-05-20",
      dateEnd: "2026-05-29",
      datePrecision: "day",
      place: placeAt("brask", "near"),
      acts: [{ type: "arbitrary-detention" }, { type: "torture" }],
      perpetrators: [{ actor: "actor:directorate", involvement: "direct" }],
      groups,
      situations,
      fatalities: toll(0, null, 2),
      sensitivity: "confidential",
    },
    [
      {
        source: "source:witness-network",
        document: "doc:witness-brask",
        locator: "paras. 1-3",
        statement:
          "The witness was held nine days at the old quarry with about thirty men, beaten; he saw two men carried out who did not move.",
        assertion: { fatalities: toll(0, null, 2) },
        credibility: 3,
        credibilityReason: "One first-hand witness; fits the NGO's findings on Brask.",
        howKnown: "first-hand: the witness was detained there",
        witness:
          "Detainee W-31 (fictional): Oskeri man, 41, from Brask; relatives in the Open Assembly Party",
        statedAt: "2026-06-02",
        sensitivity: "confidential",
      },
    ],
  ),
  event(
    {
      key: "event:ilvaro-disappearances",
      title: "Oskeri community leaders disappear in Ilvaro",
      description: "Four Oskeri community leaders are taken from their homes at night.",
      dateStart: "2026-06-11",
      datePrecision: "day",
      place: placeAt("ilvaro", "exact"),
      acts: [{ type: "disappearance" }],
      perpetrators: [
        { actor: "actor:hearth-guard", involvement: "direct" },
        { actor: "actor:directorate", involvement: "alleged" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:frdc",
        document: "doc:frdc-orvanne",
        locator: "para. 4",
        statement:
          "On 11 June 2026 four Oskeri community leaders were taken from their homes in Ilvaro at night.",
        credibility: 2,
        credibilityReason: "Families interviewed; abductors identified by their armbands.",
        howKnown: "interviews with families",
        statedAt: "2026-09-05",
      },
    ],
  ),
  event(
    {
      key: "event:ilvaro-burnings",
      title: "Oskeri homes burned around Ilvaro",
      description: "Homes in Oskeri hamlets around Ilvaro burned; families flee towards the coast.",
      dateStart: "2026-07-01",
      datePrecision: "unknown-day",
      place: placeAt("ilvaro", "admin2"),
      acts: [{ type: "destruction-of-homes" }, { type: "forced-displacement" }],
      perpetrators: [{ actor: "actor:hearth-guard", involvement: "direct" }],
      groups,
      situations,
      sensitivity: "internal",
    },
    [
      {
        source: "source:courier",
        statement:
          "Smoke rose over Oskeri hamlets around Ilvaro through July; families arriving in Ambrel say militiamen set the fires.",
        credibility: 3,
        credibilityReason: "Second-hand accounts; the Courier's reporters could not enter the district.",
        howKnown: "interviews with displaced families in Ambrel",
        statedAt: "2026-07-28",
      },
    ],
  ),
  event(
    {
      key: "event:sovrenne-checkpoint",
      title: "Oskeri shot at a militia checkpoint outside Sovrenne",
      description: "Hearth Guard members open fire on Oskeri at a checkpoint; the toll is disputed.",
      dateStart: "2026-08-22",
      datePrecision: "day",
      place: placeAt("sovrenne", "exact"),
      acts: [{ type: "killing" }],
      perpetrators: [{ actor: "actor:hearth-guard", involvement: "direct" }],
      groups,
      situations,
      fatalities: toll(2, 7, 9),
    },
    [
      {
        source: "source:frdc",
        statement:
          "Seven Oskeri were killed at the Sovrenne checkpoint on 22 August 2026; the Centre has their names.",
        assertion: { fatalities: toll(7, 7, 7) },
        credibility: 2,
        credibilityReason: "Named victims.",
        howKnown: "relatives and a hospital register",
        statedAt: "2026-08-26",
      },
      {
        source: "source:courier",
        document: "doc:courier-sovrenne",
        locator: "para. 1",
        statement: "Nine Oskeri, among them two children, were shot dead at the checkpoint, relatives said.",
        assertion: { fatalities: toll(9, 9, 9) },
        credibility: 3,
        credibilityReason: "Relatives' figure, not checked against a register.",
        howKnown: "relatives",
        statedAt: "2026-08-24",
      },
      {
        source: "source:hearth-voice",
        document: "doc:radio-transcripts",
        locator: "para. 6",
        statement: "At Sovrenne our men shot two armed infiltrators.",
        assertion: { fatalities: toll(2, 2, 2) },
        credibility: 5,
        credibilityReason:
          "The perpetrator's own account; contradicted by the names of the dead, who include children.",
        howKnown: "broadcast",
        statedAt: "2026-08-22",
      },
    ],
  ),
  event(
    {
      key: "event:teskal-aid-blocked",
      title: "Aid convoys to Oskeri villages turned back",
      description: "Aid convoys are turned back at Directorate and Hearth Guard checkpoints.",
      dateStart: "2026-09-01",
      datePrecision: "month",
      place: provinceWide("teskal"),
      acts: [{ type: "deprivation-of-food-water-aid" }],
      perpetrators: [
        { actor: "actor:directorate", involvement: "direct" },
        { actor: "actor:hearth-guard", involvement: "direct" },
      ],
      groups,
      situations,
    },
    [
      {
        source: "source:cnmmf",
        document: "doc:cnmmf-teskal",
        locator: "para. 8",
        statement:
          "In September 2026 aid convoys to Oskeri villages were turned back at Directorate and Hearth Guard checkpoints.",
        credibility: 2,
        credibilityReason: "Convoy logs of two agencies.",
        howKnown: "aid agencies' logs",
        statedAt: "2026-09-20",
      },
    ],
  ),
];
