import type { Command } from "commander";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, describeStore, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

/** `tocsin migrate`: applies the pending migrations (opening the store does) and lists them. */
export function registerMigrateCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("migrate")
      .description("apply pending database migrations (creating the store if there is none) and list them"),
  ).action(
    cli.action(async (flags: StoreFlags) => {
      const config = configFor(cli.io, flags);
      return withStore(config, "migrate", async (app) => {
        const { applied, current } = app.migrations;
        if (flags.json) {
          printJson(cli.io, { ok: true, engine: app.database.engine, applied, schemaVersion: current });
        } else if (applied.length === 0) {
          say(cli.io, `${describeStore(config)}: schema version ${current}, up to date`);
        } else {
          say(
            cli.io,
            `${describeStore(config)}: applied ${applied.length} migration(s), now at schema version ${current}`,
          );
          for (const name of applied) say(cli.io, `  ${name}`);
        }
        return EXIT.ok;
      });
    }),
  );
}
