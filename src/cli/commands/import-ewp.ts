/** `tocsin import ewp FILE`: one of the Early Warning Project's replication files into the store. */
import type { EwpImportSummary } from "../../app/import/ewp-import.service.ts";
import { ValidationError } from "../../domain/errors.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { configFor, type StoreFlags, withStore } from "../store-options.ts";
import { commonImportOptions, reportImport } from "./import-output.ts";

export interface EwpImportFlags {
  rejects?: string;
  stopOnError?: boolean;
  batchSize?: number;
  datasetVersion?: string;
  accessed?: string;
}

const KIND_TEXT = {
  predictors: "country-year predictors (what tocsin forecast and backtest read)",
  "base-data": "country-year mass-killing base data",
  episodes: "mass-killing episodes (EWP's claims, kept with their source)",
} as const;

export async function importEwp(
  cli: Cli,
  file: string,
  f: EwpImportFlags,
  flags: StoreFlags & { json?: boolean },
): Promise<number> {
  const config = configFor(cli.io, flags);
  return withStore(config, "import", async (app) => {
    const { openEwp } = await import("../../adapters/db/ewp/open-ewp.ts");
    return reportImport(cli, {
      label: "import ewp",
      json: flags.json,
      columnsHint:
        "tocsin import ewp reads EWP's prepared predictors, base data or mass-killing events sheet, as CSV or as EWP's xlsx workbook (see docs/importers.md)",
      refuse: (error) =>
        error instanceof ValidationError
          ? new CliError(error.message, "pass --dataset-version V", EXIT.usage, "usage")
          : null,
      run: (onProgress) =>
        openEwp(app).imports.importFile({
          file,
          ...commonImportOptions(f, config.actor),
          onProgress,
        }),
      describe: ({ ewp, counts: c }: EwpImportSummary) =>
        `import ewp: ${KIND_TEXT[ewp.kind]}, version ${ewp.version}: ${c.read} rows read, ${c.loaded} loaded, ${c.updated} updated, ${c.rejected} rejected, ${c.duplicates} already stored as they are`,
    });
  });
}
