/**
 * `tocsin forecast` and `tocsin backtest`: statistical risk of a mass-killing onset, from EWP-format data
 * (`--data PATH` or env TOCSIN_EWP_DATA). Storing forecasts in the database is not wired yet.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { EwpFormatError } from "../../adapters/ewp/read-csv.ts";
import { readEwpPanel } from "../../adapters/ewp/read-panel.ts";
import { type CountryChange, changesFor } from "../../app/forecast/changes.ts";
import {
  MissingDataError,
  resolveCoefficientsFile,
  resolvePredictorsFile,
} from "../../app/forecast/data-files.ts";
import {
  backtestJson,
  backtestModel,
  EWP_PUBLISHED_BACKTEST,
  forecastYear,
} from "../../app/forecast/forecast.service.ts";
import { DEFAULT_MODEL, isModelId, MODEL_IDS, type ModelId, modelSpec } from "../../app/forecast/models.ts";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError("not a whole number");
  return n;
}

function modelOption(): Option {
  return new Option("--model <id>", "model").choices(MODEL_IDS).default(DEFAULT_MODEL);
}

/** Known input errors become one line on stderr and exit code 2; anything else propagates. */
function guarded<A extends unknown[]>(io: CliIo, action: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      action(...args);
    } catch (error) {
      if (error instanceof MissingDataError || error instanceof EwpFormatError) {
        io.err(`error: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      throw error;
    }
  };
}

const pct = (v: number): string => `${(100 * v).toFixed(2)}%`;

function printChanges(io: CliIo, changes: CountryChange[], json: boolean): void {
  if (json) {
    io.out(`${JSON.stringify(changes)}\n`);
    return;
  }
  for (const c of changes) {
    const was = c.previousRisk === null ? "n/a" : pct(c.previousRisk);
    const why = c.drivers
      .filter((d) => Math.abs(d.contribution) >= 0.005)
      .slice(0, 3)
      .map((d) => `${d.variable} ${d.contribution > 0 ? "+" : ""}${d.contribution.toFixed(2)}`)
      .join(", ");
    const tags = c.categories.length > 0 ? ` [${c.categories.join("; ")}]` : "";
    io.out(
      `${String(c.rank).padStart(4)}  ${pct(c.risk).padStart(7)} (was ${was})  ${c.country}${tags}${why ? `  log-odds: ${why}` : ""}\n`,
    );
  }
}

export function registerForecastCommands(program: Command, io: CliIo = processIo): void {
  program
    .command("forecast")
    .description("risk of a mass-killing onset in year+1 or year+2, per country, from year's data")
    .option("--year <year>", "data year (default: the latest in the file)", integer)
    .addOption(modelOption())
    .option("--data <path>", "EWP predictors CSV (default: env TOCSIN_EWP_DATA)")
    .option("--coefficients <path>", "EWP coefficients CSV for --model ewp2025 (default: beside --data)")
    .option("--seed <n>", "seed of the cross-validation folds", integer, 1)
    .option("--changes", "also explain change since the previous year: drivers and EWP categories")
    .option("--json", "print JSON: [{country, ccode, year, risk, rank}] (with --changes: the change report)")
    .action(
      guarded(
        io,
        (opts: {
          year?: number;
          model: string;
          data?: string;
          coefficients?: string;
          seed: number;
          json?: boolean;
          changes?: boolean;
        }) => {
          const data = resolvePredictorsFile(opts.data);
          const id = opts.model as ModelId;
          if (!isModelId(id)) throw new InvalidArgumentError(`unknown model ${id}`);
          const spec = modelSpec(id, resolveCoefficientsFile(opts.coefficients, data));
          const panel = readEwpPanel(data);
          const result = forecastYear(panel, spec, opts.year, opts.seed);
          if (opts.changes) {
            printChanges(io, changesFor(panel, spec, result.trained, result.dataYear), opts.json === true);
            return;
          }
          if (opts.json) {
            io.out(`${JSON.stringify(result.forecasts)}\n`);
            return;
          }
          io.out(
            `${spec.description}\nrisk of an onset in ${result.dataYear + 1}-${result.dataYear + 2} from ${result.dataYear} data` +
              (id === "ewp2025"
                ? "\n"
                : `; trained on ${result.trainRows} country-years up to ${result.trainEnd}\n`),
          );
          for (const f of result.forecasts) {
            io.out(`${String(f.rank).padStart(4)}  ${pct(f.risk).padStart(7)}  ${f.country}\n`);
          }
          if (result.skipped.length > 0)
            io.out(`not scored (missing inputs): ${result.skipped.join(", ")}\n`);
        },
      ),
    );

  program
    .command("backtest")
    .description("EWP's out-of-sample protocol: fit on years <= L, forecast from L+2, score onsets 1994-2024")
    .addOption(modelOption())
    .option("--data <path>", "EWP predictors CSV (default: env TOCSIN_EWP_DATA)")
    .option("--coefficients <path>", "EWP coefficients CSV for --model ewp2025 (default: beside --data)")
    .option("--first-train-end <year>", "first last-training-year L", integer, 1991)
    .option("--last-train-end <year>", "last L", integer, 2021)
    .option("--seed <n>", "seed of the folds and the bootstrap", integer, 1)
    .option("--json", "print JSON: {auc, recall, brier, onsets, rows, years, predictions}")
    .action(
      guarded(
        io,
        (opts: {
          model: string;
          data?: string;
          coefficients?: string;
          firstTrainEnd: number;
          lastTrainEnd: number;
          seed: number;
          json?: boolean;
        }) => {
          const data = resolvePredictorsFile(opts.data);
          const id = opts.model as ModelId;
          const spec = modelSpec(id, resolveCoefficientsFile(opts.coefficients, data));
          if (id === "ewp2025") {
            io.err(
              "note: ewp2025's coefficients were fitted on data up to 2022, so this backtest is in-sample\n",
            );
          }
          const report = backtestModel(readEwpPanel(data), spec, {
            firstTrainEnd: opts.firstTrainEnd,
            lastTrainEnd: opts.lastTrainEnd,
            seed: opts.seed,
          });
          if (opts.json) {
            io.out(`${JSON.stringify(backtestJson(report))}\n`);
            return;
          }
          const s = report.summary;
          const ci = (i: { value: number; low: number; high: number }) =>
            `${i.value.toFixed(3)} [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]`;
          const ewp = EWP_PUBLISHED_BACKTEST;
          io.out(
            [
              `${spec.description}`,
              `outcome years ${report.run.years[0]}-${report.run.years[1]}: ${s.rows} country-years, ${s.onsets} onsets; ${report.run.fits.length} fits in ${report.seconds.toFixed(1)} s`,
              "metric        tocsin [95% bootstrap]     EWP published",
              `AUC           ${ci(s.auc)}    ${ewp.auc}`,
              `recall@10     ${ci(s.recall["10"])}    ${ewp.recall["10"]}`,
              `recall@20     ${ci(s.recall["20"])}    ${ewp.recall["20"]}`,
              `recall@30     ${ci(s.recall["30"])}    ${ewp.recall["30"]}`,
              `Brier         ${ci(s.brier)}`,
              "calibration: forecast bin, rows, mean forecast, observed onset rate [95%]",
              ...s.calibration.map(
                (b) =>
                  `  ${pct(b.from).padStart(7)}-${pct(b.to).padEnd(8)} ${String(b.rows).padStart(5)}  ${pct(b.meanRisk).padStart(7)}  ${pct(b.observed.value)} [${pct(b.observed.low)}, ${pct(b.observed.high)}]`,
              ),
              "",
            ].join("\n"),
          );
        },
      ),
    );
}
