// Forecast models (issue 5, "a better model, honestly"), second round: runs the given models on EWP's
// protocol through the worker-thread backtest and scores them as forecast-variants.bench.ts does, with the
// same rule declared in advance: choose by AUC on outcome years 1994-2008, judge on 2009-2024. The first
// round's variants (forecast-variants.json; seeded, so rerunning them gives the same figures) are listed
// beside the new ones and take part in the choice.
//
//   npm run bench -- forecast-models                          (ewp, ewp-trend, ewp-recent; 2 threads)
//   npm run bench -- forecast-models --models=ewp,ewp-trend --threads=1
//   npm run bench -- forecast-models --models=... --round=3 --out=/tmp/round3   (round 3: the earlier rounds'
//     recorded results, forecast-models.json and forecast-models-round3.json too, take part in the choice)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readEwpPanel } from "../src/adapters/ewp/read-panel.ts";
import { isModelId, type ModelId, modelSpec } from "../src/app/forecast/models.ts";
import { runBacktestParallel } from "../src/app/forecast/parallel-backtest.ts";
import type { BacktestPrediction } from "../src/domain/risk/backtest.ts";
import { type ScoreSummary, summarize } from "../src/domain/risk/bootstrap.ts";
import { SHARED_DATA } from "../test/support/shared-data.ts";
import { machine } from "./machine.ts";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  strict: false,
  options: {
    models: { type: "string" },
    threads: { type: "string" },
    out: { type: "string" },
    round: { type: "string" },
  },
});
const outDir = String(args.out ?? join(here, "results"));
const ids = String(args.models ?? "ewp,ewp-trend,ewp-recent").split(",");
for (const id of ids) if (!isModelId(id)) throw new Error(`unknown model ${id}`);
const threads = Number(args.threads ?? 2);
const round = Number(args.round ?? 2);
const dataFile =
  process.env.TOCSIN_EWP_DATA ?? join(SHARED_DATA, "ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
if (!existsSync(dataFile)) {
  console.log(`forecast-models bench skipped: ${dataFile} is absent (set TOCSIN_EWP_DATA)`);
  process.exit(0);
}
const panel = readEwpPanel(dataFile);
const split = 2008;
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

interface Scored {
  name: string;
  description: string;
  full: ScoreSummary;
  selection: ScoreSummary;
  heldOut: ScoreSummary;
  seconds?: number;
  load?: string;
  round: number | string;
}
const part = (p: BacktestPrediction[]) => summarize(p, 1000, 7);
const results: Scored[] = [];
let years: [number, number] = [1994, 2024];
for (const id of ids as ModelId[]) {
  const load = loadavg();
  const started = performance.now();
  const run = await runBacktestParallel(panel, id, {
    threads,
    onFit: (f) => console.log(`${id} L=${f.trainEnd} rows=${f.rows}`),
  });
  const seconds = (performance.now() - started) / 1000;
  years = run.years;
  results.push({
    name: id,
    description: modelSpec(id).description,
    full: part(run.predictions),
    selection: part(run.predictions.filter((p) => p.year <= split)),
    heldOut: part(run.predictions.filter((p) => p.year > split)),
    seconds,
    load: `${load} -> ${loadavg()}`,
    round,
  });
}
// Earlier rounds' recorded (seeded) results take part in the choice; round 3 also counts round 2 and
// ewp-trend+gbm (scored before round 3 was declared; "3 (earlier)").
const earlier: [string, number | string][] = [["forecast-variants.json", 1]];
if (round >= 3) earlier.push(["forecast-models.json", 2], ["forecast-models-round3.json", "3 (earlier)"]);
for (const [file, from] of earlier) {
  const path = join(here, "results", file);
  if (!existsSync(path)) continue;
  const old = JSON.parse(readFileSync(path, "utf8")) as { results: Omit<Scored, "round">[] };
  for (const r of old.results)
    if (!results.some((x) => x.name === r.name) && !ids.includes(r.name)) results.push({ ...r, round: from });
}
const chosen = results.reduce((best, r) => (r.selection.auc.value > best.selection.auc.value ? r : best));

const f3 = (v: number) => v.toFixed(3);
const ci = (i: { value: number; low: number; high: number }) =>
  `${f3(i.value)} [${f3(i.low)}, ${f3(i.high)}]`;
const m = machine();
const md = [
  `# Forecast models on EWP's protocol, round ${round}`,
  "",
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; ${m.date}; ${threads} worker threads; load average (1/5/15 min) before -> after each run in the table (other engineers' work shares the machine).`,
  "",
  `Protocol as in forecast-variants.md: fits on complete country-years with year <= L, L = 1991..2021; forecasts from year L+2 data; outcome years ${years[0]}-${years[1]} scored by the max of the t-1 and t-2 forecasts; same rows for every model. Rule declared in advance (unchanged from the first round): choose the best AUC on outcome years ${years[0]}-${split}, judge it on ${split + 1}-${years[1]}. Earlier rounds' rows are read from ${earlier.map(([f]) => f).join(", ")} (seeded: a rerun gives the same figures). 95% intervals: 1,000 bootstrap resamples.`,
  "",
  "| model | round | AUC | recall@10 | recall@20 | recall@30 | Brier | wall s (load before -> after) |",
  "|---|---|---|---|---|---|---|---|",
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.round} | ${ci(r.full.auc)} | ${ci(r.full.recall["10"])} | ${ci(r.full.recall["20"])} | ${ci(r.full.recall["30"])} | ${ci(r.full.brier)} | ${r.seconds === undefined ? "" : `${r.seconds.toFixed(0)} (${r.load})`} |`,
  ),
  "",
  `| model | AUC ${years[0]}-${split} (selection) | AUC ${split + 1}-${years[1]} (held out) | recall@30 ${years[0]}-${split} | recall@30 ${split + 1}-${years[1]} |`,
  "|---|---|---|---|---|",
  ...results.map(
    (r) =>
      `| ${r.name}${r === chosen ? " (chosen)" : ""} | ${ci(r.selection.auc)} | ${ci(r.heldOut.auc)} | ${ci(r.selection.recall["30"])} | ${ci(r.heldOut.recall["30"])} |`,
  ),
  "",
  "Models of this round:",
  "",
  ...results.filter((r) => r.round === round).map((r) => `- **${r.name}**: ${r.description}`),
  "",
  `Reproduce: \`npm run bench -- forecast-models --models=${ids.join(",")} --threads=${threads}${round === 2 ? "" : ` --round=${round} --out=/tmp/round${round}`}\`.`,
  "",
];
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "forecast-models.md"), md.join("\n"));
writeFileSync(
  join(outDir, "forecast-models.json"),
  `${JSON.stringify({ machine: m, threads, split, chosen: chosen.name, results }, null, 1)}\n`,
);
console.log(md.join("\n"));
