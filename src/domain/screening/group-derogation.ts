// Explicit derogation of a protected group ("I hate Muslims", "Frauen sind wertlos", "les juifs sont
// dégoûtants"): a group noun and a hostile word in one sentence, not negated, not quoted or condemned. It is
// hate speech but bears on no particular stage, so it raises the post's hateful score without a finding.
// It exists for languages the classifier was not trained on; word lists written by the project, short on
// purpose, and in need of review by native speakers.
import { foldString, isWordUnit } from "./char-fold.ts";
import { COUNTER_CUES, NEGATION_CUES } from "./lexicon/context-cues.ts";

const GROUPS: Record<string, string> = {
  en: "muslims|jews|christians|hindus|women|gays|lesbians|trans|transgender|blacks|immigrants|migrants|refugees|foreigners|arabs|asians|gypsies|roma|disabled|homosexuals",
  fr: "musulmans|juifs|chrétiens|femmes|gays|homosexuels|lesbiennes|trans|noirs|immigrés|migrants|réfugiés|étrangers|arabes|roms|handicapés",
  es: "musulmanes|judíos|cristianos|mujeres|gays|homosexuales|lesbianas|trans|negros|inmigrantes|migrantes|refugiados|extranjeros|árabes|gitanos|discapacitados",
  pt: "muçulmanos|judeus|cristãos|mulheres|gays|homossexuais|lésbicas|trans|negros|imigrantes|migrantes|refugiados|estrangeiros|árabes|ciganos|deficientes",
  de: "muslime|juden|christen|frauen|schwule|homosexuelle|lesben|trans|schwarze|einwanderer|migranten|flüchtlinge|ausländer|araber|zigeuner|roma|behinderte",
  it: "musulmani|ebrei|cristiani|donne|gay|omosessuali|lesbiche|trans|neri|immigrati|migranti|profughi|rifugiati|stranieri|arabi|zingari|rom|disabili",
  nl: "moslims|joden|christenen|vrouwen|homo's|homos|homoseksuelen|lesbiennes|transgenders|zwarten|immigranten|migranten|vluchtelingen|buitenlanders|arabieren|zigeuners|gehandicapten",
  pl: "muzułman*|żyd*|chrześcijan*|kobiet*|geje|gejów|homoseksualist*|lesbij*|czarni|czarnych|imigran*|migran*|uchodźc*|cudzoziem*|arabowie|arabów|cygan*|niepełnosprawn*",
  ru: "мусульман*|евре*|христиан*|женщин*|геи|геев|гомосексуал*|лесбиян*|иммигрант*|мигрант*|беженц*|иностранц*|арабы|арабов|цыган*|инвалид*",
  ar: "المسلمين|المسلمون|اليهود|المسيحيين|المسيحيون|النساء|المثليين|المثليون|السود|المهاجرين|المهاجرون|اللاجئين|اللاجئون|الأجانب|العرب",
  hi: "मुसलमान|मुसलमानों|यहूदी|ईसाई|औरतें|महिलाएं|समलैंगिक|दलित|प्रवासी|शरणार्थी|विदेशी",
  zh: "穆斯林|犹太人|基督徒|女人|妇女|同性恋|黑人|移民|难民|外国人|残疾人",
  tr: "müslüman*|yahudi*|hristiyan*|kadınlar*|eşcinsel*|siyahlar*|göçmen*|mülteci*|yabancılar*|araplar*|çingene*|kürtler*",
  sw: "waislamu|wayahudi|wakristo|wanawake|mashoga|wahamiaji|wakimbizi|wageni",
};

