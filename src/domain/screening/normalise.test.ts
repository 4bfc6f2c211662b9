import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seededRandom } from "./metrics.ts";
import { normalise, normaliseByLoop, originalSpan } from "./normalise.ts";

function find(text: string, word: string): string | undefined {
  const n = normalise(text);
  const i = n.text.indexOf(word);
  if (i < 0) return undefined;
  const [s, e] = originalSpan(n, i, i + word.length);
  return text.slice(s, e);
}

describe("normalise", () => {
  test("undoes leetspeak inside words and maps back to the original span", () => {
    assert.equal(find("they are c0ckr0@ches!", "cockroaches"), "c0ckr0@ches");
    assert.equal(find("V3RM1N", "vermin"), "V3RM1N");
  });
  test("leaves plain numbers, prices and mentions alone", () => {
    assert.equal(normalise("In 1994, $100 and @user").text, "in 1994, $100 and @user");
  });
  test("folds look-alike letters, full-width and mathematical letters", () => {
    assert.equal(find("vеrmіn", "vermin"), "vеrmіn"); // Cyrillic е and і
    assert.equal(find("ＶＥＲＭＩＮ", "vermin"), "ＶＥＲＭＩＮ");
    assert.equal(find("x 𝐯𝐞𝐫𝐦𝐢𝐧 y", "vermin"), "𝐯𝐞𝐫𝐦𝐢𝐧");
  });
  test("drops zero-width characters and soft hyphens", () => {
    assert.equal(find("ver\u200bmi\u00adn", "vermin"), "ver\u200bmi\u00adn");
  });
  test("joins spaced-out letters but not ordinary words", () => {
    assert.equal(find("those v e r m i n again", "vermin"), "v e r m i n");
    assert.equal(find("v.e.r.m.i.n.", "vermin"), "v.e.r.m.i.n");
    assert.equal(normalise("I am a b").text, "i am a b");
  });
  test("folds diacritics but keeps Devanagari vowel signs", () => {
    assert.equal(normalise("Ça déjà").text, "ca deja");
    assert.equal(normalise("कीड़े").text.length, 4); // nukta dropped, matras kept
  });
  test("the fast path (identity offsets) and the character loop give the same text", () => {
    for (const s of [
      "The report’s “findings” — déjà vu, naïve façade.",
      "Ces gens-là sont des CAFARDS",
      "Они просто",
    ]) {
      // " a1" forces the character loop (a letter next to a digit), which reads it as " ai".
      assert.equal(`${normalise(s).text} ai`, normalise(`${s} a1`).text);
    }
    const n = normalise("They’re «vermin»");
    assert.equal(n.from, null);
    assert.deepEqual(originalSpan(n, 9, 15), [9, 15]);
  });
  test("fast path and character loop agree on random text", () => {
    const alphabet = [..."abcXYZ019@$!|.- _\t'’é√ßﬁİ\u200bп𝐯🙂а"];
    const rand = seededRandom(3);
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(rand() * 12);
      let s = "";
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      assert.equal(normalise(s).text, normaliseByLoop(s).text, JSON.stringify(s));
    }
  });
  test("empty and odd input", () => {
    assert.equal(normalise("").text, "");
    assert.equal(normalise("\u0000\uffff\ud800").text.length, 3);
    assert.deepEqual(originalSpan(normalise("ab"), 2, 2), [2, 2]);
  });
});
