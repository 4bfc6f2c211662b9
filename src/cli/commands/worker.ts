import type { Command } from "commander";
import { z } from "zod";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import type { CliIo } from "../io.ts";
import { note, printJson, say } from "../output.ts";
import { configFor, parseFlags, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

const Flags = z.object({
  once: z.boolean().optional(),
  lease: z.coerce.number().int().min(10).max(3600).optional(),
});

/**
 * `tocsin worker`: runs queued jobs (imports, pulls) until stopped. On PostgreSQL any number of workers, on
 * any machines, share the queue; on the embedded store `tocsin serve` runs one in-process instead (one
 * process owns the data folder).
 */
export function registerWorkerCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("worker")
      .description("run queued jobs (imports and pulls started through the API) until Ctrl+C or SIGTERM")
      .option("--once", "run the jobs that are due, then exit")
      .option("--lease <seconds>", "how long a job stays claimed without a sign of life (default 120)"),
  ).action(
    cli.action(async (flags: StoreFlags & Record<string, unknown>) => {
      const f = parseFlags(Flags, flags, "worker");
      const { io } = cli;
      const config = configFor(io, flags);
      return withStore(config, "worker", async (app) => {
        const { openWorker } = await import("../../adapters/queue/open-worker.ts");
        const worker = openWorker(app, {
          leaseMs: (f.lease ?? 120) * 1000,
          log: (line) => note(io, line),
        });
        if (f.once) {
          const ran = await worker.drain();
          if (flags.json) printJson(io, { ok: true, worker: worker.id, jobs: ran });
          else say(io, `worker ${worker.id}: ${ran} job(s) run`);
          return EXIT.ok;
        }
        note(io, `worker ${worker.id} is waiting for jobs; stop with Ctrl+C`);
        worker.start();
        const { watchDeploymentRules } = await import("../../app/assessment/rule-watcher.ts");
        const rules = watchDeploymentRules(process.env, app.jobs, (line) => note(io, line));
        note(io, `${await stopRequested(io)}: stopping after the job in hand`);
        rules?.stop();
        await worker.stop();
        return EXIT.ok;
      });
    }),
  );
}

function stopRequested(io: CliIo): Promise<string> {
  return new Promise((resolve) => {
    const stop = (why: string) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolve(why);
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    process.once("SIGINT", onInt);
    process.once("SIGTERM", onTerm);
    if (io.signal?.aborted) stop("asked to stop");
    else io.signal?.addEventListener("abort", () => stop("asked to stop"), { once: true });
  });
}