const HOSTILE: Record<string, string> = {
  en: "hate|despise|disgusting|worthless|inferior|scum|filth|vile|pathetic|evil|die|trash|garbage|cannot stand|can't stand|never be trusted|deserve to die|go to hell",
  fr: "déteste|hais|haïs|dégoûtants|dégoûtantes|inférieurs|inférieures|ordures|crever|meurent|mourir|immondes|nuls|sans valeur",
  es: "odio|odiamos|asquerosos|asquerosas|inferiores|basura|escoria|mueran|morir|despreciables|repugnantes",
  pt: "odeio|odiamos|nojentos|nojentas|inferiores|lixo|escória|morram|morrer|desprezíveis|repugnantes",
  de: "hasse|hassen|ekelhaft|widerlich|wertlos|minderwertig|abschaum|dreck|sterben|verrecken|abstoßend",
  it: "odio|odiamo|disgustosi|disgustose|inferiori|spazzatura|feccia|morire|muoiano|schifosi|schifose",
  nl: "haat|haten|walgelijk|waardeloos|minderwaardig|tuig|uitschot|sterven|creperen|smerig",
  pl: "nienawidzę|nienawidzimy|obrzydliw*|bezwartościow*|gorsi|śmieci|zdychać|umierać|podli",
  ru: "ненавижу|ненавидим|отвратительн*|мерзк*|ничтожеств*|низш*|мусор|сдохн*|умереть",
  ar: "أكره|اكره|نكره|مقرفون|مقززون|حثالة|قذرون|أدنى|يموتوا|الموت",
  hi: "नफरत|घिनौने|गंदे|नीच|मरना|मर जाना",
  zh: "讨厌|恨|恶心|垃圾|低等|该死|去死",
  tr: "nefret|iğrenç|aşağılık|değersiz|pislik|ölsün|gebersin",
  sw: "nachukia|tunachukia|wachafu|takataka|wafe",
};

interface Words {
  single: Set<string>;
  /** "*"-terminated entries: any token starting with the stem (Slavic and Turkish case endings). */
  stems: string[];
  phrases: string[];
}

function words(table: Record<string, string>): Words {
  const single = new Set<string>();
  const stems: string[] = [];
  const phrases: string[] = [];
  for (const list of Object.values(table)) {
    for (const raw of list.split("|")) {
      const w = foldString(raw);
      if (w.endsWith("*")) stems.push(w.slice(0, -1));
      else if (w.includes(" ") || /[\u4e00-\u9fff]/.test(w)) phrases.push(w);
      else single.add(w);
    }
  }
  return { single, stems, phrases };
}

function isIn(t: string, w: Words): boolean {
  return w.single.has(t) || w.stems.some((s) => t.startsWith(s));
}

const GROUP_WORDS = words(GROUPS);
const HOSTILE_WORDS = words(HOSTILE);
const SENTENCE = /[^.!?\n。！？؟।]+/g;

function tokensOf(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    // apostrophes stay inside words: "can't", "homo's"
    const word = i < s.length && (isWordUnit(c) || (c === 39 && start >= 0));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Counted like a finding of this score: enough on its own for the label "hateful". */
const DEROGATION_SCORE = 0.65;

/** 0 or DEROGATION_SCORE when some sentence of the folded text derogates a group outright. */
export function groupDerogation(folded: string): number {
  for (const m of folded.matchAll(SENTENCE)) {
    const sentence = m[0];
    const toks = tokensOf(sentence);
    const hasGroup =
      toks.some((t) => isIn(t, GROUP_WORDS)) || GROUP_WORDS.phrases.some((p) => sentence.includes(p));
    if (!hasGroup) continue;
    let hostileAt = toks.findIndex((t) => isIn(t, HOSTILE_WORDS));
    if (hostileAt < 0 && HOSTILE_WORDS.phrases.some((p) => sentence.includes(p))) {
      // Unspaced scripts and multi-word phrases: any negator in the sentence cancels.
      if (NEGATION_CUES.phrases.some((p) => sentence.includes(p))) continue;
      hostileAt = toks.length;
    }
    if (hostileAt < 0) continue;
    const before = toks.slice(Math.max(0, hostileAt - 3), hostileAt).map((t) => t.replace(/'/g, ""));
    if (before.some((t) => NEGATION_CUES.words.has(t))) continue;
    if (
      toks.some((t) => COUNTER_CUES.words.has(t)) ||
      COUNTER_CUES.phrases.some((p) => sentence.includes(p))
    ) {
      continue;
    }
    if (/["“”«»„]/.test(sentence)) continue;
    return DEROGATION_SCORE;
  }
  return 0;
}
