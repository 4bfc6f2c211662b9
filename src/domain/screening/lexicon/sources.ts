// Published sources cited by lexicon entries. "verified": a well-known publication that we are sure exists
// and discusses the cited usage. "to-verify": we believe it does, but the exact page or list was not checked;
// an analyst should confirm before citing it onward. Never add a source you cannot name exactly.
// 2026-11-26 (reader-3 session): every source then marked "to-verify" was looked up in public web pages (a
// search of stored pages; the URLs are in each note); those found saying what the entry claims are now
// "verified" and say how, the others were removed with the entries that rested on them (docs/screening-lexicon.md).
import type { Source } from "./types.ts";

export const SOURCES: Source[] = [
  {
    id: "stanton-ten-stages",
    citation:
      "Gregory H. Stanton, The Ten Stages of Genocide, Genocide Watch (1996, extended 2012); stage 4, Dehumanization: members of the group equated with animals, vermin, insects or diseases.",
    status: "verified",
  },
  {
    id: "smith-less-than-human",
    citation:
      "David Livingstone Smith, Less Than Human: Why We Demean, Enslave, and Exterminate Others, St. Martin's Press, 2011.",
    status: "verified",
    note: "Survey of dehumanising metaphors (vermin, rats, lice, parasites, apes, cockroaches) in Nazi propaganda, Rwanda and elsewhere.",
  },
  {
    id: "ictr-media-case",
    citation:
      "ICTR, The Prosecutor v. Ferdinand Nahimana, Jean-Bosco Barayagwiza and Hassan Ngeze (the 'Media case'), ICTR-99-52-T, Judgement and Sentence, 3 December 2003.",
    status: "verified",
    note: "RTLM radio and the newspaper Kangura calling Tutsi 'inyenzi' (cockroaches).",
  },
  {
    id: "des-forges-1999",
    citation:
      "Alison Des Forges, Leave None to Tell the Story: Genocide in Rwanda, Human Rights Watch / FIDH, 1999.",
    status: "verified",
  },
  {
    id: "mugesera-scc-2005",
    citation:
      "Supreme Court of Canada, Mugesera v. Canada (Minister of Citizenship and Immigration), 2005 SCC 40 (speech of 22 November 1992 in Kabaya, Rwanda).",
    status: "verified",
    note: "The speech called Tutsi 'inyenzi'; the Court held it incited murder, genocide and hatred.",
  },
  {
    id: "waki-cipev-madoadoa",
    citation:
      "Commission of Inquiry into Post-Election Violence (Kenya, the 'Waki Commission'), report, as serialised by the Daily Nation, part three: 'How the madoadoa slogan prompted revenge attacks in Rift Valley farm lands'.",
    status: "verified",
    note: "Checked in the Daily Nation's serialisation (nation.co.ke/news/politics/1064-481702-89c8lfz): witnesses describe the aim of the 'complete removal of madoadoas through violence' (Kikuyu settlers, Molo and Olenguruone, around the 2007 elections). The report itself was not opened here.",
  },
  {
    id: "ncic-2022-lexicon",
    citation:
      "National Cohesion and Integration Commission (Kenya), lexicon of hate speech terms and coded language released on 8 April 2022 ahead of the August 2022 elections, as reported that day by Capital FM, The Star and Pulse Live (Kenya).",
    status: "verified",
    note: "Checked in capitalfm.co.ke (2022/04/madoadoa-operation-linda-kura-fumigation-are-hate-speech-terms-ncic-says), the-star.co.ke (2022-04-08) and pulselive.co.ke: the list names 'madoadoa' (spots), 'kwekwe' (weeds) and 'mende' (cockroach) among coded terms.",
  },
  {
    id: "ss-der-untermensch",
    citation: "SS-Hauptamt, Der Untermensch (propaganda pamphlet), Berlin, 1942.",
    status: "verified",
  },
  {
    id: "volksschaedlingsverordnung",
    citation:
      "Verordnung gegen Volksschädlinge of 5 September 1939, Reichsgesetzblatt 1939 I, Nr. 168, p. 1679.",
    status: "verified",
    note: "Checked in the transcription on de.wikisource.org (Verordnung_gegen_Volksschädlinge): Reichsgesetzblatt 1939 Teil I, Nr. 168, Seite 1679, announced 6 September 1939.",
  },
  {
    id: "wannsee-protocol",
    citation:
      "Minutes of the Wannsee Conference, Berlin, 20 January 1942 ('Endlösung der Judenfrage', final solution of the Jewish question).",
    status: "verified",
  },
  {
    id: "un-s-1994-674",
    citation:
      "UN Security Council, Final report of the Commission of Experts established pursuant to Security Council resolution 780 (1992), S/1994/674, 27 May 1994 (definition of 'ethnic cleansing').",
    status: "verified",
  },
  {
    id: "camus-grand-remplacement",
    citation:
      "Renaud Camus, Le Grand Remplacement, 2011 (origin of the 'great replacement' conspiracy narrative).",
    status: "verified",
  },
  {
    id: "press-hk-locust-2012",
    citation:
      "Press reports of the full-page advertisement in Hong Kong's Apple Daily of 1 February 2012, paid for by users of the Hong Kong Golden Forum, showing a locust over the Hong Kong skyline (Wall Street Journal, Scene Asia blog, and AFP, 1 February 2012).",
    status: "verified",
    note: "Checked in reposts of the WSJ Scene Asia post ('Locust' Ad Breaks in Apple Daily, 1 February 2012), AFP's report (thephuketnews.com) and the BBC's (globoport.hu), which calls 'locusts' an insult commonly used online by some Hong Kong residents for mainlanders.",
  },
  {
    id: "press-india-termites-2018",
    citation:
      "Press reports of Amit Shah, then BJP president, calling 'infiltrators' (illegal immigrants) termites: Gangapur, Rajasthan, 22 September 2018 (Hindustan Times; Hindi 'dimak ki tarah'); New Delhi, 23 September 2018 (PTI, Firstpost); Jaora, Madhya Pradesh, 6 October 2018 (Indian Express); Raiganj, West Bengal, 11 April 2019 (Indian Express).",
    status: "verified",
    note: "Checked in hindustantimes.com (22 September 2018), firstpost.com (23 September 2018), indianexpress.com (7 October 2018 and the Raiganj report of April 2019) and inquilabtimes.com (the Hindi words).",
  },
  {
    id: "press-ethiopia-weeds-2021",
    citation:
      "Statement of Prime Minister Abiy Ahmed of 18 July 2021, in English translations (Tghat, Eritrea Hub): the 'junta' (the TPLF) called 'the cancer of Ethiopia' and an 'invasive weed' to be uprooted.",
    status: "verified",
    note: "Checked in tghat.com (2021/07/18, 'The Cancer of Ethiopia': Statement by PM Abiy Ahmed) and eritreahub.org. Read in translation only: the Amharic original was not seen, and Eritrea Hub gives the weed word as 'Inboch', not አረም, so the 'weeds' entry (coded.weeds-et) was removed.",
  },
];

export const SOURCE_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));
