import type { AlertLevel } from "../rules/rule-set.ts";
import type { Addressee } from "./addressees.ts";

/**
 * One generic prevention measure, addressed to one actor, and keyed by the Ten Stages (Stanton, Genocide
 * Watch) and the risk factors of the UN Framework of Analysis for Atrocity Crimes (2014) it answers. The
 * texts are our own wording of the typical measures in domain.md sections 2 and 4: no facts, no quotes.
 * `{place}` is replaced by the alert's place when a recommendation is suggested.
 */
export interface LibraryEntry {
  id: string;
  addressee: Addressee;
  text: string;
  stages: readonly number[];
  riskFactors: readonly number[];
  /** Suggested only from this alert level up (e.g. armed protection at Emergency). */
  minLevel?: AlertLevel;
}

const e = (
  id: string,
  addressee: Addressee,
  stages: number[],
  riskFactors: number[],
  text: string,
  minLevel?: AlertLevel,
): LibraryEntry => ({ id, addressee, stages, riskFactors, text, ...(minLevel ? { minLevel } : {}) });

export const LIBRARY_VERSION = "tocsin-recommendations@2026.1";

export const RECOMMENDATION_LIBRARY: readonly LibraryEntry[] = [
  // Stages 1-3: classification, symbolization, discrimination (RF9: intergroup tensions, discrimination).
  e(
    "s1.cross-group-institutions",
    "government",
    [1],
    [9],
    "Support institutions that cross group lines in {place} (schools, parties, unions, professional bodies) and promote a shared civic identity.",
  ),
  e(
    "s1.citizenship",
    "government",
    [1, 3],
    [9],
    "Restore and protect the citizenship of every group in {place}, and open routes to citizenship for people denied it.",
  ),
  e(
    "s2.ban-markings",
    "government",
    [2],
    [9],
    "Remove group labels from identity documents and outlaw forced markings and hate symbols directed at any group.",
  ),
  e(
    "s3.equal-rights",
    "government",
    [3],
    [9, 2],
    "Repeal laws and policies that deny any group equal rights, office or a vote, and give people the right to challenge discrimination before independent courts.",
  ),
  e(
    "s3.hrc-monitoring",
    "un-human-rights-council",
    [3, 4],
    [2, 9],
    "Request regular reporting on discrimination and incitement against targeted groups in {place} by the UN human-rights mechanisms.",
  ),
  // Stage 4: dehumanization (RF8 triggers: hate propaganda; RF10 signs of intent).
  e(
    "s4.condemn-hate-speech",
    "government",
    [4],
    [8, 9],
    "Leaders at every level should publicly condemn dehumanising speech against any group, and refrain from it themselves.",
  ),
  e(
    "s4.prosecute-incitement",
    "courts",
    [4, 7],
    [10],
    "Investigate and prosecute public incitement to genocide and to violence, which is not protected speech.",
  ),
  e(
    "s4.platforms-takedown",
    "platforms",
    [4, 6, 7],
    [8, 10],
    "Apply crisis policies for {place}: remove content that incites violence against a protected group, preserve it for investigators, and add review capacity in the languages concerned.",
  ),
  e(
    "s4.media-monitoring",
    "civil-society",
    [4, 6],
    [8],
    "Monitor and document hate propaganda in media and online, and counter it with accurate information.",
  ),
  // Stages 5-7: organization, polarization, preparation (RF5 capacity, RF7 enabling circumstances, RF12 plan).
  e(
    "s5.disband-militias",
    "government",
    [5],
    [5, 7],
    "Disband and disarm militias and irregular forces, outlaw membership in groups organised for violence against civilians, and stop arms transfers to them.",
  ),
  e(
    "s5.arms-embargo",
    "un-security-council",
    [5, 7],
    [5, 7],
    "Impose an arms embargo covering all forces and armed groups implicated in preparing violence against civilians in {place}.",
  ),
  e(
    "s5.targeted-sanctions",
    "states",
    [5, 6, 8],
    [5, 7, 12],
    "Impose visa bans and asset freezes on the leaders who organise, arm or finance forces implicated in atrocities.",
  ),
  e(
    "s5.regional-arms",
    "regional-organisations",
    [5, 7],
    [5, 7],
    "Stop arms and dual-use transfers to the parties implicated, and monitor borders for arms flows.",
  ),
  e(
    "s6.protect-moderates",
    "states",
    [6],
    [6],
    "Protect moderate leaders, human-rights defenders and journalists at risk, including through emergency visas and relocation.",
  ),
  e(
    "s6.civil-society",
    "humanitarian-agencies",
    [6],
    [6],
    "Fund and protect civil-society organisations that work across group lines and document abuses.",
  ),
  e(
    "s6.lift-emergency",
    "government",
    [6, 7],
    [7],
    "Lift emergency measures that suspend rights, restore access for independent monitors, NGOs and the media, and end the disarming of one group.",
  ),
  e(
    "s7.sg-warning",
    "un-secretary-general",
    [7, 8],
    [7, 8, 10],
    "Publicly warn of the risk of atrocity crimes in {place}, and bring the situation to the attention of the Security Council (Article 99 of the UN Charter).",
  ),
  e(
    "s7.regional-warning",
    "regional-organisations",
    [7, 8],
    [7, 8],
    "Issue a public early warning on {place}, deploy a fact-finding or mediation mission, and keep the situation on the agenda.",
  ),
  e(
    "s7.conspiracy",
    "courts",
    [7],
    [10, 12],
    "Investigate conspiracy and direct and public incitement to commit genocide (Genocide Convention, article 3).",
  ),
  // Stage 8: persecution (RF11 widespread or systematic attack, RF2 record of violations).
  e(
    "s8.unsc-agenda",
    "un-security-council",
    [8, 9],
    [11, 12],
    "Place the situation in {place} on the Council's agenda, demand an end to attacks on civilians, and consider targeted sanctions against those responsible.",
    "warning",
  ),
  e(
    "s8.release-detainees",
    "government",
    [8],
    [2, 11],
    "Release everyone detained arbitrarily, disclose the fate of the disappeared, end forced displacement and allow independent monitors into places of detention.",
  ),
  e(
    "s8.humanitarian-access",
    "humanitarian-agencies",
    [8, 9],
    [1, 14],
    "Scale up protection and aid for displaced people and refugees from {place}, and press for unhindered humanitarian access.",
  ),
  e(
    "s8.hrc-investigation",
    "un-human-rights-council",
    [8, 9, 10],
    [2, 11],
    "Establish or renew an independent investigative mechanism to collect and preserve evidence of atrocity crimes in {place}.",
  ),
  e(
    "s8.receive-refugees",
    "states",
    [8, 9],
    [11],
    "Keep borders open to people fleeing {place}, respect non-refoulement, and support the countries that receive them.",
  ),
  e(
    "s8.armed-groups-ihl",
    "armed-groups",
    [8, 9],
    [13],
    "Respect international humanitarian law: never target civilians, release hostages and abductees, and allow civilians to leave and aid to enter.",
  ),
  // Stage 9: extermination (RF10 intent, RF11, RF13-14 threats to protected persons and operations).
  e(
    "s9.protection-force",
    "un-security-council",
    [9],
    [10, 11, 13],
    "Authorise urgent protection of civilians in {place}, including real safe areas and humanitarian corridors with armed protection, by a UN or regional force.",
    "emergency",
  ),
  e(
    "s9.uniting-for-peace",
    "un-general-assembly",
    [9],
    [10, 11],
    "If the Security Council fails to act, meet under the Uniting for Peace procedure (General Assembly resolution 377(V)) to recommend collective measures.",
    "emergency",
  ),
  e(
    "s9.regional-deployment",
    "regional-organisations",
    [9],
    [11, 13],
    "Prepare and deploy a protection mission and support a ceasefire that protects the targeted group.",
    "emergency",
  ),
  e(
    "s9.protect-hospitals",
    "armed-groups",
    [9],
    [13, 14],
    "Stop attacks on hospitals, medical workers, places of worship and cultural property, and on humanitarian and peacekeeping personnel.",
  ),
  // Stage 10: denial (RF2 record of violations; accountability).
  e(
    "s10.preserve-evidence",
    "government",
    [10],
    [2],
    "Protect mass-grave sites and other evidence, stop intimidation of witnesses, and allow independent forensic investigation.",
  ),
  e(
    "s10.accountability",
    "courts",
    [9, 10],
    [2, 10],
    "Investigate and prosecute those responsible for atrocity crimes, before international courts or national courts exercising universal jurisdiction.",
  ),
  e(
    "s10.truth",
    "government",
    [10],
    [2],
    "Acknowledge past atrocities against the group, support a truth commission, and teach their history.",
  ),
  e(
    "s10.documentation",
    "civil-society",
    [8, 9, 10],
    [2],
    "Document violations with their sources and preserve the evidence securely for future accountability.",
  ),
];

export function libraryEntry(id: string): LibraryEntry | undefined {
  return RECOMMENDATION_LIBRARY.find((x) => x.id === id);
}
