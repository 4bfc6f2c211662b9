import { join, resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { HttpDownloader } from "../../adapters/download/http-downloader.ts";
import { DATASETS, type PullPlan, planPull } from "../../app/pull/dataset-catalogue.ts";
import { PullDatasetService, type PullReport } from "../../app/pull/pull-dataset.service.ts";
import { ValidationError } from "../../domain/errors.ts";
import { systemClock } from "../../ports/clock.ts";
import { DownloadError } from "../../ports/downloader.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { createProgress } from "../progress.ts";
import { configFor, parseFlags, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

const Flags = z.object({
  release: z.string().max(40).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  mirror: z.url().optional(),
  dir: z.string().min(1).optional(),
  import: z.boolean().optional(),
});

const HINTS: Record<DownloadError["code"], string> = {
  truncated: "run the same command again: the download resumes where it stopped",
  network: "check the connection (or use --mirror) and run again",
  "http-status": "check --release against the publisher's site, or fetch from another server with --mirror",
  checksum: "the file differs from what the publisher states and nothing was kept: try again later",
  size: "the file differs from what the publisher states and nothing was kept: try again later",
};

/** `tocsin pull <dataset>`: downloads a public dataset from its publisher, checks and unpacks it, imports it. */
export function registerPullCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("pull")
      .description(
        `download a public dataset from its publisher, verify, unpack and record it (then import with --import): ${Object.keys(DATASETS).join(", ")}`,
      )
      .argument("<dataset>", "which dataset (the URLs are listed in src/app/pull/dataset-catalogue.ts)")
      .option("--release <r>", "the release, e.g. 25.1 for UCDP (default: the newest tocsin knows)")
      .option("--from <day>", "gdelt: the first day, YYYY-MM-DD (UTC)")
      .option("--to <day>", "gdelt: the last day, YYYY-MM-DD (UTC), at most 31 days after --from")
      .option("--mirror <url>", "fetch the same file names from this server instead of the publisher's")
      .option("--dir <dir>", "where downloads go (default DATA/downloads)")
      .option("--import", "import the unpacked files into the store afterwards"),
  ).action(
    cli.action(async (dataset: string, flags: StoreFlags & Record<string, unknown>) => {
      const f = parseFlags(Flags, flags, "pull");
      const config = configFor(cli.io, flags);
      const { io } = cli;
      let plan: PullPlan;
      try {
        plan = planPull({ dataset, release: f.release, from: f.from, to: f.to, mirror: f.mirror });
      } catch (error) {
        if (error instanceof ValidationError)
          throw new CliError(error.message, "see tocsin pull --help", EXIT.usage, "usage");
        throw error;
      }
      const dir = f.dir ? resolve(f.dir) : join(config.dataDir, "downloads");
      const progress = createProgress(io, "pull", io.isTTY || !flags.json);
      const run = async (service: PullDatasetService, importing: boolean) => {
        try {
          return await service.pull(plan, {
            dir,
            importAs: importing ? { actor: config.actor, clearance: "confidential" } : null,
            signal: io.signal,
            onProgress: (p) =>
              progress.update({
                part: `${p.phase} ${p.file} (${p.fileIndex + 1}/${p.fileCount})`,
                done: p.bytes,
                total: p.totalBytes,
              }),
          });
        } catch (error) {
          if (error instanceof DownloadError)
            throw new CliError(error.message, HINTS[error.code], EXIT.failed, `download-${error.code}`);
          throw error;
        } finally {
          progress.end();
        }
      };
      const report = f.import
        ? await withStore(config, "pull", async (app) => {
            const { openEwp } = await import("../../adapters/db/ewp/open-ewp.ts");
            const ewp = openEwp(app).imports;
            return run(new PullDatasetService(new HttpDownloader(), app.imports, app.clock, ewp), true);
          })
        : await run(new PullDatasetService(new HttpDownloader(), null, systemClock), false);
      if (flags.json) printJson(io, report);
      else describe(cli, plan, report);
      return EXIT.ok;
    }),
  );
}

function describe(cli: Cli, plan: PullPlan, r: PullReport): void {
  const count = (s: string) => r.files.filter((f) => f.status === s).length;
  say(
    cli.io,
    `pull ${r.dataset} ${r.release}: ${count("downloaded")} downloaded, ${count("present")} already present, ${count("absent")} absent on the server, in ${r.folder}`,
    `  licence: ${plan.licence}`,
    `  attribution: ${plan.attribution}`,
  );
  for (const s of r.imports) {
    const c = s.counts;
    say(
      cli.io,
      `  import ${s.file}: ${c.read} read, ${c.loaded} loaded, ${c.updated} updated, ${c.rejected} rejected, ${c.duplicates} duplicates`,
    );
  }
  if (r.importNote) say(cli.io, `  ${r.importNote}`);
}
