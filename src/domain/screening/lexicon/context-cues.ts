// Words around a lexicon match that change what it means. Written by the project for each lexicon language;
// folded like the text before comparison. A cue is a single token unless it contains a space, in which case it
// is looked for as a phrase in the sentence. Languages without spaces (zh) are matched as substrings.
import { foldString } from "../char-fold.ts";

type Table = Record<string, string>;

/** Negators: "they are NOT vermin". */
const NEGATION: Table = {
  en: "not|no|never|nobody|none|aren|isn|arent|isnt|dont|doesnt|don|doesn|neither|nor",
  fr: "ne|n|pas|jamais|aucun|aucune|non",
  es: "no|nunca|jamás|tampoco|ningún|ninguno",
  pt: "não|nunca|jamais|nem|sem|nenhum",
  de: "nicht|kein|keine|keiner|keinen|nie|niemals|ohne",
  it: "non|mai|nessun|nessuno|senza|né",
  nl: "niet|geen|nooit|zonder",
  pl: "nie|nigdy|bez|żaden",
  ru: "не|нет|никогда",
  uk: "не|ні|ніколи|без",
  ar: "لا|ليس|ليسوا|لم|لن|ما|غير",
  sw: "si|sio|siyo|hawako|hakuna|bila",
  hi: "नहीं|न|मत|nahi|nahin",
  zh: "不|不是|没|没有|別|别|並非|并非",
  tr: "değil|değiller|yok|asla",
};

/** Words that frame a noun as said OF people: copulas, comparisons, demonstratives, pronouns, "all". */
const FRAME: Table = {
  en: "are|is|were|be|being|like|as|such|these|those|them|they|all|bunch|filthy|dirty|disgusting|nothing|just|those|you|your|breed|infested|full|plague|called",
  fr: "sont|est|comme|ces|tous|toutes|des|sales|ils|elles|leur|vous|ce",
  es: "son|es|como|estos|estas|esos|esas|todos|unos|ellos|ellas|sucios|asquerosos|malditos",
  pt: "são|é|como|esses|essas|estes|todos|eles|elas|imundos|nojentos|malditos",
  de: "sind|ist|wie|diese|alle|dreckige|dreckigen|sie|ihr|solche|nur",
  it: "sono|è|come|questi|quei|quelli|tutti|loro|sporchi|schifosi|maledetti",
  nl: "zijn|is|als|die|deze|allemaal|ze|zij|vieze|smerige|vuile",
  pl: "są|jest|jak|ci|te|wszyscy|oni|one|brudne",
  ru: "это|как|они|все|эти|те|грязные|просто",
  uk: "це|як|вони|всі|ці|ті",
  ar: "هم|هن|مثل|هؤلاء|كل|إنهم|انهم|كال|مجرد",
  sw: "ni|kama|hao|hawa|wote|wao|hawa ni",
  hi: "हैं|है|जैसे|ये|वो|सब|सारे|hain|hai|jaise|ye|sab",
  zh: "是|像|这些|那些|都是|他们|他們",
  tr: "gibi|bunlar|hepsi|onlar|hepsi de|bu",
};

/** Words right before a term that make it literal ("treated FOR cancer", "a cure AGAINST the plague"). */
const LITERAL: Table = {
  en: "for|with|from|of|has|have|had|against|cure|about|treat|treating|killed|kill|pet|pest|control|garden|my|his|her|caught|got|survived|beat|beating",
  fr: "pour|avec|contre|du|mon|ma|guérir|soigner",
  es: "para|con|contra|del|mi|su|curar",
  pt: "para|com|contra|do|da|meu|minha|curar",
  de: "für|mit|gegen|vom|mein|meine|sein|seine|heilen",
  it: "per|con|contro|del|mio|mia|suo|sua|curare",
  nl: "voor|met|tegen|van|mijn|haar",
  pl: "na|z|przeciw|mój|moja",
  ru: "от|против|мой|моя|лечить",
};

