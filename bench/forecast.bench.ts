// Forecast benchmark (issue 5): fit + full 31-fold backtest of the main model (EWP's elastic net refitted,
// L = 1991..2021) in tocsin, then the same work in R glmnet (bench/glmnet.R) on the same rows and the same
// fold ids; compares time, backtest scores and coefficients at lambda.min. Writes bench/results/forecast.md,
// forecast.json and the ROC / calibration SVGs.
//
//   npm run bench -- forecast                       (EWP data from ../shared/data or TOCSIN_EWP_DATA)
//   npm run bench -- forecast --first=2019 --last=2021 --out=/tmp/x   (a quick look)
//   --threads=1,2   tocsin's runs (worker threads each; default 1 and 2), timed one after the other, then R
//
// Installs Debian's r-base-core and r-cran-glmnet with apt-get when Rscript or glmnet is missing (root only).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readCsvTable } from "../src/adapters/ewp/read-csv.ts";
import { readEwpPanel } from "../src/adapters/ewp/read-panel.ts";
import { EWP_PUBLISHED_BACKTEST } from "../src/app/forecast/forecast.service.ts";
import { type ParallelBacktestRun, runBacktestParallel } from "../src/app/forecast/parallel-backtest.ts";
import { type BacktestPrediction, type ForecastTable, scoreForecasts } from "../src/domain/risk/backtest.ts";
import { type ScoreSummary, summarize } from "../src/domain/risk/bootstrap.ts";
import type { LinearModel } from "../src/domain/risk/linear-model.ts";
import { rocCurve } from "../src/domain/risk/metrics.ts";
import { cell, EWP_OUTCOME, EWP_PREDICTORS, isComplete } from "../src/domain/risk/panel.ts";
import { calibrationSvg, rocSvg } from "../src/domain/risk/plots.ts";
import { createRng, foldIds } from "../src/domain/risk/prng.ts";
import { SHARED_DATA } from "../test/support/shared-data.ts";
import { machine } from "./machine.ts";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  strict: false,
  options: {
    first: { type: "string" },
    last: { type: "string" },
    out: { type: "string" },
    threads: { type: "string" },
  },
});
const first = Number(args.first ?? 1991);
const last = Number(args.last ?? 2021);
const outDir = String(args.out ?? join(here, "results"));
const threadCounts = String(args.threads ?? "1,2")
  .split(",")
  .map(Number)
  .filter((t) => t >= 1);
