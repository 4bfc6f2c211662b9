// Published sources cited by lexicon entries. "verified": a well-known publication that we are sure exists
// and discusses the cited usage. "to-verify": we believe it does, but the exact page or list was not checked
// from here (no network); an analyst should confirm before citing it onward. Never add a source you cannot
// name exactly.
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
    id: "domain-md-kenya",
    citation:
      "tocsin domain guide (docs/domain.md, section 8): Kenyan terms such as 'madoadoa' (stains) flagged by Kenya's cohesion commission in connection with the 2007-08 post-election violence.",
    status: "to-verify",
    note: "Project's own description; the primary source is Kenya's National Cohesion and Integration Commission (NCIC), whose 2022 hate-speech lexicon was widely reported in the Kenyan press.",
  },
  {
    id: "ncic-2022-lexicon",
    citation:
      "National Cohesion and Integration Commission (Kenya), list of hateful and coded terms published ahead of the August 2022 elections (April 2022), as reported by the Kenyan press.",
    status: "to-verify",
  },
  {
    id: "ss-der-untermensch",
    citation: "SS-Hauptamt, Der Untermensch (propaganda pamphlet), Berlin, 1942.",
    status: "verified",
  },
  {
    id: "volksschaedlingsverordnung",
    citation: "Verordnung gegen Volksschädlinge of 5 September 1939, Reichsgesetzblatt 1939 I, p. 1679.",
    status: "to-verify",
    note: "The decree exists; the page number was not checked here.",
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
    id: "un-ffm-myanmar-2018",
    citation:
      "UN Human Rights Council, Report of the detailed findings of the Independent International Fact-Finding Mission on Myanmar, A/HRC/39/CRP.2, 17 September 2018 (hate speech against Rohingya and Muslims).",
    status: "to-verify",
    note: "The report exists and documents hate speech; the exact paragraphs on 'kalar' were not checked here.",
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
      "Press reports on the full-page advertisement in Hong Kong's Apple Daily, 1 February 2012, depicting mainland Chinese visitors as locusts.",
    status: "to-verify",
  },
  {
    id: "press-india-termites-2018",
    citation:
      "Press reports (September 2018 and April 2019) of Amit Shah, then BJP president, calling illegal immigrants ('infiltrators') 'termites' (deemak).",
    status: "to-verify",
  },
  {
    id: "press-ethiopia-weeds-2021",
    citation:
      "Press reports (July 2021) of Prime Minister Abiy Ahmed calling the TPLF 'weeds' and 'cancer' during the Tigray war.",
    status: "to-verify",
  },
];

export const SOURCE_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));
