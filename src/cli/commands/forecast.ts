/**
 * `tocsin forecast` and `tocsin backtest`: statistical risk of a mass-killing onset, from EWP-format data
 * (`--ewp FILE` or env TOCSIN_EWP_DATA). `forecast --store` keeps the run in the store (`--data` is the data
 * folder, as on every verb); `forecast list` and `forecast show RUN` read stored runs back.
 */
import { type Command, Option } from "commander";
import { type CountryChange, changesFor } from "../../app/forecast/changes.ts";
import { resolveCoefficientsFile, resolveEwpPaths } from "../../app/forecast/data-files.ts";
import {
  backtestJson,
  backtestModel,
  EWP_PUBLISHED_BACKTEST,
  forecastYear,
} from "../../app/forecast/forecast.service.ts";
import { DEFAULT_MODEL, MODEL_IDS, type ModelId, modelSpec } from "../../app/forecast/models.ts";
import { defaultThreads } from "../../app/forecast/parallel-backtest.ts";
import { preparedPanel } from "../../domain/risk/model-spec.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { note, say } from "../output.ts";
import { configFor, describeStore } from "../store-options.ts";
import { usage, withPanel } from "./forecast-data.ts";
import { recordRun, showRuns, storeRun } from "./forecast-store.ts";

export interface ForecastFlags {
  year?: number;
  model: ModelId;
  ewp?: string;
  data?: string;
  coefficients?: string;
  seed: number;
  datasetVersion?: string;
  json?: boolean;
  changes?: boolean;
  store?: boolean;
  limit: number;
  debug?: boolean;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n))
    throw new CliError(`not a whole number: ${value}`, "see tocsin forecast --help", EXIT.usage, "usage");
  return n;
}

function common(c: Command): Command {
  return c
    .addOption(new Option("--model <id>", "model").choices(MODEL_IDS).default(DEFAULT_MODEL))
    .option("--ewp <file>", "EWP predictors CSV (default: env TOCSIN_EWP_DATA)")
    .option(
      "--data <dir>",
      "data folder (env TOCSIN_DATA); a FILE here is still read as --ewp FILE, with a warning (first release)",
    )
    .option(
      "--coefficients <path>",
      "EWP coefficients CSV for --model ewp2025 (default: beside the EWP file)",
    )
    .option(
      "--dataset-version <v>",
      "without --ewp: the version of the EWP predictors in the store (default: the latest imported)",
    )
    .option("--debug", "print the stack trace of an error");
}

const pct = (v: number): string => `${(100 * v).toFixed(2)}%`;

function printChanges(cli: Cli, changes: CountryChange[], json: boolean): void {
  if (json) {
    cli.io.stdout.write(`${JSON.stringify(changes)}\n`);
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
    say(
      cli.io,
      `${String(c.rank).padStart(4)}  ${pct(c.risk).padStart(7)} (was ${was})  ${c.country}${tags}${why ? `  log-odds: ${why}` : ""}`,
    );
  }
}

/** ewp2025 applies a file of coefficients: from the store, only --coefficients or the env name it. */
function coefficientsFor(cli: Cli, flags: ForecastFlags, predictors: string | null): string | undefined {
  const coefficients = resolveCoefficientsFile(flags.coefficients, predictors, cli.io.env);
  if (flags.model === "ewp2025" && !coefficients)
    throw new CliError(
      "model ewp2025 needs EWP's published coefficients file",
      "pass --coefficients FILE (or set TOCSIN_EWP_COEFFICIENTS)",
      EXIT.usage,
      "usage",
    );
  return coefficients;
}

async function forecast(cli: Cli, flags: ForecastFlags): Promise<number> {
  const paths = usage(() => resolveEwpPaths(flags, cli.io.env));
  if (paths.warning) note(cli.io, `warning: ${paths.warning}`);
  const id = flags.model;
  const coefficients = coefficientsFor(cli, flags, paths.predictors);
  const spec = usage(() => modelSpec(id, coefficients));
  return withPanel(cli, "forecast", paths, flags.datasetVersion, async (source) => {
    const panel = usage(() => preparedPanel(spec, source.panel));
    const result = usage(() => forecastYear(panel, spec, flags.year, flags.seed));
    const changes =
      flags.changes || flags.store ? changesFor(panel, spec, result.trained, result.dataYear) : undefined;
    if (flags.store) {
      const run = { result, changes: changes ?? [], flags, predictors: source.predictors, coefficients };
      const config = configFor(cli.io, { data: paths.dataDir });
      const stored = source.app
        ? await recordRun(source.app, config.actor, run)
        : await storeRun(config, run);
      note(
        cli.io,
        `stored forecast run ${stored.run.id} (${describeStore(config)}): ${stored.forecasts.length} countries from ${result.dataYear} data` +
          (stored.unmapped.length > 0
            ? `; ${stored.unmapped.length} left out, no ISO code (listed in the run's notes.noIsoCode): ${stored.unmapped.slice(0, 3).join(", ")}${stored.unmapped.length > 3 ? ", ..." : ""}`
            : ""),
      );
    }
    return printForecast(cli, flags, spec.description, result, changes);
  });
}

