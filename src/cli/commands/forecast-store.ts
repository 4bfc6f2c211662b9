/** The store side of `tocsin forecast`: `--store` records a run; `list` and `show` read runs back. */
import { fileProvenance } from "../../adapters/ewp/file-provenance.ts";
import type { Config } from "../../app/config.ts";
import type { CountryChange } from "../../app/forecast/changes.ts";
import type { ForecastResult } from "../../app/forecast/forecast.service.ts";
import { FIXED_MODELS, MODEL_VERSIONS } from "../../app/forecast/models.ts";
import type { AppContext } from "../../bootstrap.ts";
import type { ForecastInput } from "../../domain/risk/stored-forecast.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, withStore } from "../store-options.ts";
import { VERSION } from "../version.ts";
import type { ForecastFlags } from "./forecast.ts";
import { runDetails, runLine } from "./forecast-runs-output.ts";

export interface RunToStore {
  result: ForecastResult;
  changes: CountryChange[];
  flags: ForecastFlags;
  /** The predictors: a file's path, or the provenance of the file the store's rows came from. */
  predictors: string | ForecastInput;
  coefficients: string | undefined;
}

/** Records a run in an open store, with its inputs by SHA-256 (and its custody entry). */
export function recordRun(app: AppContext, actor: string, x: RunToStore) {
  const fixed = FIXED_MODELS.has(x.flags.model);
  const inputs = [
    typeof x.predictors === "string" ? fileProvenance(x.predictors, "predictors" as const) : x.predictors,
  ];
  if (fixed && x.coefficients) inputs.push(fileProvenance(x.coefficients, "coefficients"));
  return app.forecasts.record(x.result, x.changes, {
    modelVersion: `${MODEL_VERSIONS[x.flags.model]} (tocsin ${VERSION})`,
    fitted: !fixed,
    seed: x.flags.seed,
    inputs,
    createdBy: actor,
  });
}

export function storeRun(config: Config, x: RunToStore) {
  return withStore(config, "forecast", async (app) => recordRun(app, config.actor, x));
}

export async function showRuns(
  cli: Cli,
  action: "list" | "show",
  runId: string | undefined,
  flags: ForecastFlags,
  /** The model to list runs of, when --model was given. */
  modelFilter: string | undefined,
): Promise<number> {
  if (flags.ewp !== undefined) {
    throw new CliError(
      `forecast ${action} reads the store: --ewp is not used`,
      "drop --ewp",
      EXIT.usage,
      "usage",
    );
  }
  const config = configFor(cli.io, { data: flags.data });
  return withStore(
    config,
    `forecast ${action}`,
    async (app) => {
      const service = app.forecasts;
      if (action === "list") {
        const runs = await service.runs(flags.limit, modelFilter);
        if (flags.json) printJson(cli.io, { items: runs });
        else if (runs.length === 0)
          say(cli.io, "no stored forecast runs (tocsin forecast --store makes one)");
        else say(cli.io, ...runs.map(runLine));
        return EXIT.ok;
      }
      if (!runId)
        throw new CliError(
          "forecast show needs a run id (or latest)",
          "tocsin forecast list shows them",
          EXIT.usage,
          "usage",
        );
      let id = runId;
      if (runId === "latest") {
        const chosen = await service.map({ year: flags.year });
        if (!chosen)
          throw new CliError(
            "no stored forecast run",
            "tocsin forecast --store makes one",
            EXIT.failed,
            "not-found",
          );
        id = chosen.run.id;
      }
      const { run, forecasts: rows } = await service.run(id);
      const shown = flags.year === undefined ? rows : rows.filter((f) => f.dataYear === flags.year);
      if (flags.json) printJson(cli.io, { run, forecasts: shown });
      else say(cli.io, ...runDetails(run, shown));
      return EXIT.ok;
    },
    { mustExist: true },
  );
}
