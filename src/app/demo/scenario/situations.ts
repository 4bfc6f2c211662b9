import { FICTIONAL } from "./constants.ts";
import type { SituationSpec } from "./types.ts";

/**
 * Four situations, chosen so that the assessment engine finds four different profiles (see ../README.md):
 * early stages only, preparation and persecution, massacres with denial of a past episode, and violence by a
 * non-state armed group known mostly from weak sources.
 */
export const SITUATIONS: SituationSpec[] = [
  {
    key: "situation:sarrowites",
    name: "Sarrowites in Feltravia (fictional)",
    region: null,
    description: `Nationwide. A census and new identity cards record every citizen's faith; a 2026 law bars Sarrowites from public office; officials and a militia radio station call them a rot and a disease. No violence recorded. Designed to reach the early stages only. (${FICTIONAL})`,
    groups: ["group:sarrowite"],
    perpetrators: ["actor:government", "actor:anstrade", "actor:morrandel"],
    sensitivity: "public",
  },
  {
    key: "situation:teskal",
    name: "Oskeri in Teskal Province, Feltravia (fictional)",
    region: "Teskal Province",
    description: `A Taldren militia, the Hearth Guard, was formed and armed in 2025; an emergency decree, expulsion of monitors, death lists, detentions, disappearances and the forced displacement of Oskeri villages followed in 2026. Killings so far are few. Designed to show preparation and persecution without massacres. (${FICTIONAL})`,
    groups: ["group:oskeri"],
    perpetrators: ["actor:hearth-guard", "actor:directorate", "actor:government"],
    sensitivity: "public",
  },
  {
    key: "situation:orvanne",
    name: "Dellovar in Orvanne Province, Feltravia (fictional)",
    region: "Orvanne Province",
    description: `Since the army's 5th Highland Brigade and the Hearth Guard were deployed against the Covenant in late 2025, Dellovar villages have suffered massacres (Halbrenn, Grellin, Saddow Pass), sexual violence, a siege and an attack on a hospital. The government denies the Ustrel killings of 2011. Designed to show extermination and denial. (${FICTIONAL})`,
    groups: ["group:dellovar"],
    perpetrators: ["actor:highland-brigade", "actor:hearth-guard", "actor:armed-forces", "actor:dramesk"],
    sensitivity: "public",
  },
  {
    key: "situation:covenant",
    name: "Taldren civilians in Orvanne Province, Feltravia (fictional)",
    region: "Orvanne Province",
    description: `The Dellovar armed group Orvanne Highland Covenant has abducted and killed Taldren civilians and driven families out. Most reports come from the ministry, the militia radio and an anonymous account. Designed to test the same method on a non-state perpetrator and on weak, contested evidence. (${FICTIONAL})`,
    groups: ["group:taldren"],
    perpetrators: ["actor:covenant"],
    sensitivity: "public",
  },
];
