// Runs `screen` on its own, before (or without) the main CLI: node --import tsx scripts/screening/screen.ts FILE --json
import { Command } from "commander";
import { registerScreenCommand } from "../../src/cli/commands/screen.ts";

const program = new Command("tocsin");
registerScreenCommand(program);
program
  .parseAsync(["node", "tocsin", "screen", ...process.argv.slice(2)])
  .catch((e: Error & { exitCode?: number }) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = e.exitCode ?? 1;
  });
