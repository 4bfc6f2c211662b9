// Fear speech (stages 6-7): the out-group presented as an imminent mortal threat ("they will kill us first",
// "kill them before they kill us"), invasion and replacement narratives, and calls to keep groups apart.
// Patterns are written in natural spelling and folded like the text; only lower-case regex escapes are used
// (folding lower-cases the source). Word boundaries are added by the compiler (rules/compile.ts).
import type { PatternRule } from "./compile.ts";

const US = "(us|our|all of us|our children|our women|our people)";
const HARM = "(kill|slaughter|exterminate|wipe out|destroy|replace|rape|murder|butcher|eliminate|finish)";

export const FEAR_SPEECH_RULES: PatternRule[] = [
  {
    id: "fear.they-will-kill-us",
    stage: 7,
    kind: "fear-speech",
    pattern: `they('re| are)? (will|want to|wanna|are going to|are gonna|plan to|intend to|are coming to|are here to) ${HARM} ${US}`,
    score: 0.75,
    triggers: "kill|slaughter|exterminate|wipe|destroy|replace|rape|murder|butcher|eliminate|finish",
  },
  {
    id: "fear.kill-first",
    stage: 7,
    kind: "kill-or-be-killed",
    pattern:
      "(kill|get|finish) (them|those \\w+) (first|before they (kill|get|finish) (us|you))|kill or be killed|(it's|its|it is) (us or them|them or us)|before they kill us",
    score: 0.85,
    triggers: "kill|get|finish|us",
  },
  {
    id: "fear.invasion",
    stage: 6,
    kind: "fear-speech",
    pattern:
      "(are|is) (invading|taking over|outbreeding|replacing|infiltrating|flooding|overrunning) (us|our|this country|the country|europe|the west)|(invasion|infestation) of (our|this) (country|land|nation|cities|continent)",
    score: 0.55,
    triggers: "invading|taking|outbreeding|replacing|infiltrating|flooding|overrunning|invasion|infestation",
  },
  {
    id: "fear.not-safe",
    stage: 7,
    kind: "fear-speech",
    pattern:
      "(our|your) (women|children|daughters|wives) (are not|aren't|will never be) safe|they are coming for (us|our|you)|before it's too late",
    score: 0.45,
    triggers: "safe|coming|late",
  },
  {
    id: "fear.separate",
    stage: 6,
    kind: "call-to-separate",
    pattern:
      "(don't|do not|never) (marry|date|mix with|trade with|buy from|rent to|hire|sell to|befriend) (them|those|any of them)|(no|ban|stop) (mixing|intermarriage|mixed marriages)|keep them (out|away|separate|apart)|(separate|segregate) them from us",
    score: 0.5,
    triggers:
      "marry|date|mix|trade|buy|rent|hire|sell|befriend|mixing|intermarriage|mixed|keep|separate|segregate",
  },
  {
    id: "fear.multilingual-kill-us",
    stage: 7,
    kind: "fear-speech",
    pattern: [
      "ils (vont|veulent) nous (tuer|massacrer|exterminer|remplacer)|avant qu'ils (ne )?nous (tuent|massacrent)",
      "(quieren|van a) (matarnos|exterminarnos|reemplazarnos)|nos (van a|quieren) (matar|exterminar|reemplazar)",
      "(vão|querem) nos (matar|exterminar|substituir)|(vão|querem) (matar-nos|exterminar-nos)",
      "sie (wollen|werden) uns (alle )?(töten|umbringen|ausrotten|ersetzen|vernichten)",
      "(vogliono|stanno per) (ucciderci|ammazzarci|sterminarci|sostituirci)",
      "ze (willen|gaan) ons (doden|vermoorden|uitroeien|vervangen)",
      "(chcą|zamierzają) nas (zabić|wymordować|zastąpić|wytępić)",
      "(они )?(хотят|будут|собираются) нас (убить|уничтожить|заменить|вырезать)",
      "(вони )?(хочуть|будуть) нас (вбити|знищити)",
      "(يريدون|سوف) (قتلنا|ابادتنا|إبادتنا)",
      "(wanataka|watatu) (kutuua|tuua)|watatuua",
      "वे हमें (मार|खत्म)",
      "他们(要|想)(杀|消灭)我们",
      "bizi (öldürecekler|yok edecekler)",
    ].join("|"),
    score: 0.75,
    triggers:
      "tuer|massacrer|exterminer|remplacer|tuent|massacrent|matarnos|exterminarnos|reemplazarnos|matar|exterminar|reemplazar|substituir|matar-nos|exterminar-nos|töten|umbringen|ausrotten|ersetzen|vernichten|ucciderci|ammazzarci|sterminarci|sostituirci|doden|vermoorden|uitroeien|vervangen|zabić|wymordować|zastąpić|wytępić|убить|уничтожить|заменить|вырезать|вбити|знищити|قتلنا|ابادتنا|إبادتنا|kutuua|tuua|watatuua|मार|खत्म|杀|消灭|öldürecekler|yok",
  },
];
