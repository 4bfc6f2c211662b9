import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { backupStore } from "../../app/backup/backup-store.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { formatBytes, printJson, say, warn } from "../output.ts";
import { createProgress } from "../progress.ts";
import { backupDeps } from "../store-deps.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

const FORMAT_HELP = `
The archive is one gzip'd JSON Lines file: a header line, the original documents in base64 chunks, every
table's rows in foreign-key order, and a manifest of the SHA-256 of every part and the schema version.
Keep the manifest hash this prints apart from the archive. Restore with: tocsin restore FILE`;

/** `tocsin backup FILE`: a full archive of the store (format: src/app/backup/archive-format.ts). */
export function registerBackupCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("backup")
      .description(
        "write a full archive of the store: every table, every original document, a manifest of hashes",
      )
      .argument("<file>", "the archive to write (refused if it exists, unless --force)")
      .option("--force", "replace FILE if it exists")
      .addHelpText("after", FORMAT_HELP),
  ).action(
    cli.action(async (file: string, flags: StoreFlags & { force?: boolean }) => {
      const config = configFor(cli.io, flags);
      const { io } = cli;
      // Checked again by backupStore; here too, so the answer comes before the store is opened.
      if (existsSync(resolve(file)) && !flags.force) {
        throw new CliError(
          `${resolve(file)} already exists`,
          "choose another file name, or pass --force to replace it",
        );
      }
      return withStore(
        config,
        "backup",
        async (app) => {
          const progress = createProgress(io, "backup", io.isTTY || !flags.json);
          const result = await backupStore(backupDeps(app, config.actor), resolve(file), {
            force: flags.force,
            onProgress: (p) => progress.update(p),
          });
          progress.end();
          const { manifest } = result;
          const tables = Object.fromEntries(
            manifest.parts.flatMap((p) => ("rows" in p ? [[p.part.slice(6), p.rows]] : [])),
          );
          for (const sha of manifest.missingBlobs) {
            warn(
              io,
              `original ${sha} is missing or damaged in the blob store: not in the archive (run tocsin verify)`,
            );
          }
          if (flags.json) {
            printJson(io, {
              ok: true,
              file: result.file,
              bytes: result.bytes,
              manifestSha256: result.manifestSha256,
              schema: manifest.schema,
              custodyHead: manifest.custodyHead,
              tables,
              originals: result.blobs,
              missingBlobs: manifest.missingBlobs,
            });
            return EXIT.ok;
          }
          say(
            io,
            `wrote ${result.file} (${formatBytes(result.bytes)}): ${result.rows} rows in ${Object.keys(tables).length} tables, ${result.blobs} originals, schema version ${manifest.schema.version}`,
            `manifest sha256: ${result.manifestSha256} (keep it apart from the archive)`,
          );
          if (manifest.custodyHead)
            say(io, `custody log head: #${manifest.custodyHead.seq} ${manifest.custodyHead.hash}`);
          return EXIT.ok;
        },
        { mustExist: true },
      );
    }),
  );
}
