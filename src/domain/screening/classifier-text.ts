// The text the classifier sees. Its training data (HateXplain) was published lower-cased with punctuation
// stripped and user names replaced by "user"; every other input is brought to the same shape, after the
// obfuscation normaliser has undone leetspeak, look-alike letters and spaced-out words.
import { normalise } from "./normalise.ts";

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
const MENTION = /@[\p{L}\p{N}_]+/gu;
const ENTITY = /&(amp|lt|gt|quot|#\d+);/g;
const APOSTROPHE = /['’`]/g;
const NON_WORD = /[^\p{L}\p{N}\p{M}\p{Extended_Pictographic}]+/gu;
const REPEAT = /(.)\1{2,}/gu;

export function classifierText(raw: string): string {
  let s = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  s = s.replace(URL, " url ").replace(MENTION, " user ").replace(ENTITY, " ");
  s = normalise(s).text;
  s = s.replace(APOSTROPHE, "").replace(NON_WORD, " ").replace(REPEAT, "$1$1").trim();
  if (s.startsWith("rt ")) s = s.slice(3);
  return s;
}