/** Call frames that turn a violent verb into a call: modals, imperatives, "time to", "let's". */
const CALL: Table = {
  en: "must|should|need|needs|lets|let|will|gonna|time|have|has|we|shall|ought|deserve|deserves|go|just",
  fr: "faut|doit|doivent|devons|allons|va|vont|il faut|mérite|méritent",
  es: "hay|debemos|deben|vamos|hay que|hora|merecen",
  pt: "devemos|devem|vamos|temos|hora|merecem|precisamos",
  de: "muss|müssen|sollte|sollten|soll|lasst|werde|werden|wird|zeit|verdienen",
  it: "bisogna|dobbiamo|devono|andiamo|ora|meritano",
  nl: "moeten|moet|laten|gaan|tijd|verdienen",
  pl: "trzeba|musimy|muszą|należy|czas",
  ru: "надо|нужно|должны|давайте|пора",
  uk: "треба|потрібно|мусимо|час",
  ar: "يجب|لابد|لازم|هيا",
  sw: "lazima|tuwa|tuwaue|wacha",
  hi: "चाहिए|होगा|चलो",
  zh: "必须|应该|要把|该",
  tr: "gerek|lazım|hadi|gerekir",
};

/** Counter-speech and reporting: the sentence condemns, quotes or describes the term rather than using it. */
const COUNTER: Table = {
  en: "calling|call them|called them|to call|dehumanising|dehumanizing|dehumanisation|dehumanization|dehumanise|dehumanize|racist|racism|wrong|unacceptable|condemn|condemned|condemns|stop|shameful|hateful|hurtful|bigoted|bigotry|propaganda|slur|slurs|quoted|so-called",
  fr: "traiter de|traiter|appeler|qualifier|raciste|racisme|inacceptable|déshumanisant|déshumanisation|condamne|honteux|propagande",
  es: "llamar|llamarlos|tratar de|racista|racismo|inaceptable|deshumanizante|deshumanización|condena|vergonzoso|propaganda",
  pt: "chamar|chamá-los|racista|racismo|inaceitável|desumanizante|desumanização|condena|vergonhoso|propaganda",
  de: "nennen|bezeichnen|rassistisch|rassismus|inakzeptabel|entmenschlichend|entmenschlichung|verurteilt|falsch|propaganda",
  it: "chiamare|definire|razzista|razzismo|inaccettabile|disumanizzante|condanna|vergognoso|propaganda",
  nl: "noemen|racistisch|racisme|onaanvaardbaar|ontmenselijkend|veroordeelt|schandalig|propaganda",
  pl: "nazywać|nazywanie|rasistowski|rasizm|niedopuszczalne|odczłowieczanie|potępia|propaganda",
  ru: "называть|расист|расизм|недопустимо|расистские|пропаганда|осуждаем",
  uk: "називати|расизм|неприпустимо|пропаганда",
  ar: "عنصري|عنصرية|وصف|تسمية|نرفض|مرفوض|دعاية",
  sw: "kuwaita|ubaguzi|tunalaani",
  hi: "कहना|नस्लवादी|गलत",
  zh: "种族主义|歧视|不应该|称为|谴责",
  tr: "demek|ırkçı|ırkçılık|yanlış|kabul edilemez|propaganda",
};

/** In-group markers before a reclaimable term: "we queers", "as a dyke". */
const IN_GROUP: Table = {
  en: "we|us|our|im|i|am|as|fellow|my|proud",
};

export interface CueSet {
  words: Set<string>;
  phrases: string[];
}

function build(table: Table): CueSet {
  const words = new Set<string>();
  const phrases: string[] = [];
  for (const list of Object.values(table)) {
    for (const raw of list.split("|")) {
      const cue = foldString(raw);
      if (cue.includes(" ") || /[\u4e00-\u9fff]/.test(cue)) phrases.push(cue);
      else words.add(cue);
    }
  }
  return { words, phrases };
}

export const NEGATION_CUES = build(NEGATION);
export const FRAME_CUES = build(FRAME);
export const CALL_CUES = build(CALL);
export const LITERAL_CUES = build(LITERAL);
export const COUNTER_CUES = build(COUNTER);
export const IN_GROUP_CUES = build(IN_GROUP);
