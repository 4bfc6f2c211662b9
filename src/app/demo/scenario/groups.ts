import { FICTIONAL } from "./constants.ts";
import type { GroupSpec } from "./types.ts";

/** The invented identity groups of Feltravia, with the names, demonyms and aliases sources use for them. */
export const GROUPS: GroupSpec[] = [
  {
    key: "group:taldren",
    name: "Taldren",
    kind: "ethnic",
    aliases: ["Taldren people", "Taldrenic", "Taldrens"],
    description: `The majority people of Feltravia, about three fifths of the population; Taldrenic is their language. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "group:oskeri",
    name: "Oskeri",
    kind: "ethnic",
    aliases: ["Oskeri people", "Osker", "Oskerin speakers", "valley people"],
    description: `A minority people of the Teskal river valley, farmers and traders, Oskerin-speaking. Propaganda calls them "marsh rats". (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "group:dellovar",
    name: "Dellovar",
    kind: "ethnic",
    aliases: ["Dellovari", "Dellovar highlanders", "highlanders"],
    description: `A minority people of the Orvanne highlands, herders and miners; victims of the Ustrel killings of 2011. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "group:sarrowite",
    name: "Sarrowites",
    kind: "religious",
    aliases: ["Sarrowite faith", "Followers of Sarrow", "Sarrowite community"],
    description: `A religious minority found in every province, most of them in the capital and on the Ambrel coast. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "group:open-assembly",
    name: "Open Assembly Party supporters",
    kind: "political",
    aliases: ["Open Assembly", "Assemblists", "OAP"],
    description: `Members and voters of the main opposition party, which draws on all groups. (${FICTIONAL})`,
    sensitivity: "public",
  },
];