function printForecast(
  cli: Cli,
  flags: ForecastFlags,
  description: string,
  result: ReturnType<typeof forecastYear>,
  changes: CountryChange[] | undefined,
): number {
  const id = flags.model;
  if (flags.changes) {
    printChanges(cli, changes ?? [], flags.json === true);
    return EXIT.ok;
  }
  if (flags.json) {
    cli.io.stdout.write(`${JSON.stringify(result.forecasts)}\n`);
    return EXIT.ok;
  }
  say(
    cli.io,
    `${description}\nrisk of an onset in ${result.dataYear + 1}-${result.dataYear + 2} from ${result.dataYear} data` +
      (id === "ewp2025" ? "" : `; trained on ${result.trainRows} country-years up to ${result.trainEnd}`),
  );
  for (const f of result.forecasts)
    say(cli.io, `${String(f.rank).padStart(4)}  ${pct(f.risk).padStart(7)}  ${f.country}`);
  if (result.skipped.length > 0) say(cli.io, `not scored (missing inputs): ${result.skipped.join(", ")}`);
  return EXIT.ok;
}

export function registerForecastCommands(program: Command, cli: Cli): void {
  common(
    program
      .command("forecast [action] [run]")
      .description(
        "risk of a mass-killing onset in year+1 or year+2, per country, from year's data;\n" +
          "`forecast list`: stored runs, newest first; `forecast show RUN|latest`: one stored run",
      ),
  )
    .option(
      "--year <year>",
      "data year (default: the latest in the file; with show: that year only)",
      integer,
    )
    .option("--seed <n>", "seed of the cross-validation folds", integer, 1)
    .option("--changes", "also explain change since the previous year: drivers and EWP categories")
    .option("--store", "keep the run in the store (data folder: --data DIR, TOCSIN_DATA; or DATABASE_URL)")
    .option("--limit <n>", "with list: at most this many runs", integer, 50)
    .option("--json", "print JSON: [{country, ccode, year, risk, rank}] (with --changes: the change report)")
    .action(
      cli.action(
        async (
          action: string | undefined,
          run: string | undefined,
          flags: ForecastFlags,
          command: Command,
        ) => {
          if (action === undefined) return forecast(cli, flags);
          if (action === "list" || action === "show") {
            const given = command.getOptionValueSource("model") !== "default";
            return showRuns(cli, action, run, flags, given ? flags.model : undefined);
          }
          throw new CliError(
            `unknown forecast action ${action}`,
            "tocsin forecast [list | show RUN]",
            EXIT.usage,
            "usage",
          );
        },
      ),
    );

  common(
    program
      .command("backtest")
      .description(
        "EWP's out-of-sample protocol: fit on years <= L, forecast from L+2, score onsets 1994-2024",
      ),
  )
    .option("--first-train-end <year>", "first last-training-year L", integer, 1991)
    .option("--last-train-end <year>", "last L", integer, 2021)
    .option("--seed <n>", "seed of the folds and the bootstrap", integer, 1)
    .option(
      "--threads <n>",
      "worker threads for the fits (default: the machine's cores; 1 = none)",
      integer,
      defaultThreads(),
    )
    .option("--json", "print JSON: {auc, recall, brier, onsets, rows, years, predictions}")
    .action(
      cli.action(
        async (flags: ForecastFlags & { firstTrainEnd: number; lastTrainEnd: number; threads: number }) => {
          const paths = usage(() => resolveEwpPaths(flags, cli.io.env));
          if (paths.warning) note(cli.io, `warning: ${paths.warning}`);
          const id = flags.model;
          const coefficients = coefficientsFor(cli, flags, paths.predictors);
          const spec = usage(() => modelSpec(id, coefficients));
          if (id === "ewp2025") {
            note(
              cli.io,
              "note: ewp2025's coefficients were fitted on data up to 2022, so this backtest is in-sample",
            );
          }
          // The store is closed before the fits start: a backtest takes minutes and holds no lock meanwhile.
          const panel = await withPanel(cli, "backtest", paths, flags.datasetVersion, async (s) => s.panel);
          const report = await backtestModel(panel, id, {
            firstTrainEnd: flags.firstTrainEnd,
            lastTrainEnd: flags.lastTrainEnd,
            seed: flags.seed,
            threads: flags.threads,
            ...(coefficients ? { coefficients } : {}),
          });
          if (flags.json) {
            cli.io.stdout.write(`${JSON.stringify(backtestJson(report))}\n`);
            return EXIT.ok;
          }
          const s = report.summary;
          const ci = (i: { value: number; low: number; high: number }) =>
            `${i.value.toFixed(3)} [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]`;
          const ewp = EWP_PUBLISHED_BACKTEST;
          say(
            cli.io,
            `${spec.description}`,
            `outcome years ${report.run.years[0]}-${report.run.years[1]}: ${s.rows} country-years, ${s.onsets} onsets; ${report.run.fits.length} fits in ${report.seconds.toFixed(1)} s on ${report.threads} thread${report.threads === 1 ? "" : "s"}`,
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
          );
          return EXIT.ok;
        },
      ),
    );
}
