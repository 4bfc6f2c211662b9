// A second set of functional checks, written AFTER the lexicon, rules and thresholds were frozen and never
// used to change them (the first set, functional-cases.ts, was written alongside the rules). Its pass rate
// is the fairer estimate of how `screen` does on text nobody tuned for. Sentences written by the project.
import type { Expect, FunctionalCase } from "./functional-cases.ts";

const H: Expect = "hateful";
const N: Expect = "not-hateful";

const ROWS: [string, string, Expect, string][] = [
  ["en", "dehumanising comparison", H, "Honestly these foreigners are just locusts eating everything."],
  ["en", "dehumanising comparison", H, "The Roma are a plague on every town they settle in."],
  ["en", "call to violence", H, "Time to cleanse the city of these people, all of them."],
  ["en", "fear speech", H, "They are coming for our children, we have to act first."],
  ["en", "denial", H, "The so-called massacre was staged, the photos are fake."],
  ["en", "obfuscation", H, "all of them are c.o.c.k.r.o.a.c.h.e.s"],
  ["en", "obfuscation", H, "those muzzies are vеrmіn"],
  ["en", "negation", N, "Immigrants aren't parasites, they pay taxes like everyone else."],
  ["en", "counter-speech", N, "The radio kept calling Tutsi 'inyenzi', and that propaganda led to murder."],
  ["en", "counter-speech", N, "Stop calling refugees an invasion, it is racist nonsense."],
  ["en", "neutral identity", N, "The mosque on our street runs a food bank for everyone."],
  ["en", "neutral identity", N, "Trans people deserve the same healthcare as anyone."],
  ["en", "literal use", N, "The garden is full of weeds and the shed has mice."],
  ["en", "report of atrocity", N, "Witnesses said soldiers burned the village and killed dozens of men."],
  ["en", "reclaimed term", N, "As a proud dyke I'm marching on Saturday."],
  ["fr", "dehumanising comparison", H, "Ces gens-là sont des rats, rien de plus."],
  ["fr", "negation", N, "Les Roms ne sont pas des parasites."],
  ["fr", "counter-speech", N, "Traiter les migrants de vermine est raciste et inacceptable."],
  ["es", "dehumanising comparison", H, "Esos gitanos son una plaga."],
  ["es", "neutral identity", N, "Los musulmanes de mi barrio organizaron una fiesta."],
  ["pt", "dehumanising comparison", H, "Esses imigrantes são uma praga."],
  ["pt", "negation", N, "Refugiados não são ratos."],
  ["de", "dehumanising comparison", H, "Diese Ausländer sind wie Ratten."],
  ["de", "counter-speech", N, "Menschen als Ungeziefer zu bezeichnen ist rassistisch."],
  ["it", "dehumanising comparison", H, "Questi migranti sono come topi."],
  ["it", "neutral identity", N, "I miei colleghi musulmani sono molto simpatici."],
  ["nl", "dehumanising comparison", H, "Die vluchtelingen zijn als kakkerlakken."],
  ["pl", "dehumanising comparison", H, "Ci uchodźcy to robactwo."],
  ["pl", "neutral identity", N, "Moi sąsiedzi są Żydami i są bardzo mili."],
  ["ru", "dehumanising comparison", H, "Эти люди как крысы."],
  ["ru", "negation", N, "Мигранты не крысы, а люди."],
  ["ar", "dehumanising comparison", H, "هؤلاء المهاجرون مثل الجرذان"],
  ["ar", "neutral identity", N, "أصدقائي يهود وهم طيبون"],
  ["sw", "dehumanising comparison", H, "Hawa wahamiaji ni kama panya."],
  ["hi", "dehumanising comparison", H, "ये लोग कीड़े हैं"],
  ["zh", "dehumanising comparison", H, "这些难民都是寄生虫"],
  ["zh", "negation", N, "难民不是寄生虫"],
  ["tr", "dehumanising comparison", H, "Bu mülteciler parazitler gibi."],
  ["tr", "negation", N, "Mülteciler parazit değil."],
];

export const FUNCTIONAL_HOLDOUT: FunctionalCase[] = ROWS.map(([lang, behaviour, expect, text]) => ({
  lang,
  behaviour,
  expect,
  text,
}));
