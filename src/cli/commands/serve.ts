import type { Command } from "commander";
import { z } from "zod";
import { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { AUTH_MODES } from "../../http/caller.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import type { CliIo } from "../io.ts";
import { note, printJson, say } from "../output.ts";
import { createProgress } from "../progress.ts";
import { configFor, describeStore, parseFlags, type StoreFlags, storeOptions } from "../store-options.ts";

const ServeFlags = z.object({
  // 0 asks the system for a free port (tests use it).
  port: z.coerce.number().int().min(0).max(65535).optional(),
  host: z.string().min(1).optional(),
  clearance: Sensitivity.optional(),
  public: z.boolean().optional(),
  demoIfEmpty: z.boolean().optional(),
  worker: z.boolean().optional(),
  auth: z.enum(AUTH_MODES).optional(),
  secureCookies: z.boolean().optional(),
});

/** `tocsin serve`: the HTTP API and web app, until SIGINT or SIGTERM. */
export function registerServeCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("serve")
      .description("serve the HTTP API and the web app on the store (stop with Ctrl+C or SIGTERM)")
      .option("--port <port>", "TCP port (env PORT, default 8080)")
      .option(
        "--host <host>",
        "address to listen on (env HOST, default 127.0.0.1; 0.0.0.0 for every interface)",
      )
      .option(
        "--clearance <level>",
        "the most any caller of this server may see: public, internal or confidential (env TOCSIN_CLEARANCE, default internal)",
      )
      .option("--public", "public mode: serve only what may be published (clearance public)")
      .option(
        "--demo-if-empty",
        "on an empty store, load the fictional training scenario first (npm start does)",
      )
      .option("--no-worker", "do not run queued jobs (imports) in this process: run tocsin worker instead")
      .option(
        "--auth <mode>",
        "auto (default): open local mode, no login, while the store has no account, and a login (session or API token) required as soon as one exists (tocsin user add); required: a login always; open: no login needed even with accounts",
      )
      .option(
        "--secure-cookies",
        "mark the session cookie Secure over http too (behind a TLS-terminating proxy)",
      )
      .addHelpText(
        "after",
        "\nAccounts: tocsin user add <name> --role viewer|analyst|reviewer|admin --clearance public|internal|confidential\n" +
          "(password from a prompt or stdin). Each account's clearance is capped by --clearance. Public mode (--public)\n" +
          "is read-only at public clearance for everyone, without login.",
      ),
  ).action(
    cli.action(async (raw: StoreFlags & Record<string, unknown>) => {
      const { io } = cli;
      const flags = parseFlags(ServeFlags, raw, "serve");
      const config = configFor(io, raw, { port: flags.port, host: flags.host, clearance: flags.clearance });
      const publicMode = Boolean(flags.public);
      const clearance = publicMode ? "public" : config.clearance;
      // Loaded here, not at the top: the rest of the CLI does not need the HTTP server.
      const [{ openApp }, { startServer }, { describeLoad, isStoreEmpty, loadDemoScenario }] =
        await Promise.all([
          import("../../bootstrap.ts"),
          import("../../http/server.ts"),
          import("../../app/demo/load-demo.ts"),
        ]);
      const app = await openApp(
        { dataDir: config.dataDir, databaseUrl: config.databaseUrl },
        { command: "tocsin serve" },
      );
      try {
        if (flags.demoIfEmpty && (await isStoreEmpty(app))) {
          note(io, "the store is empty: loading the fictional training scenario (an imaginary country)");
          const progress = createProgress(io, "demo", io.isTTY || !raw.json);
          const result = await loadDemoScenario(app, {
            onProgress: (done, total) => progress.update({ part: "records", done, total }),
          });
          progress.end();
          note(io, describeLoad(result));
        }
        const server = await startServer(app, {
          port: config.port,
          host: config.host,
          clearance,
          publicMode,
          auth: flags.auth,
          secureCookies: flags.secureCookies,
        }).catch((error: Error) => {
          throw new CliError(
            error.message,
            "choose another --port (env PORT) or --host (env HOST)",
            EXIT.failed,
            "cannot-listen",
          );
        });
        if (raw.json)
          printJson(io, { ok: true, url: server.url, engine: app.database.engine, clearance, publicMode });
        else {
          say(io, `tocsin is serving the ${describeStore(config)} on ${server.url}`);
          note(io, `clearance ${clearance}${publicMode ? " (public mode)" : ""}; stop with Ctrl+C`);
          if (!publicMode) note(io, await describeAuth(app, flags.auth ?? "auto"));
        }
        // Imports started through the API run as jobs; on the embedded store no other process can run them.
        const { openWorker } = await import("../../adapters/queue/open-worker.ts");
        const worker = flags.worker === false ? null : openWorker(app, { log: (line) => note(io, line) });
        worker?.start();
        // TOCSIN_RULES edited on disk, or SIGHUP: the rules reload (a file that does not validate is refused).
        const { watchDeploymentRules } = await import("../../app/assessment/rule-watcher.ts");
        const rules = watchDeploymentRules(process.env, app.jobs, (line) => note(io, line));
        const why = await stopRequested(io);
        note(io, `${why}: stopping`);
        rules?.stop();
        await server.close();
        await worker?.stop();
      } finally {
        await app.close();
      }
      return EXIT.ok;
    }),
  );
}

/** Says whether a login is needed, so that nobody believes a server protected that is not. */
async function describeAuth(
  app: { auth: { authentication: { hasUsers(): Promise<boolean> } } },
  mode: string,
): Promise<string> {
  if (mode === "required") return "login required (--auth required)";
  if (mode === "open")
    return "open local mode (--auth open): no login needed; anyone who can reach this address acts freely";
  return (await app.auth.authentication.hasUsers())
    ? "login required: the store has accounts (tocsin user list)"
    : "open local mode: no account yet, so no login; tocsin user add makes the server require one";
}

/** Resolves on SIGINT, SIGTERM or the io's abort signal; a second Ctrl+C then ends the process as usual. */
function stopRequested(io: CliIo): Promise<string> {
  return new Promise((resolve) => {
    const stop = (why: string) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      io.signal?.removeEventListener("abort", onAbort);
      resolve(why);
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    const onAbort = () => stop("asked to stop");
    process.once("SIGINT", onInt);
    process.once("SIGTERM", onTerm);
    if (io.signal?.aborted) onAbort();
    else io.signal?.addEventListener("abort", onAbort, { once: true });
  });
}
