import type { Command } from "commander";
import type { Cli } from "../cli.ts";
import {
  type Check,
  checkBlobs,
  checkDatabase,
  checkDataFolder,
  checkLock,
  checkNode,
} from "../doctor-checks.ts";
import { describeFailure } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions } from "../store-options.ts";

/** `tocsin doctor`: checks the installation without changing anything (no migration, no new store). */
export function registerDoctorCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("doctor")
      .description(
        "check Node, the configuration, the data folder and its lock, the database and its migrations, and the originals",
      ),
  ).action(
    cli.action(async (flags: StoreFlags) => {
      const checks: Check[] = [checkNode()];
      try {
        const config = configFor(cli.io, flags);
        checks.push({
          name: "config",
          status: "ok",
          detail: config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : "embedded database (no DATABASE_URL)",
        });
        checks.push(await checkDataFolder(config.dataDir));
        const lock = checkLock(config.dataDir);
        checks.push(lock.check);
        const db = await checkDatabase(config, lock.held && !config.databaseUrl);
        checks.push(...db.checks);
        checks.push(await checkBlobs(config.dataDir, db.documents));
      } catch (error) {
        const f = describeFailure(error);
        checks.push({ name: "config", status: "fail", detail: f.message, hint: f.hint });
      }
      const failed = checks.filter((c) => c.status === "fail").length;
      const warned = checks.filter((c) => c.status === "warn").length;
      if (flags.json) printJson(cli.io, { ok: failed === 0, checks });
      else {
        for (const c of checks) {
          say(cli.io, `${c.status.padEnd(5)} ${c.name.padEnd(12)} ${c.detail}`);
          if (c.hint && c.status !== "ok") say(cli.io, `${" ".repeat(19)}hint: ${c.hint}`);
        }
        say(
          cli.io,
          failed === 0
            ? `doctor: no failures${warned ? `, ${warned} warning(s)` : ""}`
            : `doctor: ${failed} failure(s), ${warned} warning(s)`,
        );
      }
      return failed === 0 ? EXIT.ok : EXIT.failed;
    }),
  );
}
