/** `tocsin import ewp FILE`: one of the Early Warning Project's replication files into the store. */
import { HeaderError } from "../../adapters/importers/header.ts";
import type { EwpImportSummary } from "../../app/import/ewp-import.service.ts";
import type { ImportProgress } from "../../app/import/import-dataset.service.ts";
import { ValidationError } from "../../domain/errors.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { createProgress } from "../progress.ts";
import { configFor, type StoreFlags, withStore } from "../store-options.ts";

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
  const { io } = cli;
  return withStore(config, "import", async (app) => {
    const { openEwp } = await import("../../adapters/db/ewp/open-ewp.ts");
    const progress = createProgress(io, "import ewp", io.isTTY || !flags.json);
    let summary: EwpImportSummary;
    try {
      summary = await openEwp(app).imports.importFile({
        file,
        caller: { actor: config.actor, clearance: "confidential" },
        rejectFile: f.rejects,
        stopOnError: f.stopOnError,
        batchSize: f.batchSize,
        datasetVersion: f.datasetVersion,
        accessedAt: f.accessed,
        onProgress: (p: ImportProgress) =>
          progress.update({ part: `${p.counts.read} rows`, done: p.bytesRead, total: p.totalBytes }),
      });
    } catch (error) {
      if (error instanceof HeaderError)
        throw new CliError(
          error.message,
          "tocsin import ewp reads EWP's prepared predictors, base data or mass-killing events sheet (see docs/importers.md)",
          EXIT.failed,
          "bad-columns",
        );
      if (error instanceof ValidationError)
        throw new CliError(error.message, "pass --dataset-version V", EXIT.usage, "usage");
      throw error;
    } finally {
      progress.end();
    }
    if (flags.json) {
      printJson(io, summary);
      return EXIT.ok;
    }
    const c = summary.counts;
    say(
      io,
      `import ewp: ${KIND_TEXT[summary.ewp.kind]}, version ${summary.ewp.version}: ${c.read} rows read, ${c.loaded} loaded, ${c.updated} updated, ${c.rejected} rejected, ${c.duplicates} already stored as they are`,
    );
    if (summary.rejectFile) say(io, `rejected rows, with line, column and reason: ${summary.rejectFile}`);
    return EXIT.ok;
  });
}
