// `tocsin suggest [--read] [--screen]`: the batch job that reads and screens every stored document with a
// text copy into suggestions for the triage queue. Idempotent: passages already suggested are skipped.
import type { Command } from "commander";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

export function registerSuggestCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("suggest")
      .description(
        "read and screen stored documents into suggestions for the review queue (safe to run again)",
      )
      .option("--read", "only read reports into suggested events and claims")
      .option("--screen", "only screen texts for dehumanisation, fear speech and denial"),
  ).action(
    cli.action(async (flags: StoreFlags & { read?: boolean; screen?: boolean }) => {
      const both = !flags.read && !flags.screen;
      const config = configFor(cli.io, flags);
      return withStore(config, "suggest", async (app) => {
        // Documents above TOCSIN_CLEARANCE are left alone; their suggestions would carry their sensitivity.
        const report = await app.reading.fileAll(
          { actor: config.actor, clearance: config.clearance },
          { read: both || Boolean(flags.read), screen: both || Boolean(flags.screen) },
        );
        if (flags.json) printJson(cli.io, { ok: true, ...report });
        else
          say(
            cli.io,
            `${report.documents} documents: reading added ${report.reading.added} suggestions (${report.reading.existing} already there), screening added ${report.screening.added} (${report.screening.existing} already there)`,
          );
        return EXIT.ok;
      });
    }),
  );
}
