/**
 * `tocsin alert draft|list|show|submit|publish|export`: alert documents on the command line (docs/alerts.md).
 * Register with `registerAlertCommand(program, cli)`. The caller is TOCSIN_ACTOR at TOCSIN_CLEARANCE.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { AppContext } from "../../bootstrap.ts";
import type { AlertVersion } from "../../domain/alerts/document/alert-version.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say, warn } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

interface AlertFlags extends StoreFlags {
  number?: string;
  status?: string;
  situation?: string;
  asOf?: string;
  knowledge?: string;
  place?: string;
  format?: string;
  out?: string;
  baseUrl?: string;
  preview?: boolean;
}

const FORMATS = ["html", "md", "json", "pdf"] as const;

export function registerAlertCommand(program: Command, cli: Cli): void {
  const alert = program
    .command("alert")
    .description("alert documents: draft, list, show, submit, publish, export");
  const run = (
    verb: string,
    fn: (app: AppContext, caller: Caller, flags: AlertFlags, ...args: string[]) => Promise<number>,
  ) =>
    cli.action(async (...args: unknown[]) => {
      const flags = args.at(-2) as AlertFlags;
      const config = configFor(cli.io, flags);
      const caller: Caller = { actor: config.actor, clearance: config.clearance };
      return withStore(
        config,
        `alert ${verb}`,
        (app) => fn(app, caller, flags, ...(args.slice(0, -2) as string[])),
        { mustExist: true },
      );
    });

  storeOptions(
    alert
      .command("draft <situation>")
      .description("draft an alert for a situation (its id): version 1, composed from its public evidence"),
  )
    .option("--as-of <date>", "assess as of this date, YYYY-MM-DD (default today)")
    .option("--knowledge <mode>", "recorded (default) or dated")
    .option("--place <text>", "the place in the title (default: the situation's name)")
    .action(
      run("draft", async (app, caller, flags, situation) => {
        const knowledge =
          flags.knowledge === undefined || flags.knowledge === "recorded" || flags.knowledge === "dated"
            ? flags.knowledge
            : usage(`--knowledge: expected recorded or dated, got "${flags.knowledge}"`, "draft");
        const x = await app.alerts.draft(
          situation as string,
          { asOf: flags.asOf, knowledge, place: flags.place },
          caller,
        );
        const v = x.versions[0] as AlertVersion;
        if (flags.json) printJson(cli.io, { ...x.alert, versions: x.versions });
        else
          say(
            cli.io,
            `drafted alert ${x.alert.id}: "${v.content.title}" (version 1, draft, ${v.content.recommendations.length} suggested recommendations)`,
          );
        return EXIT.ok;
      }),
    );

  storeOptions(alert.command("list").description("list alerts, newest first"))
    .option("--status <status>", "only alerts whose latest version is draft, in-review or published")
    .option("--situation <id>", "only the alerts of this situation")
    .action(
      run("list", async (app, caller, flags) => {
        const status =
          flags.status === undefined || ["draft", "in-review", "published"].includes(flags.status)
            ? (flags.status as AlertVersion["status"] | undefined)
            : usage(`--status: expected draft, in-review or published, got "${flags.status}"`, "list");
        const page = await app.alerts.list({ limit: 500, status, situationId: flags.situation }, caller);
        if (flags.json) {
          printJson(
            cli.io,
            page.items.map((x) => ({
              ...x.alert,
              versions: x.versions.map(({ content, ...v }) => ({
                ...v,
                title: content.title,
                level: content.level.value,
              })),
            })),
          );
          return EXIT.ok;
        }
        if (page.items.length === 0) say(cli.io, "no alerts");
        for (const x of page.items) {
          const last = x.versions.at(-1) as AlertVersion;
          say(cli.io, `${x.alert.id}  v${last.number} ${last.status.padEnd(9)} ${last.content.title}`);
        }
        return EXIT.ok;
      }),
    );

  storeOptions(
    alert
      .command("show <id>")
      .description("one alert: its versions, or one version's content with --version"),
  )
    .option("--number <n>", "a version number (default: the latest the caller may see)")
    .action(
      run("show", async (app, caller, flags, id) => {
        const { version, versions } = await app.alerts.version(
          id as string,
          versionOf(flags, "show") ?? "latest",
          caller,
        );
        if (flags.json) {
          printJson(cli.io, version);
          return EXIT.ok;
        }
        say(cli.io, version.content.title);
        for (const v of versions)
          say(
            cli.io,
            `  v${v.number} ${v.status}${v.publishedAt ? ` ${v.publishedAt.slice(0, 10)}` : ""}${v.changeNote ? `: ${v.changeNote}` : ""}`,
          );
        say(
          cli.io,
          `version ${version.number}: ${version.content.recommendations.length} recommendations, revision ${version.revision}`,
        );
        return EXIT.ok;
      }),
    );

  for (const verb of ["submit", "publish"] as const) {
    storeOptions(
      alert
        .command(`${verb} <id>`)
        .description(
          verb === "submit"
            ? "submit the open draft for review"
            : "publish the version in review (it becomes immutable)",
        ),
    )
      .option("--number <n>", "the version number (default: the latest)")
      .action(
        run(verb, async (app, caller, flags, id) => {
          const { version } = await app.alerts.version(
            id as string,
            versionOf(flags, verb) ?? "latest",
            caller,
          );
          const v = await app.alerts[verb](id as string, version.number, version.revision, caller);
          if (flags.json) printJson(cli.io, v);
          else
            say(
              cli.io,
              `alert ${id} version ${v.number} is ${v.status}${v.contentSha256 ? ` (content SHA-256 ${v.contentSha256})` : ""}`,
            );
          return EXIT.ok;
        }),
      );
  }

  storeOptions(
    alert
      .command("export <id>")
      .description("render a published version (default: the latest) as html, md, json or pdf"),
    { json: false },
  )
    .requiredOption("--format <format>", "html, md, json or pdf")
    .option("--number <n>", "a published version number (default: the latest published)")
    .option("--out <file>", "write to this file (default: stdout; required for pdf on a terminal)")
    .option("--base-url <url>", "the origin the links point to (default http://localhost:8080)")
    .option("--preview", "also render a draft or a version in review (marked as such)")
    .action(
      run("export", async (app, caller, flags, id) => {
        const format =
          FORMATS.find((f) => f === flags.format) ??
          usage(`--format: expected html, md, json or pdf, got "${flags.format}"`, "export");
        const { renderAlert } = await import("../../app/alerts/render/outputs.ts");
        const out = await renderAlert(
          app.alerts,
          id as string,
          versionOf(flags, "export") ?? "published",
          format,
          caller,
          {
            baseUrl: flags.baseUrl ?? "http://localhost:8080",
            publishedOnly: !flags.preview,
          },
        );
        for (const w of out.warnings) warn(cli.io, w);
        if (flags.out) {
          writeFileSync(flags.out, out.body);
          cli.io.stderr.write(`wrote ${flags.out}\n`);
        } else if (format === "pdf" && cli.io.isTTY) {
          throw new CliError(
            "a PDF is not written to a terminal",
            "give --out FILE, or redirect stdout",
            EXIT.usage,
            "usage",
          );
        } else cli.io.stdout.write(out.body);
        return EXIT.ok;
      }),
    );
}

function versionOf(flags: AlertFlags, verb: string): number | undefined {
  if (flags.number === undefined) return undefined;
  const n = Number(flags.number);
  return Number.isInteger(n) && n >= 1
    ? n
    : usage(`--number: expected a version number, got "${flags.number}"`, verb);
}

function usage(message: string, verb: string): never {
  throw new CliError(message, `see tocsin alert ${verb} --help`, EXIT.usage, "usage");
}
