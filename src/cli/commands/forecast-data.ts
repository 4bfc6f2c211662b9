/**
 * Where `tocsin forecast` and `tocsin backtest` get their panel: the predictors file (`--ewp FILE`, env
 * TOCSIN_EWP_DATA, or the old `--data FILE`), else the predictors imported into the store (`tocsin import
 * ewp FILE`; `--dataset-version V` picks a version, default the latest imported). Both give the same
 * panel, row for row, so the forecasts are identical (tested).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { EwpFormatError } from "../../adapters/ewp/read-csv.ts";
import { readEwpPanel } from "../../adapters/ewp/read-panel.ts";
import { type EwpPaths, MissingDataError } from "../../app/forecast/data-files.ts";
import { IMPORT_HINT } from "../../app/forecast/ewp-data.service.ts";
import type { AppContext } from "../../bootstrap.ts";
import type { Panel } from "../../domain/risk/panel.ts";
import type { ForecastInput } from "../../domain/risk/stored-forecast.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { note } from "../output.ts";
import { configFor, withStore } from "../store-options.ts";

export interface PanelSource {
  panel: Panel;
  /** The file's path, or the provenance of the file the stored rows came from. */
  predictors: string | ForecastInput;
  /** The open store when the panel came from it (closed after the callback). */
  app: AppContext | null;
}

/** Input errors of the EWP data become usage errors (exit 2): one line and a hint. */
export function usage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw usageError(error);
  }
}

function usageError(error: unknown): unknown {
  if (error instanceof MissingDataError || error instanceof EwpFormatError)
    return new CliError(
      error.message,
      "see tocsin forecast --help (--ewp, TOCSIN_EWP_DATA, tocsin import ewp)",
      EXIT.usage,
      "usage",
    );
  return error;
}

export async function withPanel<T>(
  cli: Cli,
  verb: string,
  paths: EwpPaths,
  datasetVersion: string | undefined,
  fn: (source: PanelSource) => Promise<T>,
): Promise<T> {
  if (paths.predictors !== null) {
    if (datasetVersion !== undefined)
      throw new CliError(
        "--dataset-version picks EWP data in the store: it does not apply to a file",
        "drop --dataset-version, or drop --ewp to read the store",
        EXIT.usage,
        "usage",
      );
    const file = paths.predictors;
    return fn({ panel: usage(() => readEwpPanel(file)), predictors: file, app: null });
  }
  const config = configFor(cli.io, { data: paths.dataDir });
  if (!config.databaseUrl && !existsSync(join(config.dataDir, "pgdata")))
    throw new CliError(
      `no EWP predictors: pass --ewp FILE or set TOCSIN_EWP_DATA, or ${IMPORT_HINT} (there is no tocsin store in ${config.dataDir})`,
      "--data DIR or TOCSIN_DATA names the store's folder (or set DATABASE_URL)",
      EXIT.usage,
      "usage",
    );
  return withStore(
    config,
    verb,
    async (app) => {
      const { openEwp } = await import("../../adapters/db/ewp/open-ewp.ts");
      const stored = await openEwp(app)
        .data.panel(datasetVersion)
        .catch((error: unknown) => {
          throw usageError(error);
        });
      note(cli.io, `reading ${stored.panel.source}: ${stored.panel.rows.length} country-years`);
      return fn({ panel: stored.panel, predictors: stored.input, app });
    },
    { mustExist: true },
  );
}
