import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { scanText } from "./scan-text.ts";

function kinds(text: string): string[] {
  return scanText(text).map((f) => `${f.stage}:${f.kind}:${f.match}`);
}

describe("scanText", () => {
  test("a dehumanising metaphor framed as said of people, with original offsets", () => {
    const text = "Honestly, these people are V3RMIN.";
    const [f] = scanText(text);
    assert.ok(f);
    assert.equal(f.stage, 4);
    assert.equal(f.kind, "dehumanising-metaphor");
    assert.equal(text.slice(f.start, f.end), "V3RMIN");
    assert.equal(f.match, "V3RMIN");
    assert.ok(f.score >= 0.6);
  });
  test("everyday uses of the same words stay quiet", () => {
    assert.deepEqual(kinds("We found rats in the basement."), []);
    assert.deepEqual(kinds("My uncle is being treated for cancer."), []);
    assert.deepEqual(kinds("The weeds in the garden need pulling."), []);
  });
  test("negation and counter-speech lower the score below reporting", () => {
    assert.deepEqual(kinds("They are not vermin, they are our neighbours."), []);
    assert.deepEqual(kinds("Calling refugees vermin is dehumanising and wrong."), []);
    assert.deepEqual(kinds('He called them "cockroaches", which is exactly the propaganda we condemn.'), []);
  });
  test("documented coded terms score without a frame", () => {
    const [f] = scanText("abo ni inyenzi");
    assert.equal(f?.ref, "coded.inyenzi");
    assert.ok((f?.score ?? 0) >= 0.8);
    assert.equal(scanText("watoe madoadoa hapa")[0]?.ref, "coded.madoadoa");
  });
  test("core metaphors in other languages", () => {
    for (const [text, ref] of [
      ["Ces gens sont des cafards.", "dehum.cockroaches.fr"],
      ["Los inmigrantes son ratas", "dehum.rats.es"],
      ["Diese Leute sind Ungeziefer", "dehum.vermin.de"],
      ["Eles são parasitas", "dehum.parasites.pt"],
      ["Sono tutti parassiti", "dehum.parasites.it"],
      ["Ze zijn ongedierte", "dehum.vermin.nl"],
      ["Oni są jak karaluchy", "dehum.cockroaches.pl"],
      ["Они просто тараканы", "dehum.cockroaches.ru"],
      ["هؤلاء حشرات", "dehum.insects.ar"],
      ["hawa ni mende", "dehum.cockroaches.sw"],
      ["这些人都是蟑螂", "dehum.cockroaches.zh"],
      ["Bunlar haşarat gibi", "dehum.vermin.tr"],
    ] as const) {
      const refs = scanText(text).map((f) => f.ref);
      assert.ok(refs.includes(ref), `${text}: ${refs.join(",")}`);
    }
  });
  test("repeated letters are tolerated without merging different words", () => {
    assert.equal(scanText("they are all raaaats")[0]?.ref, "dehum.rats.en");
    assert.deepEqual(kinds("she weds him today"), []);
  });
  test("calls to exterminate and fear speech (stage 7)", () => {
    const f = scanText("We must wipe them out.");
    assert.equal(f[0]?.stage, 7);
    const fear = scanText("Kill them before they kill us!");
    assert.equal(fear[0]?.kind, "kill-or-be-killed");
    assert.equal(fear.length, 1);
  });
  test("denial and minimisation (stage 10)", () => {
    const f = scanText("The genocide never happened and the numbers are exaggerated.");
    assert.deepEqual(
      f.map((x) => [x.stage, x.kind]),
      [
        [10, "denial"],
        [10, "minimisation"],
      ],
    );
    assert.deepEqual(kinds("Saying that the genocide never happened is denial, and it is wrong."), []);
  });
  test("empty and binary-looking input gives no findings and no crash", () => {
    assert.deepEqual(scanText(""), []);
    assert.deepEqual(scanText("\u0000\u0001\ufffd\ufffd"), []);
  });
});

describe("every rule fires on a sentence written for it (its trigger words cover its pattern)", () => {
  const cases: [string, string][] = [
    ["They are going to wipe out our people.", "fear.they-will-kill-us"],
    ["It is us or them now.", "fear.kill-first"],
    ["They are invading our country.", "fear.invasion"],
    ["Our daughters are not safe anymore.", "fear.not-safe"],
    ["Never marry any of them.", "fear.separate"],
    ["Ils veulent nous remplacer.", "fear.multilingual-kill-us"],
    ["Sie wollen uns alle töten.", "fear.multilingual-kill-us"],
    ["The massacre did not take place.", "denial.never-happened"],
    ["The casualty figures were wildly inflated.", "denial.exaggerated"],
    ["They brought it on themselves.", "denial.blame-victims"],
    ["It was only a counter-insurgency.", "denial.relabel"],
    ["Only a court can decide that.", "denial.only-a-court"],
    ["The photos were staged by crisis actors.", "denial.hoax"],
    ["Der Völkermord hat nie stattgefunden.", "denial.multilingual"],
    ["Геноцида не было.", "denial.multilingual"],
    ["所谓的大屠杀", "denial.multilingual"],
  ];
  for (const [text, ref] of cases) {
    test(ref, () => {
      const refs = scanText(text).map((f) => f.ref);
      assert.ok(refs.includes(ref), `${text}: ${refs.join(",")}`);
    });
  }
});
