// Coded terms documented in past atrocities or flagged by official bodies. Unlike the general metaphors these
// carry their history, so most score without a framing word; the risk field says when the word also has an
// everyday meaning. Sources are in sources.ts, with their verification status.
import type { LexiconEntry } from "./types.ts";

type Coded = Omit<LexiconEntry, "stage" | "kind" | "needsFrame"> &
  Partial<Pick<LexiconEntry, "stage" | "kind" | "needsFrame">>;

const CODED: Coded[] = [
  {
    id: "coded.inyenzi",
    terms: ["inyenzi"],
    language: "rw",
    meaning: "'cockroaches': Tutsi (and the RPF) in Hutu Power propaganda",
    documented:
      "Rwanda 1990-94: RTLM radio, the newspaper Kangura, Léon Mugesera's speech of 22 November 1992",
    sources: ["ictr-media-case", "mugesera-scc-2005", "des-forges-1999"],
    falsePositiveRisk: "low",
  },
  {
    id: "coded.inzoka",
    terms: ["inzoka"],
    language: "rw",
    meaning: "'snakes': Tutsi in Hutu Power propaganda",
    documented: "Rwanda 1990-94 (as described in accounts of the genocide)",
    sources: ["des-forges-1999"],
    falsePositiveRisk: "high",
    needsFrame: true,
  },
  {
    id: "coded.ibyitso",
    terms: ["ibyitso", "icyitso"],
    language: "rw",
    meaning: "'accomplices': Tutsi and Hutu moderates accused of helping the RPF, marked for attack",
    documented: "Rwanda 1990-94",
    sources: ["des-forges-1999"],
    falsePositiveRisk: "medium",
    stage: 6,
    kind: "coded-term",
  },
  {
    id: "coded.madoadoa",
    terms: ["madoadoa"],
    language: "sw",
    meaning:
      "'spots' (also rendered 'stains', 'dots'): members of another community to be removed from an area",
    documented:
      "Kenya: Rift Valley violence around the 2007 elections (Waki Commission); listed by the National Cohesion and Integration Commission in April 2022",
    sources: ["waki-cipev-madoadoa", "ncic-2022-lexicon"],
    falsePositiveRisk: "medium",
  },
  {
    id: "coded.kwekwe",
    terms: ["kwekwe"],
    language: "sw",
    meaning: "'weeds': a community to be uprooted",
    documented: "Kenya: listed by the National Cohesion and Integration Commission (2022)",
    sources: ["ncic-2022-lexicon"],
    falsePositiveRisk: "high",
    needsFrame: true,
  },
  {
    id: "coded.untermensch",
    terms: ["untermensch*"],
    language: "de",
    meaning: "'subhuman': Jews, Slavs, Roma and others in Nazi ideology",
    documented: "Nazi Germany, 1930s-40s",
    sources: ["ss-der-untermensch", "smith-less-than-human"],
    falsePositiveRisk: "medium",
  },
  {
    id: "coded.volksschaedling",
    terms: ["volksschädling*", "volksschaedling*"],
    language: "de",
    meaning: "'pest of the people': Nazi legal and propaganda term for those to be punished or removed",
    documented: "Nazi Germany, decree of 5 September 1939",
    sources: ["volksschaedlingsverordnung"],
    falsePositiveRisk: "low",
  },
  {
    id: "coded.final-solution",
    terms: ["final solution", "endlösung", "endloesung", "solution finale"],
    language: "de",
    meaning: "euphemism for the extermination of a group",
    documented: "Nazi Germany: Wannsee Conference, 20 January 1942",
    sources: ["wannsee-protocol", "stanton-ten-stages"],
    falsePositiveRisk: "medium",
    stage: 7,
    kind: "eliminationist-euphemism",
  },
  {
    id: "coded.ethnic-cleansing",
    terms: [
      "ethnic cleansing",
      "etničko čišćenje",
      "nettoyage ethnique",
      "limpieza étnica",
      "ethnische säuberung*",
    ],
    language: "en",
    meaning: "forced removal of a group from an area; a call for it is stage 7, a report of it is not",
    documented: "Former Yugoslavia, 1991-95",
    sources: ["un-s-1994-674", "stanton-ten-stages"],
    falsePositiveRisk: "high",
    stage: 7,
    kind: "eliminationist-euphemism",
    needsFrame: true,
  },
  // coded.kalar was removed on 2026-11-26: its one source (UN FFM Myanmar, A/HRC/39/CRP.2) could not be
  // checked for the word; re-add it with the paragraph that documents it.
  {
    id: "coded.locusts-hk",
    terms: ["蝗虫", "蝗蟲"],
    language: "zh",
    meaning: "'locusts': mainland Chinese visitors and migrants in Hong Kong",
    documented: "Hong Kong, 2012 newspaper advertisement and after",
    sources: ["press-hk-locust-2012"],
    falsePositiveRisk: "medium",
  },
  {
    id: "coded.termites-in",
    terms: ["दीमक", "deemak", "dimak"],
    language: "hi",
    meaning: "'termites': migrants called infiltrators",
    documented: "India, election speeches 2018-19",
    sources: ["press-india-termites-2018"],
    falsePositiveRisk: "medium",
    needsFrame: true,
  },
  // coded.weeds-et (አረም) was removed on 2026-11-26: the translations of the cited statement give the weed
  // word as "Inboch", not አረም, and the Amharic original was not seen.
  {
    id: "coded.cancer-et",
    terms: ["ካንሰር"],
    language: "am",
    meaning: "'cancer': an armed group and, by extension, the people associated with it",
    documented:
      "Ethiopia, Tigray war: statement of 18 July 2021 (read in English translation; ካንሰር is the ordinary Amharic word, written by the project)",
    sources: ["press-ethiopia-weeds-2021"],
    falsePositiveRisk: "high",
    needsFrame: true,
  },
  {
    id: "coded.great-replacement",
    terms: [
      "great replacement",
      "grand remplacement",
      "großer austausch",
      "grosser austausch",
      "gran reemplazo",
    ],
    language: "fr",
    meaning: "conspiracy narrative that a group is being 'replaced' by another; fear speech",
    documented: "France 2011, then spread internationally; cited by perpetrators of mass shootings",
    sources: ["camus-grand-remplacement"],
    falsePositiveRisk: "medium",
    stage: 6,
    kind: "fear-speech",
  },
];

export const CODED_TERMS: LexiconEntry[] = CODED.map((c) => ({
  stage: 4,
  kind: "coded-term",
  needsFrame: false,
  ...c,
}));
