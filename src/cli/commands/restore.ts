import { resolve } from "node:path";
import type { Command } from "commander";
import { migrate } from "../../adapters/db/migrator.ts";
import { restoreStore } from "../../app/backup/restore-store.ts";
import { verifyStore } from "../../app/verify/verify-store.ts";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { createProgress } from "../progress.ts";
import { restoreDeps, verifyDeps } from "../store-deps.ts";
import { configFor, describeStore, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

type RestoreFlags = StoreFlags & { verify: boolean; acceptBrokenChain?: boolean };

/** `tocsin restore FILE`: an archive from `tocsin backup`, into an empty store; then migrate and verify. */
export function registerRestoreCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("restore")
      .description(
        "restore an archive made by tocsin backup into an empty store: checked whole first, written in one transaction, then verified",
      )
      .argument("<file>", "the archive")
      .option("--no-verify", "skip tocsin verify after the restore")
      .option(
        "--accept-broken-chain",
        "restore even when the custody chain inside the archive is broken (it stays reported by verify)",
      ),
  ).action(
    cli.action(async (file: string, flags: RestoreFlags) => {
      const config = configFor(cli.io, flags);
      const { io } = cli;
      // Opened without migrating: an empty store is first brought to the archive's schema, not the latest.
      return withStore(
        config,
        "restore",
        async (app) => {
          const progress = createProgress(io, "restore", io.isTTY || !flags.json);
          const result = await restoreStore(restoreDeps(app), resolve(file), {
            acceptBrokenChain: flags.acceptBrokenChain,
            onProgress: (p) => progress.update(p),
          });
          const after = await migrate(app.database);
          const report = flags.verify
            ? await verifyStore(verifyDeps(app), {
                onProgress: (p) =>
                  progress.update({ part: `verify ${p.phase}`, done: p.done, total: p.total }),
              })
            : null;
          progress.end();
          const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
          const ok = report === null || report.ok;
          if (flags.json) {
            printJson(io, {
              ok,
              restored: { rows: result.rows, originals: result.blobs },
              sessionsDropped: result.sessionsDropped,
              liveTokens: result.liveTokens,
              schema: result.manifest.schema,
              migrated: [...result.migrated, ...after.applied],
              custodyHead: result.manifest.custodyHead,
              verify: report,
            });
          } else {
            say(
              io,
              `restored ${resolve(file)} into the ${describeStore(config)}: ${rows} rows, ${result.blobs} originals`,
            );
            if (after.applied.length)
              say(io, `migrated from schema version ${result.manifest.schema.version} to ${after.current}`);
            if (result.sessionsDropped > 0)
              say(
                io,
                `${result.sessionsDropped} login sessions from the archive dropped: everyone logs in again`,
              );
            if (result.liveTokens > 0)
              say(
                io,
                `${result.liveTokens} API tokens restored live: a token revoked after the backup works again until revoked anew (tocsin token list)`,
              );
            if (report)
              say(
                io,
                report.ok
                  ? `verify: all holds (${report.custody.entries} custody entries, ${report.documents.checked} originals)`
                  : `verify: FAILED, ${report.custody.breaks.length + report.documents.breaks.length + report.batches.breaks.length} break(s): run tocsin verify for the list`,
              );
          }
          return ok ? EXIT.ok : EXIT.failed;
        },
        { migrate: false },
      );
    }),
  );
}
