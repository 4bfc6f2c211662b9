// Forecast speed, interleaved (issue 5): on a shared machine whose load moves by the minute, running tocsin's
// backtest and then R's compares two different machines. Here each last training year L is fitted by R
// glmnet (a long-running Rscript, bench/glmnet-serve.R) and then by tocsin (in this process, one thread),
// back to back, so both see the same load; wall and CPU seconds are summed over L = 1991..2021.
// Writes bench/results/forecast-interleaved.md and .json.
//
//   npm run bench -- forecast-interleaved        (needs Rscript with glmnet: see forecast.bench.ts)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readEwpPanel } from "../src/adapters/ewp/read-panel.ts";
import { elasticNetSpec } from "../src/domain/risk/models/elastic-net-model.ts";
import { cell, EWP_OUTCOME, EWP_PREDICTORS, isComplete } from "../src/domain/risk/panel.ts";
import { createRng, foldIds } from "../src/domain/risk/prng.ts";
import { SHARED_DATA } from "../test/support/shared-data.ts";
import { machine } from "./machine.ts";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  strict: false,
  options: { first: { type: "string" }, last: { type: "string" }, out: { type: "string" } },
});
const first = Number(args.first ?? 1991);
const last = Number(args.last ?? 2021);
const outDir = String(args.out ?? join(here, "results"));
const dataFile =
  process.env.TOCSIN_EWP_DATA ?? join(SHARED_DATA, "ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
const haveR = spawnSync("Rscript", ["-e", "library(glmnet)"], { stdio: "ignore" }).status === 0;
if (!existsSync(dataFile) || !haveR) {
  console.log(
    `forecast-interleaved bench skipped: ${existsSync(dataFile) ? "R glmnet missing" : `${dataFile} absent`}`,
  );
  process.exit(0);
}
const panel = readEwpPanel(dataFile);
const required = [...EWP_PREDICTORS, EWP_OUTCOME];
const work = mkdtempSync(join(tmpdir(), "tocsin-interleaved-"));
const trains = new Map<number, ReturnType<typeof panel.rows.filter>>();
for (let L = first; L <= last; L++) {
  const train = panel.rows.filter((r) => r.year <= L && isComplete(r, required));
  trains.set(L, train);
  const folds = foldIds(train.length, 10, createRng(1 + L)); // the spec's cvElasticNet(seed = 1 + L)
  const lines = [[...EWP_PREDICTORS, "y", "foldid"].join(",")];
  train.forEach((r, i) => {
    lines.push([...EWP_PREDICTORS.map((p) => cell(r, p)), cell(r, EWP_OUTCOME), folds[i]].join(","));
  });
  writeFileSync(join(work, `train_${L}.csv`), `${lines.join("\n")}\n`);
}
const r = spawn("Rscript", [join(here, "glmnet-serve.R"), work], { stdio: ["pipe", "pipe", "inherit"] });
const answers = createInterface({ input: r.stdout })[Symbol.asyncIterator]();
await answers.next(); // "ready"
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const spec = elasticNetSpec();
const rows: { L: number; rWall: number; rCpu: number; tWall: number; tCpu: number; load: string }[] = [];
for (let L = first; L <= last; L++) {
  const load = loadavg();
  r.stdin.write(`${L}\n`);
  const [, rWall, rCpu] = String((await answers.next()).value)
    .split(" ")
    .map(Number) as number[];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  spec.train(trains.get(L) ?? [], 1 + L);
  const tWall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  rows.push({
    L,
    rWall: rWall as number,
    rCpu: rCpu as number,
    tWall,
    tCpu: (cpu.user + cpu.system) / 1e6,
    load,
  });
  console.log(`L=${L} R ${rWall?.toFixed(2)} s, tocsin ${tWall.toFixed(2)} s (load ${load})`);
}
r.stdin.end();
rmSync(work, { recursive: true, force: true });
const sum = (k: "rWall" | "rCpu" | "tWall" | "tCpu") => rows.reduce((s, x) => s + x[k], 0);
const m = machine();
const md = [
  "# Forecast speed, interleaved: tocsin and R glmnet fit by fit",
  "",
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; ${m.date}. Load average (1/5/15 min) from ${rows[0]?.load} at the start to ${loadavg()} at the end (the machine is shared).`,
  "",
  `For each last training year L = ${first}..${last}: R glmnet's cv.glmnet (a running Rscript; its time measured inside R), then tocsin's cross-validated fit in one thread (elastic net, alpha 0.5, 10 folds, the same fold ids), back to back so both see the same load. Only the fits are timed.`,
  "",
  "| | wall s | CPU s |",
  "|---|---|---|",
  `| tocsin, 1 thread | ${sum("tWall").toFixed(1)} | ${sum("tCpu").toFixed(1)} |`,
  `| R glmnet | ${sum("rWall").toFixed(1)} | ${sum("rCpu").toFixed(1)} |`,
  `| tocsin / R | ${(sum("tWall") / sum("rWall")).toFixed(2)} | ${(sum("tCpu") / sum("rCpu")).toFixed(2)} |`,
  "",
  `tocsin was faster on ${rows.filter((x) => x.tWall < x.rWall).length} of ${rows.length} fits by wall time.`,
  "",
  "| L | rows | R wall | tocsin wall | R CPU | tocsin CPU | load before |",
  "|---|---|---|---|---|---|---|",
  ...rows.map(
    (x) =>
      `| ${x.L} | ${trains.get(x.L)?.length} | ${x.rWall.toFixed(2)} | ${x.tWall.toFixed(2)} | ${x.rCpu.toFixed(2)} | ${x.tCpu.toFixed(2)} | ${x.load} |`,
  ),
  "",
  "Reproduce: `npm run bench -- forecast-interleaved`.",
  "",
];
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "forecast-interleaved.md"), md.join("\n"));
writeFileSync(
  join(outDir, "forecast-interleaved.json"),
  `${JSON.stringify({ machine: m, rows }, null, 1)}\n`,
);
console.log(md.slice(0, 14).join("\n"));
