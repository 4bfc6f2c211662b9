import type { Command } from "commander";
import {
  describeBatchBreak,
  describeChainBreak,
  describeDocumentBreak,
} from "../../app/verify/describe-break.ts";
import { verifyStore } from "../../app/verify/verify-store.ts";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { createProgress } from "../progress.ts";
import { verifyDeps } from "../store-deps.ts";
import { configFor, describeStore, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

/** `tocsin verify`: the custody chain and every original, recomputed; exit 0 only when all holds. */
export function registerVerifyCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("verify")
      .description(
        "recompute the custody log's hash chain and every original document's SHA-256; report each break with its position (exit 0 only when all holds)",
      ),
  ).action(
    cli.action(async (flags: StoreFlags) => {
      const config = configFor(cli.io, flags);
      const { io } = cli;
      return withStore(
        config,
        "verify",
        async (app) => {
          const progress = createProgress(io, "verify", io.isTTY || !flags.json);
          const report = await verifyStore(verifyDeps(app), {
            onProgress: (p) => progress.update({ part: p.phase, done: p.done, total: p.total }),
          });
          progress.end();
          if (flags.json) {
            printJson(io, report);
            return report.ok ? EXIT.ok : EXIT.failed;
          }
          const { custody, documents } = report;
          say(io, `verify: ${describeStore(config)}`);
          const head = custody.head ? `, head #${custody.head.seq} ${custody.head.hash}` : "";
          say(
            io,
            custody.breaks.length === 0
              ? `custody log: ${custody.entries} entries, chain intact${head}`
              : `custody log: ${custody.entries} entries, ${custody.breaks.length} break(s)${head}`,
          );
          for (const b of custody.breaks) say(io, `  ${describeChainBreak(b)}`);
          say(
            io,
            documents.breaks.length === 0
              ? `documents: ${documents.checked} originals checked, all match their recorded SHA-256`
              : `documents: ${documents.checked} checked, ${documents.breaks.length} break(s)`,
          );
          for (const b of documents.breaks) say(io, `  ${describeDocumentBreak(b)}`);
          const { batches } = report;
          if (batches.checked + batches.overlapping > 0) {
            const skipped = batches.overlapping
              ? `; ${batches.overlapping} loaded at the same time as another, so not checkable by range`
              : "";
            say(
              io,
              batches.breaks.length === 0
                ? `bulk batches: ${batches.checked} checked, all match${skipped}`
                : `bulk batches: ${batches.checked} checked, ${batches.breaks.length} break(s)${skipped}`,
            );
            for (const b of batches.breaks) say(io, `  ${describeBatchBreak(b)}`);
          }
          const total = custody.breaks.length + documents.breaks.length + batches.breaks.length;
          say(io, report.ok ? "verify: all holds" : `verify: FAILED, ${total} break(s)`);
          return report.ok ? EXIT.ok : EXIT.failed;
        },
        { mustExist: true },
      );
    }),
  );
}
