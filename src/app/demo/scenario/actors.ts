import { COUNTRY, FICTIONAL } from "./constants.ts";
import type { ActorSpec } from "./types.ts";

const country = COUNTRY.iso3;

/** The invented perpetrators and officials: state, militia, armed group, and the individuals who speak for them. */
export const ACTORS: ActorSpec[] = [
  {
    key: "actor:government",
    name: "Government of Feltravia",
    kind: "government",
    aliases: ["Feltravian government", "Vessenport government"],
    country,
    description: `The national government in Vessenport, in power since 2009. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:armed-forces",
    name: "Feltravian Armed Forces",
    kind: "state-forces",
    aliases: ["FAF", "the army"],
    country,
    description: `The national army. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:highland-brigade",
    name: "5th Highland Brigade, Feltravian Armed Forces",
    kind: "state-forces",
    aliases: ["5th Highland Brigade", "the Fifth"],
    country,
    description: `The army brigade deployed to Orvanne Province in September 2025; it also served at Ustrel in 2011. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:directorate",
    name: "National Security Directorate",
    kind: "state-forces",
    aliases: ["NSD", "the Directorate"],
    country,
    description: `The state security police, under the Ministry of Public Order. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:hearth-guard",
    name: "Hearth Guard",
    kind: "militia",
    aliases: ["Hearth Guards", "Guardians of the Hearth"],
    country,
    description: `A Taldren militia founded in Teskal Province in August 2025; armed and trained with the help of the Directorate, which denies any link. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:covenant",
    name: "Orvanne Highland Covenant",
    kind: "armed-group",
    aliases: ["the Covenant", "OHC"],
    country,
    description: `A Dellovar armed group fighting the army in the Orvanne highlands since 2024; it has attacked Taldren civilians. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:anstrade",
    name: "Corvel Anstrade",
    kind: "individual",
    aliases: ["Minister Anstrade"],
    country,
    description: `Minister of Public Order since 2022; oversees the Directorate. An invented person. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:morrandel",
    name: "Yssa Morrandel",
    kind: "individual",
    aliases: ["Morrandel"],
    country,
    description: `Presenter of the morning programme on Hearth Voice Radio. An invented person. (${FICTIONAL})`,
    sensitivity: "public",
  },
  {
    key: "actor:dramesk",
    name: "Tavo Dramesk",
    kind: "individual",
    aliases: ["General Dramesk"],
    country,
    description: `Brigadier general commanding the 5th Highland Brigade. An invented person. (${FICTIONAL})`,
    sensitivity: "public",
  },
];
