import { Command, CommanderError } from "commander";
import { createCli, reportFailure } from "./cli.ts";
import { EXIT, EXIT_CODES_HELP } from "./exit-codes.ts";
import { type CliIo, processIo } from "./io.ts";
import { registerVerbs } from "./verbs.ts";
import { VERSION } from "./version.ts";

const ENV_HELP = `Environment:
  TOCSIN_DATA       data folder (default ./var/tocsin); --data overrides it
  DATABASE_URL      postgres://user:password@host:port/db: use PostgreSQL instead of the embedded database
  PORT, HOST        where serve listens (default 8080 on 127.0.0.1)
  TOCSIN_CLEARANCE  the most a caller may see: public, internal (default) or confidential
  TOCSIN_ACTOR      who this process acts as in the custody log (default cli:$USER)
  TOCSIN_RULES      an alert-level rule file (default: the built-in tocsin-default rules)
  TOCSIN_EWP_DATA   the Early Warning Project predictors file for forecast and backtest
  TOCSIN_DEBUG=1    print stack traces of errors`;

/**
 * Runs the `tocsin` command line with `argv` (the arguments after the program name) and returns the exit
 * code. Everything goes through `io`, so tests drive it in-process.
 */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("tocsin")
    .description(
      "tocsin: an open, offline-first early-warning system for genocide and mass atrocities.\nEvery verb takes --help.",
    )
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError("hint: see tocsin --help, or tocsin <verb> --help")
    .addHelpText("after", `\n${ENV_HELP}\n\n${EXIT_CODES_HELP}\n`);
  const cli = createCli(io, (code) => {
    exitCode = code;
  });

  await registerVerbs(program, cli, io, argv);

  // Some verbs report their outcome through process.exitCode; it is read back and restored, so that a run
  // in a test leaves the process as it found it.
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    // --help and --version end with 0; anything commander refused is a usage error.
    if (error instanceof CommanderError) exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    else {
      const debug = argv.includes("--debug") || io.env.TOCSIN_DEBUG === "1";
      exitCode = reportFailure(io, error, { json: argv.includes("--json"), debug });
    }
  }
  const set = process.exitCode;
  process.exitCode = previous;
  if (typeof set === "number" && set !== 0 && exitCode === EXIT.ok) exitCode = set;
  return exitCode;
}

/** The process entry (bin/tocsin.js): runs, flushes stdout, exits with the code. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2));
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.exit(code);
}
