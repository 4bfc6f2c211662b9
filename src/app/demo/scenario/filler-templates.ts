import type { Involvement } from "../../../domain/evidence/acts.ts";
import type { TownKey } from "./geography.ts";

/** A kind of small incident that the invented event dataset codes, many times over, in one situation. */
export interface FillerTemplate {
  title: string;
  acts: string[];
  perpetrators: { actor: string; involvement: Involvement }[];
  /** Deaths (best estimate) between these bounds; null when the incident kills no one. */
  deaths: [number, number] | null;
}

export interface FillerSituation {
  situation: string;
  groups: string[];
  towns: TownKey[];
  /** How many filler events this situation gets. */
  count: number;
  templates: FillerTemplate[];
}

const direct = (actor: string) => ({ actor, involvement: "direct" as const });
const alleged = (actor: string) => ({ actor, involvement: "alleged" as const });

/**
 * The filler incidents per situation. The Sarrowite situation gets no violent template, so that its profile
 * stays at the early stages; the Covenant situation gets none, so that it rests on its few weak, contested
 * reports alone.
 */
export const FILLER_SITUATIONS: FillerSituation[] = [
  {
    situation: "situation:orvanne",
    groups: ["group:dellovar"],
    towns: ["halbrenn", "tovask", "grellin", "kavrosa", "ustrel", "saddow", "ketrin"],
    count: 22,
    templates: [
      {
        title: "Dellovar herders shot near {town}",
        acts: ["killing"],
        perpetrators: [direct("actor:highland-brigade")],
        deaths: [1, 6],
      },
      {
        title: "Army shells Dellovar hamlet near {town}",
        acts: ["killing", "destruction-of-homes"],
        perpetrators: [direct("actor:highland-brigade")],
        deaths: [0, 8],
      },
      {
        title: "Dellovar men detained at a checkpoint in {town}",
        acts: ["arbitrary-detention"],
        perpetrators: [direct("actor:hearth-guard")],
        deaths: null,
      },
      {
        title: "Dellovar homes looted and burned in {town}",
        acts: ["destruction-of-homes", "forced-displacement"],
        perpetrators: [direct("actor:hearth-guard")],
        deaths: null,
      },
    ],
  },
  {
    situation: "situation:teskal",
    groups: ["group:oskeri"],
    towns: ["pellarin", "sovrenne", "ilvaro", "brask"],
    count: 17,
    templates: [
      {
        title: "Oskeri home and shop burned in {town}",
        acts: ["destruction-of-homes"],
        perpetrators: [direct("actor:hearth-guard")],
        deaths: null,
      },
      {
        title: "Oskeri man beaten at a militia checkpoint in {town}",
        acts: ["torture"],
        perpetrators: [direct("actor:hearth-guard")],
        deaths: null,
      },
      {
        title: "Oskeri families evicted in {town}",
        acts: ["forced-displacement"],
        perpetrators: [direct("actor:hearth-guard"), alleged("actor:directorate")],
        deaths: null,
      },
      {
        title: "Oskeri detained by the Directorate in {town}",
        acts: ["arbitrary-detention"],
        perpetrators: [direct("actor:directorate")],
        deaths: null,
      },
      {
        title: "Oskeri farmer killed near {town}",
        acts: ["killing"],
        perpetrators: [alleged("actor:hearth-guard")],
        deaths: [1, 2],
      },
    ],
  },
  {
    situation: "situation:sarrowites",
    groups: ["group:sarrowite"],
    towns: ["vessenport", "ambrel", "quessel"],
    count: 7,
    templates: [
      {
        title: "Anti-Sarrowite slogans painted on homes in {town}",
        acts: ["hate-speech-or-incitement"],
        perpetrators: [],
        deaths: null,
      },
      {
        title: "Sarrowite official removed from post in {town}",
        acts: ["discriminatory-law-or-policy"],
        perpetrators: [direct("actor:government")],
        deaths: null,
      },
    ],
  },
];
