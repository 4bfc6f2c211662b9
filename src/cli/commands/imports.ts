import type { Command } from "commander";
import { cancelImport } from "../../app/jobs/cancel-import.ts";
import { IMPORT_JOB, PULL_JOB } from "../../app/jobs/import-jobs.ts";
import type { Job } from "../../ports/job-queue.ts";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

/** `tocsin imports list|cancel`: the import and pull jobs started through the API. */
export function registerImportsCommand(program: Command, cli: Cli): void {
  const imports = program.command("imports").description("list or cancel import and pull jobs");
  storeOptions(imports.command("list").description("import and pull jobs, newest first (50)")).action(
    cli.action(async (flags: StoreFlags & Record<string, unknown>) => {
      const config = configFor(cli.io, flags);
      return withStore(
        config,
        "imports list",
        async (app) => {
          const page = await app.jobs.list({ kinds: [IMPORT_JOB, PULL_JOB], limit: 50 });
          if (flags.json) printJson(cli.io, page.items.map(summary));
          else for (const job of page.items) say(cli.io, line(job));
          return EXIT.ok;
        },
        { mustExist: true },
      );
    }),
  );
  storeOptions(
    imports
      .command("cancel")
      .description(
        "cancel a job: a queued one never runs; a running import stops at its next batch boundary (the batches it loaded stay whole; importing the file again loads the rest)",
      )
      .argument("<id>", "the job's id (tocsin imports list)"),
  ).action(
    cli.action(async (id: string, flags: StoreFlags & Record<string, unknown>) => {
      const config = configFor(cli.io, flags);
      return withStore(
        config,
        "imports cancel",
        async (app) => {
          const job = await cancelImport(app.jobs, id, config.actor);
          if (flags.json) printJson(cli.io, summary(job));
          else
            say(
              cli.io,
              job.status === "cancelled"
                ? `${job.id}: cancelled`
                : `${job.id}: cancel asked; the worker stops it at the next batch boundary (tocsin imports list shows when)`,
            );
          return EXIT.ok;
        },
        { mustExist: true },
      );
    }),
  );
}

function summary(job: Job) {
  const p = job.progress as { rowsRead?: number; rowsLoaded?: number; rowsRejected?: number };
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    cancelRequestedAt: job.cancelRequestedAt,
    rowsRead: p.rowsRead ?? 0,
    rowsLoaded: p.rowsLoaded ?? 0,
    rowsRejected: p.rowsRejected ?? 0,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    error: job.error,
  };
}

function line(job: Job): string {
  const s = summary(job);
  const what = String(
    (job.payload as { fileName?: string; dataset?: string }).fileName ?? job.payload.dataset,
  );
  const asked = s.status === "running" && s.cancelRequestedAt ? " (cancel asked)" : "";
  return `${s.id}  ${s.kind} ${what}  ${s.status}${asked}  read ${s.rowsRead}, loaded ${s.rowsLoaded}, rejected ${s.rowsRejected}  ${s.createdAt}`;
}