const dataFile =
  process.env.TOCSIN_EWP_DATA ?? join(SHARED_DATA, "ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
if (!existsSync(dataFile)) {
  console.log(`forecast bench skipped: ${dataFile} is absent (set TOCSIN_EWP_DATA)`);
  process.exit(0);
}

const panel = readEwpPanel(dataFile);
const required = [...EWP_PREDICTORS, EWP_OUTCOME];

// 1. tocsin: the full backtest at each thread count (same result whatever the count: checked below).
const uptime = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const load0 = loadavg()[0] ?? 0;
const tsRuns: {
  threads: number;
  seconds: number;
  cpuSeconds: number;
  loadBefore: string;
  loadAfter: string;
}[] = [];
let run: ParallelBacktestRun | undefined;
for (const threads of threadCounts) {
  const loadBefore = uptime();
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const r = await runBacktestParallel(panel, "ewp", {
    firstTrainEnd: first,
    lastTrainEnd: last,
    threads,
    onFit: (f) =>
      console.log(`tocsin (${threads} thr) L=${f.trainEnd} rows=${f.rows} lambda=${f.notes?.lambda}`),
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  tsRuns.push({
    threads,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loadBefore,
    loadAfter: uptime(),
  });
  if (run && JSON.stringify(run.predictions) !== JSON.stringify(r.predictions))
    throw new Error(`the ${threads}-thread run differs from the first one`);
  run = r;
}
if (!run) throw new Error("no tocsin run (--threads)");
const ours = new Map<number, LinearModel>(run.parts.map((p) => [p.fit.trainEnd, p.linear as LinearModel]));
const tsSeconds = Math.min(...tsRuns.map((r) => r.seconds));
const tsSummary = summarize(run.predictions);

// 2. R glmnet on the same rows and folds.
function haveGlmnet(): boolean {
  return spawnSync("Rscript", ["-e", "library(glmnet)"], { stdio: "ignore" }).status === 0;
}
function installR(): string {
  if (haveGlmnet()) return "present";
  if (process.getuid?.() !== 0) return "missing (not root: cannot apt-get install)";
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const r = spawnSync(
    "apt-get",
    ["install", "-y", "--no-install-recommends", "r-base-core", "r-cran-glmnet"],
    {
      stdio: "inherit",
      env,
    },
  );
  return r.status === 0 && haveGlmnet() ? "installed by this run" : "install failed";
}
const rStatus = installR();
const work = mkdtempSync(join(tmpdir(), "tocsin-glmnet-"));
let rSeconds: number | null = null;
let rCpuSeconds: number | null = null;
let rLoadBefore = "";
let rLoadAfter = "";
let rWall: number | null = null;
let rVersion = "";
let rSummary: ScoreSummary | null = null;
let rPredictions: BacktestPrediction[] = [];
const coefDiff: { L: number; maxAbs: number; variable: string }[] = [];
if (haveGlmnet()) {
  const years: number[] = [];
  for (let L = first; L <= last; L++) {
    years.push(L);
    const train = panel.rows.filter((r) => r.year <= L && isComplete(r, required));
    const folds = foldIds(train.length, 10, createRng(1 + L)); // as the spec's cvElasticNet(seed = 1 + L)
    const lines = [[...EWP_PREDICTORS, "y", "foldid"].join(",")];
    train.forEach((r, i) => {
      lines.push([...EWP_PREDICTORS.map((p) => cell(r, p)), cell(r, EWP_OUTCOME), folds[i]].join(","));
    });
    writeFileSync(join(work, `train_${L}.csv`), `${lines.join("\n")}\n`);
    const apply = panel.rows.filter((r) => r.year === L + 2 && isComplete(r, EWP_PREDICTORS));
    writeFileSync(
      join(work, `apply_${L}.csv`),
      `${[["ccode", "year", ...EWP_PREDICTORS].join(","), ...apply.map((r) => [r.ccode, r.year, ...EWP_PREDICTORS.map((p) => cell(r, p))].join(","))].join("\n")}\n`,
    );
  }
  writeFileSync(join(work, "years.txt"), `${years.join("\n")}\n`);
  const t0 = performance.now();
  rLoadBefore = uptime();
  const r = spawnSync("Rscript", [join(here, "glmnet.R"), work], { stdio: "inherit" });
  rWall = (performance.now() - t0) / 1000;
  rLoadAfter = uptime();
  if (r.status === 0) {
    rSeconds = Number(readFileSync(join(work, "r_seconds.txt"), "utf8"));
    rCpuSeconds = Number(readFileSync(join(work, "r_cpu_seconds.txt"), "utf8"));
    rVersion = readFileSync(join(work, "r_glmnet_version.txt"), "utf8").trim();
    const table: ForecastTable = new Map();
    for (const L of years) {
      const preds = readCsvTable(join(work, `r_pred_${L}.csv`));
      for (const { cells } of preds.records) {
        const [ccode, year, risk] = cells.map(Number) as [number, number, number];
        const byYear = table.get(ccode) ?? new Map<number, number>();
        byYear.set(year, risk);
        table.set(ccode, byYear);
      }
      const coefs = readCsvTable(join(work, `r_coef_${L}.csv`)).records.map(({ cells }) => Number(cells[1]));
      const mine = ours.get(L) as LinearModel;
      const diffs = [mine.intercept, ...Array.from(mine.beta)].map((v, k) =>
        Math.abs(v - (coefs[k] as number)),
      );
      const worst = diffs.indexOf(Math.max(...diffs));
      coefDiff.push({
        L,
        maxAbs: diffs[worst] as number,
        variable: worst === 0 ? "(Intercept)" : (EWP_PREDICTORS[worst - 1] as string),
      });
    }
    rPredictions = scoreForecasts(panel, table, run.years);
    rSummary = summarize(rPredictions);
  }
}
rmSync(work, { recursive: true, force: true });

// 3. Results.
mkdirSync(outDir, { recursive: true });
const f3 = (v: number) => v.toFixed(3);
const ci = (i: { value: number; low: number; high: number }) =>
  `${f3(i.value)} [${f3(i.low)}, ${f3(i.high)}]`;
const worstCoef = coefDiff.reduce((m, d) => Math.max(m, d.maxAbs), 0);
const m = machine();
const md = [
  "# Forecast benchmark: EWP elastic net, fit + backtest, tocsin vs R glmnet",
  "",
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; ${m.date}. Load average at start: ${load0.toFixed(1)} (other engineers' tests and benchmarks share these 2 cores; times are wall clock, CPU seconds beside them). Runs one after the other in this order: ${tsRuns.map((r) => `tocsin ${r.threads} thread${r.threads === 1 ? "" : "s"}`).join(", ")}, R.`,
  "",
  `Work: for each last training year L = ${first}..${last}, 10-fold cross-validated elastic net (alpha 0.5, binomial, glmnet's default path) on the complete country-years with year <= L, coefficients at lambda.min, forecasts for the rows of year L+2; outcome years ${run.years[0]}-${run.years[1]} scored by the max of the t-1 and t-2 forecasts. Same rows and same fold ids in both programs (tocsin's seeded folds are passed to cv.glmnet as foldid). tocsin's time is the whole backtest (reading rows, fits, forecasts, worker start); R's is its cv.glmnet calls only.`,
  "",
  "| run | wall s | CPU s | load avg before | load avg after | wall / R wall |",
  "|---|---|---|---|---|---|",
  ...tsRuns.map(
    (r) =>
      `| tocsin, ${r.threads} thread${r.threads === 1 ? "" : "s"} (WebAssembly SIMD kernels) | ${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${r.loadBefore} | ${r.loadAfter} | ${rSeconds ? (r.seconds / rSeconds).toFixed(2) : "n/a"} |`,
  ),
  `| R glmnet ${rVersion} (Fortran, 1 thread) | ${rSeconds === null ? `n/a (R ${rStatus})` : `${rSeconds.toFixed(1)} (Rscript wall ${rWall?.toFixed(1)})`} | ${rCpuSeconds?.toFixed(1) ?? "n/a"} | ${rLoadBefore} | ${rLoadAfter} | 1 |`,
  "",
  `| | tocsin | R glmnet ${rVersion} | EWP published |`,
  "|---|---|---|---|",
  `| AUC [95% bootstrap] | ${ci(tsSummary.auc)} | ${rSummary ? ci(rSummary.auc) : "n/a"} | ${EWP_PUBLISHED_BACKTEST.auc} |`,
  `| recall@10 | ${ci(tsSummary.recall["10"])} | ${rSummary ? ci(rSummary.recall["10"]) : "n/a"} | ${EWP_PUBLISHED_BACKTEST.recall["10"]} |`,
  `| recall@20 | ${ci(tsSummary.recall["20"])} | ${rSummary ? ci(rSummary.recall["20"]) : "n/a"} | ${EWP_PUBLISHED_BACKTEST.recall["20"]} |`,
  `| recall@30 | ${ci(tsSummary.recall["30"])} | ${rSummary ? ci(rSummary.recall["30"]) : "n/a"} | ${EWP_PUBLISHED_BACKTEST.recall["30"]} |`,
  `| Brier | ${ci(tsSummary.brier)} | ${rSummary ? ci(rSummary.brier) : "n/a"} | |`,
  `| onsets / country-years scored | ${tsSummary.onsets} / ${tsSummary.rows} | ${rSummary ? `${rSummary.onsets} / ${rSummary.rows}` : "n/a"} | |`,
  "",
  `Coefficients at lambda.min (intercept + 39), largest absolute difference tocsin - glmnet over all ${coefDiff.length} fits: **${worstCoef.toExponential(2)}** (goal: within 1e-3).`,
  "",
  "| L | max abs coefficient difference | variable |",
  "|---|---|---|",
  ...coefDiff.map((d) => `| ${d.L} | ${d.maxAbs.toExponential(2)} | ${d.variable} |`),
  "",
  "Calibration of tocsin's backtest forecasts (a forecast is for an onset within two years and the year is scored by the max of two forecasts, so forecasts run above single-year onset rates):",
  "",
  "| forecast bin | country-years | mean forecast | observed onset rate [95%] |",
  "|---|---|---|---|",
  ...tsSummary.calibration.map(
    (b) =>
      `| ${f3(b.from)}-${f3(b.to)} | ${b.rows} | ${b.meanRisk.toFixed(4)} | ${b.observed.value.toFixed(4)} [${b.observed.low.toFixed(4)}, ${b.observed.high.toFixed(4)}] |`,
  ),
  "",
  "![ROC](forecast-roc.svg) ![Calibration](forecast-calibration.svg)",
  "",
  "Reproduce: `npm run bench -- forecast` (needs ../shared/data/ewp or TOCSIN_EWP_DATA; installs R glmnet with apt-get when missing).",
  "",
];
writeFileSync(join(outDir, "forecast.md"), md.join("\n"));
writeFileSync(
  join(outDir, "forecast.json"),
  `${JSON.stringify({ machine: m, loadAverageAtStart: load0, first, last, tsSeconds, tsRuns, rSeconds, rCpuSeconds, rWall, rLoadBefore, rLoadAfter, rVersion, rStatus, tocsin: tsSummary, glmnet: rSummary, coefDiff }, null, 1)}\n`,
);
const series = [{ label: "tocsin", points: rocCurve(run.predictions), auc: tsSummary.auc.value }];
if (rSummary)
  series.push({ label: `R glmnet ${rVersion}`, points: rocCurve(rPredictions), auc: rSummary.auc.value });
writeFileSync(
  join(outDir, "forecast-roc.svg"),
  rocSvg(`ROC, onsets ${run.years[0]}-${run.years[1]}`, series),
);
writeFileSync(
  join(outDir, "forecast-calibration.svg"),
  calibrationSvg("Calibration (tocsin, EWP elastic net)", tsSummary.calibration),
);
console.log(md.slice(0, 22).join("\n"));
