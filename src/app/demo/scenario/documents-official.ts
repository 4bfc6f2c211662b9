import { COLLECTORS } from "./collectors.ts";
import { plainReport, postCapture, webPage } from "./document-format.ts";
import type { DocumentSpec } from "./types.ts";

/**
 * What the parties say: ministry statements and the official gazette (grade D), the militia radio (grade E),
 * an anonymous account (grade F), and a protected witness's statement (confidential).
 */
export const OFFICIAL_DOCUMENTS: DocumentSpec[] = [
  plainReport(
    {
      key: "doc:gazette",
      source: "source:ministry",
      title: "Official Gazette of the Republic of Feltravia: extracts, January and February 2026 (fictional)",
      originUrl: "https://gazette.feltravia.example/2026/",
      collectedAt: "2026-02-03T10:00:00Z",
      collectedBy: COLLECTORS.desk,
      method: "download of the gazette issues; extracts transcribed",
      sensitivity: "public",
    },
    [
      "Public Offices (Faith Declaration) Act 2026, adopted 20 January 2026. Section 3: No person who declares the Sarrowite faith shall hold public office, sit as a judge or hold a commission in the armed forces.",
      "Decree on the State of Emergency in Teskal Province, 1 February 2026. Article 2: A curfew applies from dusk to dawn. Article 4: Persons of Oskeri origin shall carry a movement permit. Article 7: Members of the Hearth Guard may exercise the powers of the police.",
    ],
  ),
  webPage(
    {
      key: "doc:ministry-halbrenn",
      source: "source:ministry",
      title: "Ministry of Public Order press release: Counter-terrorism operation in Halbrenn (fictional)",
      originUrl: "https://public-order.feltravia.example/press/2026-01-22",
      collectedAt: "2026-01-22T15:00:00Z",
      collectedBy: COLLECTORS.desk,
      method: "web page saved as HTML",
      sensitivity: "public",
    },
    [
      "On 17 January 2026 security forces neutralised six terrorists of the so-called Covenant in Halbrenn.",
      "The numbers are exaggerated by foreign-funded organisations. It was a counter-terrorism operation and nothing else.",
    ],
  ),
  webPage(
    {
      key: "doc:ministry-ustrel",
      source: "source:ministry",
      title: "Ministry of Public Order statement on the anniversary of the Ustrel operation (fictional)",
      originUrl: "https://public-order.feltravia.example/press/2026-03-14",
      collectedAt: "2026-03-14T17:20:00Z",
      collectedBy: COLLECTORS.desk,
      method: "web page saved as HTML",
      sensitivity: "public",
    },
    [
      "Fifteen years ago our soldiers restored order in Ustrel.",
      "The so-called Ustrel massacre never happened. On 15 March 2011, twelve armed terrorists were killed in a counter-insurgency operation; no civilian died.",
      "Only a court can decide such matters, and no court has.",
    ],
  ),
  webPage(
    {
      key: "doc:ministry-covenant",
      source: "source:ministry",
      title: "Ministry of Public Order statements on Covenant attacks, 2025-2026 (fictional)",
      originUrl: "https://public-order.feltravia.example/press/covenant",
      collectedAt: "2026-08-18T09:00:00Z",
      collectedBy: COLLECTORS.desk,
      method: "web pages saved as HTML and combined",
      sensitivity: "public",
    },
    [
      "9 November 2025: Fourteen soldiers died heroically when Covenant terrorists ambushed a convoy near Tovask on 8 November.",
      "2 October 2025: Covenant terrorists abducted Taldren teachers in Tovask.",
      "31 January 2026: Covenant terrorists murdered 31 Taldren villagers in Ketrin on 30 January.",
      "12 March 2026: The killings in Grellin on 9 March were the work of Covenant terrorists.",
      "April 2026: Taldren families flee Grellin district after Covenant threats. The Covenant plans to drive every Taldren out of the highlands.",
      "24 April 2026: The building in Ustrel was used by the Covenant as a command post.",
      "17 August 2026: Four road workers were murdered by the Covenant near Ketrin on 16 August.",
      "16 June 2026: No military operation took place at Saddow Pass.",
    ],
  ),
  plainReport(
    {
      key: "doc:radio-transcripts",
      source: "source:hearth-voice",
      title: "Hearth Voice Radio: transcribed excerpts of broadcasts, 2025-2026 (fictional)",
      originUrl: null,
      collectedAt: "2026-08-25T08:00:00Z",
      collectedBy: COLLECTORS.field,
      method: "recorded off air; excerpts transcribed by the collector",
      sensitivity: "internal",
    },
    [
      "August 2025: The Hearth Guard is born in Pellarin to defend Taldren homes from the Oskeri threat.",
      '18 November 2025, morning programme (Yssa Morrandel): "The Oskeri are vermin, marsh rats who breed in the reeds. They will kill us first if we wait."',
      '11 February 2026, morning programme (Yssa Morrandel): "The Sarrowites are a rot in the roots of the nation, a disease to be cut out."',
      "1 February 2026: Forty Taldren were slaughtered by the Covenant in Ketrin. Revenge is coming.",
      "12 March 2026: The lists posted in Pellarin are lists of criminals, nothing more.",
      "22 August 2026: At Sovrenne our men shot two armed infiltrators.",
    ],
  ),
  postCapture(
    {
      key: "doc:orvanne-eyes",
      source: "source:orvanne-eyes",
      title: "Posts of the anonymous account @orvanne_eyes, January to August 2026 (fictional)",
      originUrl: "https://social.example/@orvanne_eyes",
      collectedAt: "2026-08-17T20:15:00Z",
      collectedBy: COLLECTORS.desk,
      method: "captured with the platform's export; JSON as received",
      sensitivity: "internal",
    },
    [
      {
        id: "1001",
        at: "2026-01-17T14:02:00Z",
        text: "Halbrenn market: 200 dead, soldiers everywhere. (fictional)",
      },
      {
        id: "1002",
        at: "2026-01-30T21:40:00Z",
        text: "Ketrin: 9 Taldren killed tonight by the Covenant. (fictional)",
      },
      {
        id: "1003",
        at: "2026-04-22T11:00:00Z",
        text: "Ustrel hospital hit by shells. Photos attached. (fictional)",
      },
      {
        id: "1004",
        at: "2026-06-15T06:30:00Z",
        text: "Saddow Pass: 500 dead. They took the men away. (fictional)",
      },
      {
        id: "1005",
        at: "2026-08-16T19:00:00Z",
        text: "The army killed the road workers near Ketrin and blamed the Covenant. (fictional)",
      },
    ],
  ),
  plainReport(
    {
      key: "doc:witness-brask",
      source: "source:witness-network",
      title: "Witness statement W-31: detention at the Brask quarry (fictional, protected)",
      originUrl: null,
      collectedAt: "2026-06-02T14:00:00Z",
      collectedBy: COLLECTORS.field,
      method: "interview in a safe location, recorded with consent; transcribed",
      sensitivity: "confidential",
    },
    [
      "The witness, an Oskeri man, was taken from his home in Brask on 20 May 2026 by Directorate officers.",
      "He was held for nine days in a shed at the old quarry north of Brask with about thirty other men, beaten, and questioned about relatives in the Open Assembly Party.",
      "He was released after his family paid. He saw two men carried out who did not move.",
    ],
  ),
];
