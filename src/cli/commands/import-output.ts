/** What `tocsin import` prints, for the event formats and for EWP alike: progress, refusals, the summary. */
import { HeaderError } from "../../adapters/importers/header.ts";
import type { ImportProgress, ImportSummary } from "../../app/import/import-dataset.service.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { createProgress } from "../progress.ts";

export interface ImportOutput<S extends ImportSummary> {
  /** The progress bar's label ("import", "import ewp"). */
  label: string;
  json: boolean | undefined;
  /** The hint under a wrong-columns refusal. */
  columnsHint: string;
  /** Other refusals the importer names (null: the error as it is). */
  refuse?: (error: unknown) => CliError | null;
  run: (onProgress: (p: ImportProgress) => void) => Promise<S>;
  /** The summary's first line. */
  describe: (summary: S) => string;
}

/** The options both importers take from the command line. */
export function commonImportOptions(
  f: {
    rejects?: string;
    stopOnError?: boolean;
    batchSize?: number;
    datasetVersion?: string;
    accessed?: string;
  },
  actor: string,
) {
  return {
    caller: { actor, clearance: "confidential" as const },
    rejectFile: f.rejects,
    stopOnError: f.stopOnError,
    batchSize: f.batchSize,
    datasetVersion: f.datasetVersion,
    accessedAt: f.accessed,
  };
}

/** Runs an import with a progress bar (rows, rows/s, ETA) and prints its summary (JSON with --json). */
export async function reportImport<S extends ImportSummary>(cli: Cli, o: ImportOutput<S>): Promise<number> {
  const { io } = cli;
  const progress = createProgress(io, o.label, io.isTTY || !o.json);
  const started = Date.now();
  let summary: S;
  try {
    summary = await o.run((p) =>
      progress.update({ part: rate(p, started), done: p.bytesRead, total: p.totalBytes }),
    );
  } catch (error) {
    if (error instanceof HeaderError)
      throw new CliError(error.message, o.columnsHint, EXIT.failed, "bad-columns");
    throw o.refuse?.(error) ?? error;
  } finally {
    progress.end();
  }
  if (o.json) {
    printJson(io, summary);
    return EXIT.ok;
  }
  say(io, o.describe(summary));
  if (summary.rejectFile) say(io, `rejected rows, with line, column and reason: ${summary.rejectFile}`);
  if (summary.resumed.length > 0)
    say(io, `resumed an earlier run of this file that did not finish (${summary.resumed.length})`);
  return EXIT.ok;
}

function rate(p: ImportProgress, started: number): string {
  const seconds = (Date.now() - started) / 1000;
  const perSecond = seconds > 0 ? Math.round(p.counts.read / seconds) : 0;
  const remaining = p.bytesRead > 0 ? (seconds * (p.totalBytes - p.bytesRead)) / p.bytesRead : null;
  const eta =
    remaining === null
      ? ""
      : `, ETA ${Math.floor(remaining / 60)}:${String(Math.round(remaining % 60)).padStart(2, "0")}`;
  return `${p.counts.read} rows, ${perSecond} rows/s${eta}`;
}
