// Functional checks for `screen`, written by the project (no sentence is taken from any dataset): for each
// behaviour, short posts whose correct reading is known. "hateful" expects the label hateful; "not-hateful"
// expects offensive or neither. Used by the evaluation (docs/screening-evaluation.md) and a smoke test.
// A handful per behaviour and language: this measures direction, it is no benchmark.

export type Expect = "hateful" | "not-hateful";

export interface FunctionalCase {
  lang: string;
  behaviour: string;
  text: string;
  expect: Expect;
}

const H: Expect = "hateful";
const N: Expect = "not-hateful";

const ROWS: [string, string, Expect, string][] = [
  // English
  ["en", "dehumanising comparison", H, "Those immigrants are vermin and they breed like rats."],
  ["en", "dehumanising comparison", H, "Muslims are a cancer spreading through this country."],
  ["en", "dehumanising comparison", H, "These refugees are nothing but parasites living off us."],
  ["en", "call to violence", H, "We must exterminate every last one of them."],
  ["en", "call to violence", H, "Kill them all before they kill us."],
  ["en", "fear speech", H, "They will kill us all if we let them stay."],
  ["en", "obfuscation", H, "those p4r4s1tes should all be wiped out"],
  ["en", "obfuscation", H, "gypsies are v e r m i n"],
  ["en", "obfuscation", H, "Jews are c0ckr0aches"],
  ["en", "negation", N, "Refugees are not vermin, they are people like us."],
  ["en", "negation", N, "No one should ever call immigrants parasites."],
  ["en", "counter-speech", N, "Calling Muslims a cancer is disgusting bigotry and I condemn it."],
  ["en", "counter-speech", N, 'He said "gays are animals" and that is exactly the hate we must fight.'],
  ["en", "neutral identity", N, "My neighbours are Muslims and they invited us for dinner."],
  ["en", "neutral identity", N, "Many Jewish families celebrate Hanukkah in December."],
  ["en", "neutral identity", N, "Black women founded the organisation in 1998."],
  ["en", "neutral identity", N, "As a gay man I am proud of my community."],
  ["en", "reclaimed term", N, "We queers are here to stay, deal with it."],
  ["en", "literal use", N, "We found rats and cockroaches in the kitchen."],
  ["en", "literal use", N, "My aunt is being treated for cancer."],
  ["en", "denial", H, "The genocide never happened, the numbers are exaggerated."],
  ["en", "report of atrocity", N, "The UN report documents how the militia killed hundreds of villagers."],
  // French
  ["fr", "dehumanising comparison", H, "Ces migrants sont des cafards."],
  ["fr", "dehumanising comparison", H, "Les musulmans sont de la vermine."],
  ["fr", "call to violence", H, "Il faut les exterminer tous."],
  ["fr", "negation", N, "Les réfugiés ne sont pas des parasites."],
  ["fr", "neutral identity", N, "Mes voisins sont musulmans et très gentils."],
  // Spanish
  ["es", "dehumanising comparison", H, "Los inmigrantes son ratas y parásitos."],
  ["es", "call to violence", H, "Hay que exterminarlos a todos."],
  ["es", "negation", N, "Los inmigrantes no son ratas, son personas."],
  ["es", "neutral identity", N, "Mi mejor amiga es gitana y vive en Sevilla."],
  // Portuguese
  ["pt", "dehumanising comparison", H, "Esses refugiados são parasitas e baratas."],
  ["pt", "negation", N, "Os imigrantes não são parasitas."],
  ["pt", "neutral identity", N, "Os meus colegas judeus organizaram a festa."],
  // German
  ["de", "dehumanising comparison", H, "Diese Flüchtlinge sind Ungeziefer."],
  ["de", "call to violence", H, "Man muss sie alle ausrotten."],
  ["de", "negation", N, "Flüchtlinge sind keine Parasiten."],
  ["de", "neutral identity", N, "Meine Kollegin ist Muslimin und wohnt in Köln."],
  // Italian
  ["it", "dehumanising comparison", H, "Questi zingari sono parassiti e scarafaggi."],
  ["it", "negation", N, "Gli immigrati non sono parassiti."],
  ["it", "neutral identity", N, "Il mio vicino è ebreo e suona il violino."],
  // Dutch
  ["nl", "dehumanising comparison", H, "Die moslims zijn ongedierte."],
  ["nl", "negation", N, "Vluchtelingen zijn geen ongedierte."],
  ["nl", "neutral identity", N, "Mijn buren zijn Marokkaans en heel vriendelijk."],
  // Polish
  ["pl", "dehumanising comparison", H, "Ci imigranci są jak karaluchy."],
  ["pl", "negation", N, "Uchodźcy nie są pasożytami."],
  ["pl", "neutral identity", N, "Moja sąsiadka jest muzułmanką."],
  // Russian
  ["ru", "dehumanising comparison", H, "Эти мигранты просто тараканы."],
  ["ru", "negation", N, "Беженцы не паразиты."],
  ["ru", "neutral identity", N, "Мой друг мусульманин и хороший врач."],
  // Arabic
  ["ar", "dehumanising comparison", H, "هؤلاء اللاجئون حشرات"],
  ["ar", "negation", N, "اللاجئون ليسوا حشرات"],
  ["ar", "neutral identity", N, "جيراني مسيحيون وهم لطفاء"],
  // Swahili
  ["sw", "dehumanising comparison", H, "Hawa watu ni mende."],
  ["sw", "coded term", H, "Tuwaondoe madoadoa hapa."],
  ["sw", "neutral identity", N, "Majirani wangu ni Waislamu."],
  // Hindi
  ["hi", "dehumanising comparison", H, "ये घुसपैठिये दीमक हैं"],
  ["hi", "neutral identity", N, "मेरे पड़ोसी मुसलमान हैं"],
  // Chinese
  ["zh", "dehumanising comparison", H, "这些移民都是蟑螂"],
  ["zh", "neutral identity", N, "我的邻居是穆斯林"],
  // Turkish
  ["tr", "dehumanising comparison", H, "Bu göçmenler haşarat gibi."],
  ["tr", "neutral identity", N, "Komşularım Kürt ve çok iyi insanlar."],
  // Kinyarwanda
  ["rw", "coded term", H, "Abo ni inyenzi."],
];

export const FUNCTIONAL_CASES: FunctionalCase[] = ROWS.map(([lang, behaviour, expect, text]) => ({
  lang,
  behaviour,
  expect,
  text,
}));
