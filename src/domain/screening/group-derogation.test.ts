import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { groupDerogation } from "./group-derogation.ts";
import { normalise } from "./normalise.ts";

const score = (text: string) => groupDerogation(normalise(text).text);

describe("groupDerogation", () => {
  test("a group and a hostile word in one sentence, in several languages", () => {
    for (const t of [
      "I hate Muslims.",
      "Ich hasse Muslime.",
      "Les juifs sont dégoûtants.",
      "Nienawidzę uchodźców",
      "Ненавижу мигрантов",
      "我讨厌穆斯林",
    ]) {
      assert.ok(score(t) > 0.5, t);
    }
  });
  test("negated, condemned, quoted or neutral: nothing", () => {
    for (const t of [
      "I don't hate Muslims.",
      "我不讨厌穆斯林",
      "Calling Muslims disgusting is racist.",
      'He wrote "refugees are worthless" on the wall.',
      "Muslims are wonderful neighbours.",
      "I hate Mondays.",
    ]) {
      assert.equal(score(t), 0, t);
    }
  });
});
