// Denial and minimisation (stage 10): "never happened", "numbers are exaggerated", "they did it to
// themselves", killings renamed counter-insurgency, "only a court can decide". Often about a named past
// episode; the finding keeps the matched text so an analyst sees which one.
import type { PatternRule } from "./compile.ts";

const EPISODE =
  "(the )?(holocaust|shoah|genocide|massacre|massacres|killings|srebrenica|rwandan genocide|armenian genocide|ethnic cleansing|it|that)";

export const DENIAL_RULES: PatternRule[] = [
  {
    id: "denial.never-happened",
    stage: 10,
    kind: "denial",
    pattern: `${EPISODE} (never|didn't|did not|simply did not) (happen|happened|take place|took place|exist|existed)|never happened`,
    score: 0.6,
    triggers: "never|happen*|exist*|place",
  },
  {
    id: "denial.exaggerated",
    stage: 10,
    kind: "minimisation",
    pattern:
      "(numbers|figures|death toll|the toll|casualty figures|casualties|victim numbers) (are|were|is|was|have been|has been) (hugely |greatly |wildly |grossly )?(exaggerated|inflated|made up|fabricated|invented|a lie|lies|overstated)",
    score: 0.6,
    triggers: "exaggerated|inflated|made|fabricated|invented|lie|lies|overstated",
  },
  {
    id: "denial.blame-victims",
    stage: 10,
    kind: "victim-blaming",
    pattern:
      "(they|the victims) (did it|brought it|brought this) (to|on|upon) themselves|(they|the victims) had it coming|they (got|had) what they deserved|they deserved (it|what they got)",
    score: 0.6,
    triggers: "themselves|coming|deserved",
  },
  {
    id: "denial.relabel",
    stage: 10,
    kind: "denial",
    pattern:
      "(it was|it was just|it was only|that was|were|was) (only |just |merely |simply )?(a )?(civil war|counter-?insurgency|counter-?terrorism|anti-terror(ist)? operations?|self-defen[cs]e|tribal (clashes|conflict)|collateral damage|clearance operations?)",
    score: 0.4,
    triggers: "war|counter*|anti*|self*|tribal|collateral|clearance|insurgency",
  },
  {
    id: "denial.only-a-court",
    stage: 10,
    kind: "denial",
    pattern:
      "only a court can (decide|say|determine)|(intent|genocidal intent) (cannot|can't|could not|can never) be (proven|proved|established)|there is no proof of (genocide|intent)",
    score: 0.45,
    triggers: "court|proven|proved|established|proof",
  },
  {
    id: "denial.hoax",
    stage: 10,
    kind: "denial",
    pattern:
      "(holocaust|genocide|massacre|shoah) (hoax|myth|lie|fraud|fable)|(hoax|myth|lie|fabrication) (of|about) (the )?(holocaust|genocide|massacre|six million)|so-called (genocide|massacre|holocaust)|there (was|were) no (genocide|massacre|mass graves?|ethnic cleansing)|(photos|images|videos|pictures|evidence) (are|were|is|was) (staged|fake|faked|fabricated|doctored)|crisis actors",
    score: 0.6,
    triggers:
      "hoax|myth|lie|fraud|fable|fabrication|called|genocide|massacre|graves|grave|cleansing|staged|fake|faked|fabricated|doctored|actors|million",
  },
  {
    id: "denial.multilingual",
    stage: 10,
    kind: "denial",
    pattern: [
      "(le génocide|l'holocauste|la shoah|le massacre|ça|cela) n'a jamais (eu lieu|existé)|chiffres (sont |ont été )?(exagérés|gonflés|inventés)|soi-disant génocide",
      "(el genocidio|el holocausto|la masacre|eso) nunca (ocurrió|pasó|existió|sucedió)|cifras (están |son |fueron )?(exageradas|infladas|inventadas)|supuesto genocidio",
      "(o genocídio|o holocausto|o massacre|isso) nunca (aconteceu|existiu|ocorreu)|números (são |foram )?(exagerados|inflados|inventados)|suposto genocídio",
      "(der holocaust|der völkermord|das massaker|das) (hat )?(nie|niemals) (stattgefunden|gegeben)|zahlen (sind |wurden )?(übertrieben|erfunden|aufgebläht)|auschwitz-?lüge|holocaust-?lüge|angebliche[nr]? völkermord",
      "(il genocidio|l'olocausto|la shoah|il massacro) non (è )?mai (avvenut[oa]|esistit[oa]|accadut[oa])|numeri (sono )?(esagerati|gonfiati|inventati)|presunto genocidio",
      "(de holocaust|de genocide|het bloedbad) (heeft )?nooit (plaatsgevonden|bestaan)|cijfers (zijn )?(overdreven|opgeblazen|verzonnen)",
      "(holokaust|ludobójstwo|masakra) nigdy (się )?nie (wydarzył[oa]?|miał[oa]? miejsca)|liczby (są )?(przesadzone|zawyżone)",
      "(геноцида|холокоста|резни) не было|(цифры|число жертв) (сильно )?(преувеличены|завышены|выдуманы)|так называемый геноцид",
      "(геноциду|голокосту) не було|цифри (сильно )?(перебільшені|завищені)",
      "(الهولوكوست|المحرقة|الإبادة|المجزرة) (كذبة|خرافة|أكذوبة|لم تحدث)|الأرقام مبالغ فيها",
      "(mauaji ya kimbari|mauaji) (hayakutokea|ni uongo)",
      "नरसंहार (कभी नहीं हुआ|झूठ है)",
      "(大屠杀|种族灭绝)(从未发生|是谎言|是捏造)|所谓的(大屠杀|种族灭绝)",
      "sözde (ermeni )?soykırım|soykırım (yalanı|olmadı|yoktur)|rakamlar (abartılı|şişirilmiş)",
    ].join("|"),
    score: 0.6,
    triggers:
      "jamais|exagérés|gonflés|inventés|soi-disant|nunca|exageradas|infladas|inventadas|supuesto|exagerados|inflados|inventados|suposto|nie|niemals|übertrieben|erfunden|aufgebläht|auschwitz*|holocaust*|angebliche*|mai|esagerati|gonfiati|inventati|presunto|nooit|overdreven|opgeblazen|verzonnen|nigdy|przesadzone|zawyżone|было|преувеличены|завышены|выдуманы|называемый|було|перебільшені|завищені|كذبة|خرافة|أكذوبة|تحدث|مبالغ|hayakutokea|uongo|हुआ|झूठ|从未|谎言|捏造|所谓|sözde|yalanı|olmadı|yoktur|abartılı|şişirilmiş",
  },
];
