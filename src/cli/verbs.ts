import type { Command } from "commander";
import type { Cli } from "./cli.ts";
import type { CliIo } from "./io.ts";

type Register = (program: Command, cli: Cli, io: CliIo) => void;

/**
 * Every verb's module, in the order `tocsin --help` lists them, loaded only when needed: a run of one verb
 * loads that verb's module alone (each module pulls in its own graph, compiled by tsx at every start: loading
 * all of them cost about 2 s of CPU before any verb ran). `tocsin --help`, `help` and an unknown verb load all.
 * verbs.test.ts checks that each module registers exactly the verbs listed here.
 */
export const VERB_MODULES: { verbs: string[]; load: () => Promise<Register> }[] = [
  { verbs: ["serve"], load: async () => (await import("./commands/serve.ts")).registerServeCommand },
  { verbs: ["migrate"], load: async () => (await import("./commands/migrate.ts")).registerMigrateCommand },
  { verbs: ["verify"], load: async () => (await import("./commands/verify.ts")).registerVerifyCommand },
  { verbs: ["demo"], load: async () => (await import("./commands/demo.ts")).registerDemoCommand },
  { verbs: ["backup"], load: async () => (await import("./commands/backup.ts")).registerBackupCommand },
  { verbs: ["restore"], load: async () => (await import("./commands/restore.ts")).registerRestoreCommand },
  { verbs: ["doctor"], load: async () => (await import("./commands/doctor.ts")).registerDoctorCommand },
  {
    verbs: ["import", "sources"],
    load: async () => {
      const m = await import("./commands/import.ts");
      return (program, cli) => {
        m.registerImportCommand(program, cli);
        m.registerSourcesCommand(program, cli);
      };
    },
  },
  { verbs: ["pull"], load: async () => (await import("./commands/pull.ts")).registerPullCommand },
  { verbs: ["worker"], load: async () => (await import("./commands/worker.ts")).registerWorkerCommand },
  { verbs: ["imports"], load: async () => (await import("./commands/imports.ts")).registerImportsCommand },
  {
    verbs: ["assess", "diff", "replay", "override"],
    load: async () => (await import("./commands/assess.ts")).registerAssessCommands,
  },
  { verbs: ["alert"], load: async () => (await import("./commands/alert.ts")).registerAlertCommand },
  {
    verbs: ["forecast", "backtest"],
    load: async () => (await import("./commands/forecast.ts")).registerForecastCommands,
  },
  {
    verbs: ["screen"],
    load: async () => {
      const m = await import("./commands/screen.ts");
      return (program, _cli, io) => {
        m.registerScreenCommand(program, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr });
      };
    },
  },
  { verbs: ["read"], load: async () => (await import("./commands/read.ts")).registerReadCommand },
  { verbs: ["suggest"], load: async () => (await import("./commands/suggest.ts")).registerSuggestCommand },
  { verbs: ["user"], load: async () => (await import("./commands/user.ts")).registerUserCommand },
  { verbs: ["token"], load: async () => (await import("./commands/token.ts")).registerTokenCommand },
  { verbs: ["group"], load: async () => (await import("./commands/group.ts")).registerGroupCommand },
  { verbs: ["access"], load: async () => (await import("./commands/access.ts")).registerAccessCommand },
];

/** Registers the modules `argv` needs: the one of its verb, or all of them. */
export async function registerVerbs(program: Command, cli: Cli, io: CliIo, argv: string[]): Promise<void> {
  const verb = argv.find((a) => !a.startsWith("-"));
  const one = VERB_MODULES.find((m) => verb !== undefined && m.verbs.includes(verb));
  for (const m of one ? [one] : VERB_MODULES) (await m.load())(program, cli, io);
}
