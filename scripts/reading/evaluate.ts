// Prints the report reader's precision and recall per field on the fictional evaluation set:
//   node --import tsx scripts/reading/evaluate.ts [test/fixtures/reading/event-extraction.json]
import { evaluateExtraction, FIELDS } from "../../src/app/reading/evaluate-extraction.ts";

const path = process.argv[2] ?? "test/fixtures/reading/event-extraction.json";
const scores = evaluateExtraction(path);
console.log("| field | precision | recall | found | extra | missed |");
console.log("|---|---|---|---|---|---|");
for (const f of FIELDS) {
  const s = scores[f];
  console.log(`| ${f} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
}
