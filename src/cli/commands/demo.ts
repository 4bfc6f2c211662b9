import type { Command } from "commander";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { createProgress } from "../progress.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

/** `tocsin demo`: loads the fictional training scenario (idempotent). */
export function registerDemoCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("demo")
      .description("load the fictional training scenario (an imaginary country; safe to run twice)"),
  ).action(
    cli.action(async (flags: StoreFlags) => {
      const config = configFor(cli.io, flags);
      const { describeLoad, loadDemoScenario } = await import("../../app/demo/load-demo.ts");
      return withStore(config, "demo", async (app) => {
        const progress = createProgress(cli.io, "demo", cli.io.isTTY || !flags.json);
        const result = await loadDemoScenario(app, {
          onProgress: (done, total) => progress.update({ part: "records", done, total }),
        });
        progress.end();
        if (flags.json) printJson(cli.io, { ok: true, fictional: true, ...result });
        else say(cli.io, describeLoad(result));
        return EXIT.ok;
      });
    }),
  );
}
