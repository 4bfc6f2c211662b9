// Words that call for destroying or removing a group (stage 7: preparation, "kill or be killed", euphemisms
// for removal). Ordinary verbs, so they need a frame: a call ("we must", "let's", "should be"), or "all"/
// "them" and a group nearby. A report that something happened ("they were killed") is not a call; the
// scorer reads the frame, not the verb alone.
import type { LexiconEntry } from "./types.ts";

const STRONG: Record<string, string> = {
  en: "exterminate|exterminated|extermination|eradicate|eradicated|annihilate|annihilated|wipe them out|wipe out|wiped out|wiped off the map|get rid of them|purge them|cleanse the|gas them|kill them all|kill all|slaughter them|hang them all|burn them all|deport them all",
  fr: "exterminer|éradiquer|anéantir|les tuer tous|tous les tuer|tuons-les|nettoyer le pays|les gazer|les éliminer",
  es: "exterminar|exterminarlos|erradicar|aniquilar|matarlos a todos|matar a todos|eliminarlos|limpiar el país",
  pt: "exterminar|exterminá-los|erradicar|aniquilar|matar todos|matá-los|eliminá-los",
  de: "ausrotten|vernichten|ausmerzen|vergasen|alle töten|abschlachten|auslöschen",
  it: "sterminare|sterminarli|sradicare|annientare|ammazzarli tutti|ucciderli tutti|eliminarli",
  nl: "uitroeien|vernietigen|uitmoorden|allemaal afmaken|vergassen",
  pl: "wytępić|eksterminować|wymordować|zabić wszystkich|wybić",
  ru: "истребить|уничтожить их|перебить|вырезать всех|убить всех",
  uk: "знищити їх|винищити|вбити всіх",
  ar: "إبادة|ابيدوهم|اقتلوهم|اذبحوهم|تطهير|اقتلوا",
  sw: "waangamizwe|kuwaangamiza|waue wote|wauawe",
  hi: "मार डालो|खत्म कर दो|सफाया",
  zh: "杀光|消灭|灭绝|滅絕|杀死他们",
  tr: "yok edin|öldürün|imha edin|temizleyin",
};

const MODERATE: Record<string, string> = {
  en: "kill|shoot|hang|burn|slaughter|deport|expel|remove them|cleanse|purge|crush them|kick them out|send them back|go back to",
  fr: "tuer|abattre|expulser|dehors|renvoyer|rentrez chez vous",
  es: "matar|fusilar|expulsar|fuera|deportar",
  pt: "matar|fuzilar|expulsar|fora|deportar",
  de: "töten|erschießen|aufhängen|abschieben|raus|vertreiben",
  it: "uccidere|ammazzare|impiccare|espellere|fuori|cacciare",
  nl: "doden|vermoorden|afmaken|ophangen|uitzetten|eruit",
  pl: "zabić|powiesić|wyrzucić|wypędzić|precz",
  ru: "убить|расстрелять|повесить|выгнать|вон",
  uk: "вбити|розстріляти|вигнати|геть",
  ar: "قتل|اطردوا|طرد|ارحلوا",
  sw: "kuua|waue|fukuza|kufukuza|waondoke",
  hi: "मारो|भगाओ|निकालो",
  zh: "杀|赶出去|滚出去",
  tr: "öldürmek|kovun|defolun",
};

function entries(table: Record<string, string>, strength: "strong" | "moderate"): LexiconEntry[] {
  return Object.entries(table).map(([language, list]) => ({
    id: `elim.${strength}.${language}`,
    terms: list.split("|"),
    language,
    stage: 7 as const,
    kind: "eliminationist-call",
    meaning:
      strength === "strong"
        ? "call to exterminate, wipe out or expel a group"
        : "violent or expulsive verb that becomes a call with a group and a call frame",
    documented: "",
    sources: ["stanton-ten-stages"],
    falsePositiveRisk: strength === "strong" ? ("medium" as const) : ("high" as const),
    needsFrame: true,
  }));
}

export const ELIMINATIONIST_VERBS: LexiconEntry[] = [
  ...entries(STRONG, "strong"),
  ...entries(MODERATE, "moderate"),
];
