import { COLLECTORS } from "./collectors.ts";
import { plainReport, webPage } from "./document-format.ts";
import type { DocumentSpec } from "./types.ts";

/** Reports of the invented human-rights NGO (grade B) and articles of the invented newspaper (grade C). */
export const NGO_PRESS_DOCUMENTS: DocumentSpec[] = [
  plainReport(
    {
      key: "doc:frdc-ustrel",
      source: "source:frdc",
      title: "FRDC report: Ustrel, March 2011 (fictional)",
      originUrl: "https://frdc.example/reports/ustrel-2011.txt",
      collectedAt: "2026-03-16T09:20:00Z",
      collectedBy: COLLECTORS.desk,
      method: "download from the NGO's website",
      sensitivity: "public",
    },
    [
      "The Centre interviewed 61 survivors and relatives of the dead between June 2011 and January 2012.",
      "On 14 March 2011 soldiers entered Ustrel at dawn. At least 240 Dellovar men, women and children were killed that day; the Centre's count ranges from 180 to 410.",
      "From April to June 2011 some 9,000 Dellovar fled the district.",
      "Two mass graves near Tovask hold between 40 and 95 bodies, by survivors' accounts. Exhumation has been blocked.",
      "In May 2011 the Dellovar shrine at Grellin was burned.",
    ],
  ),
  plainReport(
    {
      key: "doc:frdc-lists",
      source: "source:frdc",
      title: "FRDC report: Names on the wall. Lists and expulsions in Teskal (fictional)",
      originUrl: "https://frdc.example/reports/names-on-the-wall.txt",
      collectedAt: "2026-05-13T11:00:00Z",
      collectedBy: COLLECTORS.field,
      method: "received by e-mail from the NGO; SHA-256 recorded at collection",
      sensitivity: "public",
    },
    [
      "In December 2025 two lorry drivers told the Centre they had carried rifles from a Directorate depot to Hearth Guard depots in the Brask district, three loads in all.",
      "On 20 February 2026 the Directorate ordered the Centre's staff out of Teskal Province.",
      "From 10 to 24 March 2026 lists naming 140 Oskeri, with their addresses, were posted at Hearth Guard checkpoints in Pellarin.",
      "On 3 April 2026 the Hearth Guard began to clear Oskeri streets in Pellarin. The Centre has the names of five people killed during the expulsions.",
      "In May 2026 dozens of Oskeri men were detained in Brask. Former detainees describe beatings and electric shocks.",
    ],
  ),
  plainReport(
    {
      key: "doc:frdc-orvanne",
      source: "source:frdc",
      title: "FRDC report: The highland killings, Orvanne 2025-2026 (fictional)",
      originUrl: "https://frdc.example/reports/highland-killings.txt",
      collectedAt: "2026-09-06T13:40:00Z",
      collectedBy: COLLECTORS.field,
      method: "received by e-mail from the NGO",
      sensitivity: "public",
    },
    [
      "In December 2025 about 200 Dellovar men were held in the Halbrenn stadium for up to three weeks.",
      "On 9 March 2026 in Grellin between 100 and 160 villagers were killed, by the Centre's count 140.",
      "From March to April 2026 women from Grellin district were held and raped in two Hearth Guard camps.",
      "On 11 June 2026 four Oskeri community leaders were taken from their homes in Ilvaro at night. Their families have had no word of them.",
      "On 15 June 2026 at Saddow Pass between 240 and 310 men and boys were shot, by the Centre's count 280.",
      "Since July 2026 at least 30 people, and perhaps 50, have died of hunger in besieged Kavrosa.",
      "Witnesses who spoke to the Mission have been visited by Directorate officers and told to withdraw their statements.",
    ],
  ),
  webPage(
    {
      key: "doc:courier-halbrenn",
      source: "source:courier",
      title: "The Vessenport Courier: Sixty dead in Halbrenn market shooting (fictional)",
      originUrl: "https://vessenport-courier.example/2026/01/19/halbrenn",
      collectedAt: "2026-01-19T18:00:00Z",
      collectedBy: COLLECTORS.desk,
      method: "web page saved as HTML",
      sensitivity: "public",
    },
    [
      "Sixty people were killed on Sunday 18 January when soldiers and militiamen opened fire in the Halbrenn market, residents told the Courier.",
      "The army said it had fought terrorists. Hospital staff said most of the dead were traders and shoppers.",
    ],
  ),
  webPage(
    {
      key: "doc:courier-faith-act",
      source: "source:courier",
      title: "The Vessenport Courier: Faith Act passes; Sarrowites barred from office (fictional)",
      originUrl: "https://vessenport-courier.example/2026/01/21/faith-act",
      collectedAt: "2026-01-21T08:00:00Z",
      collectedBy: COLLECTORS.desk,
      method: "web page saved as HTML",
      sensitivity: "public",
    },
    [
      "Parliament on 20 January passed the Public Offices (Faith Declaration) Act, which bars Sarrowites from public office, the courts and the officer corps.",
      "Since November the new identity cards have shown each holder's faith, with a grey band on the cards of Sarrowites.",
      'Minister Anstrade said the law would "protect the state from divided loyalties".',
    ],
  ),
  webPage(
    {
      key: "doc:courier-sovrenne",
      source: "source:courier",
      title: "The Vessenport Courier: Nine killed at Sovrenne checkpoint (fictional)",
      originUrl: "https://vessenport-courier.example/2026/08/24/sovrenne",
      collectedAt: "2026-08-24T16:30:00Z",
      collectedBy: COLLECTORS.desk,
      method: "web page saved as HTML",
      sensitivity: "public",
    },
    [
      "Nine Oskeri, among them two children, were shot dead at a Hearth Guard checkpoint outside Sovrenne on 22 August, relatives said.",
      "The Hearth Guard's radio said its men had shot two armed infiltrators.",
    ],
  ),
  webPage(
    {
      key: "doc:courier-covenant",
      source: "source:courier",
      title: "The Vessenport Courier: Covenant leaflets tell Taldren to leave the highlands (fictional)",
      originUrl: "https://vessenport-courier.example/2026/06/30/leaflets",
      collectedAt: "2026-06-30T12:00:00Z",
      collectedBy: COLLECTORS.desk,
      method: "web page saved as HTML",
      sensitivity: "public",
    },
    [
      'Leaflets signed by the Orvanne Highland Covenant and found near Kavrosa on 28 June call Taldren settlers "occupiers to be driven from the highlands".',
      "Six Taldren teachers taken by Covenant fighters in Tovask on 2 October 2025 are still missing.",
      "In April about 60 Taldren families left the Grellin district after threats, local officials said.",
    ],
  ),
];
