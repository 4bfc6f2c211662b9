import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { EVENT_FORMATS } from "../../app/import/formats.ts";
import { IsoDate } from "../../domain/evidence/dates.ts";
import { CsvMapping, checkMappingValues, csvFormat } from "../../domain/importers/csv-mapping.ts";
import type { EventFormat } from "../../domain/importers/import-record.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, parseFlags, type StoreFlags, storeOptions, withStore } from "../store-options.ts";
import { importEwp } from "./import-ewp.ts";
import { commonImportOptions, reportImport } from "./import-output.ts";

const Flags = z.object({
  mapping: z.string().optional(),
  rejects: z.string().optional(),
  stopOnError: z.boolean().optional(),
  batchSize: z.coerce.number().int().min(1).max(100_000).optional(),
  datasetVersion: z.string().max(100).optional(),
  accessed: IsoDate.optional(),
  jsonl: z.boolean().optional(),
});

/** `tocsin import <format> FILE`: loads a dataset file into the store. */
export function registerImportCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("import")
      .description(
        `import a dataset file: ${[...Object.keys(EVENT_FORMATS), "csv", "ewp"].join(", ")} (csv reads CSV or JSON Lines through --mapping FILE; ewp: an Early Warning Project file, its kind read from its header)`,
      )
      .argument("<format>", "the file's format")
      .argument("<file>", "the file to read (streamed; never loaded whole)")
      .option(
        "--mapping <file>",
        "for csv: the JSON mapping of columns to fields (validated before any row loads)",
      )
      .option("--jsonl", "for csv: the file is JSON Lines, one object per line")
      .option("--rejects <file>", "where rejected rows go (default FILE.rejects.csv)")
      .option("--stop-on-error", "stop at the first bad row (rows of earlier batches stay loaded)")
      .option("--batch-size <n>", "rows per transaction (default 5000)")
      .option("--dataset-version <v>", "the dataset's release, e.g. 25.1, recorded in the licence manifest")
      .option("--accessed <date>", "the day the file was downloaded, YYYY-MM-DD (default today)"),
  ).action(
    cli.action(async (formatName: string, file: string, flags: StoreFlags & Record<string, unknown>) => {
      const f = parseFlags(Flags, flags, "import");
      if (formatName === "ewp") return importEwp(cli, file, f, flags);
      const format = resolveFormat(formatName, f.mapping);
      const config = configFor(cli.io, flags);
      return withStore(config, "import", (app) =>
        reportImport(cli, {
          label: "import",
          json: flags.json as boolean | undefined,
          columnsHint:
            "check the file's format and its columns (a field under a wrong name is never read as zero)",
          run: (onProgress) =>
            app.imports.importFile({
              format,
              file,
              ...commonImportOptions(f, config.actor),
              jsonLines: f.jsonl,
              onProgress,
            }),
          describe: ({ format, counts: c }) =>
            `import ${format}: ${c.read} rows read, ${c.loaded} loaded, ${c.updated} updated, ${c.rejected} rejected, ${c.duplicates} skipped as duplicates, ${c.skipped} left out by the format's filter`,
        }),
      );
    }),
  );
}

function resolveFormat(name: string, mappingFile: string | undefined): EventFormat {
  if (name === "csv") {
    if (!mappingFile)
      throw new CliError(
        "csv needs --mapping FILE",
        "write a mapping of columns to fields: see docs/importers.md",
        EXIT.usage,
        "usage",
      );
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(mappingFile, "utf8"));
    } catch (error) {
      throw new CliError(
        `${mappingFile}: ${(error as Error).message}`,
        "the mapping file must be JSON",
        EXIT.usage,
        "usage",
      );
    }
    const parsed = CsvMapping.safeParse(raw);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw new CliError(
        `${mappingFile}: ${i?.path.join(".") || "(root)"}: ${i?.message}`,
        "fix the mapping file; no row was read",
        EXIT.usage,
        "usage",
      );
    }
    const problems = checkMappingValues(parsed.data);
    if (problems.length > 0)
      throw new CliError(
        `${mappingFile}: ${problems.join("; ")}`,
        "fix the mapping file; no row was read",
        EXIT.usage,
        "usage",
      );
    return csvFormat(parsed.data);
  }
  const format = EVENT_FORMATS[name];
  if (!format)
    throw new CliError(
      `unknown format "${name}"`,
      `use one of ${[...Object.keys(EVENT_FORMATS), "csv", "ewp"].join(", ")}`,
      EXIT.usage,
      "usage",
    );
  return format;
}

/** `tocsin sources`: every dataset loaded, with licence, attribution, version, access date and filters. */
export function registerSourcesCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("sources")
      .description("list every dataset loaded: licence, attribution, version, access date, filters, imports"),
  ).action(
    cli.action(async (flags: StoreFlags) => {
      const config = configFor(cli.io, flags);
      return withStore(
        config,
        "sources",
        async (app) => {
          const manifest = await app.imports.imports.manifest();
          if (flags.json) {
            printJson(cli.io, manifest);
            return EXIT.ok;
          }
          if (manifest.length === 0) say(cli.io, "no dataset has been imported");
          for (const m of manifest) {
            say(
              cli.io,
              `${m.name}${m.datasetVersion ? ` (version ${m.datasetVersion})` : ""}`,
              `  licence: ${m.licence ?? "not recorded"}`,
              `  attribution: ${m.attribution ?? "not recorded"}`,
              `  accessed: ${m.accessedAt ?? "unknown"}${m.url ? `, from ${m.url}` : ""}`,
            );
            for (const r of m.runs) {
              say(
                cli.io,
                `  import ${r.startedAt} ${r.fileName} (${r.status}): ${r.counts.loaded} loaded, ${r.counts.updated} updated, ${r.counts.rejected} rejected${Object.keys(r.filters).length ? `, filters ${JSON.stringify(r.filters)}` : ""}`,
              );
            }
          }
          return EXIT.ok;
        },
        { mustExist: true },
      );
    }),
  );
}
