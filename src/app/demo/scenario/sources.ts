import {
  FICTIONAL,
  MARKER_SOURCE_KEY,
  MARKER_SOURCE_NAME,
  SCENARIO_DATE,
  SCENARIO_ID,
  SCENARIO_VERSION,
} from "./constants.ts";
import type { SourceSpec } from "./types.ts";

/**
 * Invented sources, one of each kind an analyst meets, graded A to F (Admiralty reliability) each with the
 * reason. URLs use the reserved `.example` domain (RFC 2606), which can never resolve to a real site.
 */
export const SOURCES: SourceSpec[] = [
  {
    key: MARKER_SOURCE_KEY,
    kind: "dataset",
    name: MARKER_SOURCE_NAME,
    reliability: "F",
    reliabilityReason:
      "Invented for training: every record in it is fictional, so its reliability is not a property it can have.",
    licence: "MIT (shipped with tocsin)",
    attribution: `Fictional training scenario shipped with tocsin (${FICTIONAL}). Every name is invented: it describes no real country, person, group or place.`,
    datasetVersion: SCENARIO_VERSION,
    accessedAt: SCENARIO_DATE,
    filters: { scenario: SCENARIO_ID, country: "XFT", scenarioDate: SCENARIO_DATE, fictional: true },
    sensitivity: "public",
  },
  {
    key: "source:cnmmf",
    kind: "organisation",
    name: `Concord of Nations Monitoring Mission in Feltravia (${FICTIONAL})`,
    reliability: "A",
    reliabilityReason:
      "Intergovernmental monitoring mission with teams in every province since 2012; publishes its methods; no report of it has been shown wrong.",
    url: "https://cnmmf.example/",
    sensitivity: "public",
  },
  {
    key: "source:frdc",
    kind: "organisation",
    name: `Feltravia Rights Documentation Centre (${FICTIONAL})`,
    reliability: "B",
    reliabilityReason:
      "National human-rights NGO documenting abuses since 2010; interviews survivors with a published protocol; minor errors, corrected in public.",
    url: "https://frdc.example/",
    contact: "Field office Pellarin, duty phone +000 555 0141 (fictional)",
    sensitivity: "public",
  },
  {
    key: "source:courier",
    kind: "publication",
    name: `The Vessenport Courier (${FICTIONAL})`,
    reliability: "C",
    reliabilityReason:
      "Independent daily; reporters on the ground but under pressure since the emergency decree; several tolls later revised.",
    url: "https://vessenport-courier.example/",
    sensitivity: "public",
  },
  {
    key: "source:ministry",
    kind: "organisation",
    name: `Ministry of Public Order, Republic of Feltravia (${FICTIONAL})`,
    reliability: "D",
    reliabilityReason:
      "Government ministry and party to the conflict: its statements are reliable about what the government says, not about what happened; history of denial (Ustrel, 2011).",
    url: "https://public-order.feltravia.example/",
    sensitivity: "public",
  },
  {
    key: "source:hearth-voice",
    kind: "publication",
    name: `Hearth Voice Radio (${FICTIONAL})`,
    reliability: "E",
    reliabilityReason:
      "Radio station of the Hearth Guard militia; broadcasts propaganda and invented attacks. Useful only as evidence of what it says.",
    url: "https://hearth-voice.example/",
    sensitivity: "public",
  },
  {
    key: "source:orvanne-eyes",
    kind: "person",
    name: `@orvanne_eyes, anonymous social-media account (${FICTIONAL})`,
    reliability: "F",
    reliabilityReason: "Anonymous account created in January 2026; no track record; cannot be judged.",
    url: "https://social.example/@orvanne_eyes",
    sensitivity: "public",
  },
  {
    key: "source:hed",
    kind: "dataset",
    name: `Highland Events Dataset, Feltravia Conflict Observatory (${FICTIONAL})`,
    reliability: "B",
    reliabilityReason:
      "Event dataset coded from local press and monitors with a public codebook; some double counting of small incidents.",
    url: "https://conflict-observatory.example/hed",
    licence: "CC BY 4.0",
    attribution:
      "Highland Events Dataset v3.1, Feltravia Conflict Observatory (fictional training scenario). Licensed CC BY 4.0.",
    datasetVersion: "3.1",
    accessedAt: SCENARIO_DATE,
    filters: { country: "XFT", from: "2025-08-01", to: SCENARIO_DATE },
    sensitivity: "public",
  },
  {
    key: "source:witness-network",
    kind: "person",
    name: `Teskal witness network, protected source (${FICTIONAL})`,
    reliability: "C",
    reliabilityReason:
      "Network of Oskeri residents reporting through the Documentation Centre; first-hand but partisan, and cannot move freely.",
    contact: "Code name LARK-7 (fictional); reached through the FRDC Pellarin field office, Tuesdays only",
    sensitivity: "internal",
  },
];
