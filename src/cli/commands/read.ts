// `tocsin read <file|-> [--json] [--date YYYY-MM-DD]`: reads a report (UTF-8 text) into suggested events and
// the source's own claims, with the built-in gazetteer of countries (no store needed). The JSON contract is
// in docs/reading.md. Suggestions for a person to confirm; nothing is stored.
import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { gazetteerFor } from "../../app/reading/gazetteer-for.ts";
import { loadTownIndex, TOWN_CREDIT } from "../../app/reading/town-index-store.ts";
import { readingJson } from "../../domain/reading/contract.ts";
import { readText } from "../../domain/reading/read-text.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";

async function input(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  let bytes: Buffer;
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const c of stdin) chunks.push(Buffer.from(c as Buffer));
    bytes = Buffer.concat(chunks);
  } else {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile())
      throw new CliError(
        `read: ${file}: no such file`,
        "give a text file, or - for stdin",
        EXIT.usage,
        "usage",
      );
    bytes = await readFile(file);
  }
  if (bytes.subarray(0, 8192).includes(0))
    throw new CliError(
      `read: ${file}: looks binary (NUL bytes)`,
      "give UTF-8 text (convert PDFs and UTF-16 first)",
      EXIT.usage,
      "usage",
    );
  return new TextDecoder("utf-8").decode(bytes);
}

export function registerReadCommand(program: Command, cli: Cli): void {
  program
    .command("read")
    .description(
      "read a report (UTF-8 text) into suggested events: dates, places, groups, actors, acts, tolls",
    )
    .argument("<file>", 'a text file, or "-" for standard input')
    .option("--json", "print the reading as JSON (docs/reading.md)")
    .addHelpText("after", `\n${TOWN_CREDIT}.`)
    .option("--date <date>", 'when the report was written (YYYY-MM-DD): the year of dates like "on 3 May"')
    .action(
      cli.action(async (file: string, opts: { json?: boolean; date?: string }) => {
        let reference: Date | null = null;
        if (opts.date) {
          reference = new Date(`${opts.date}T00:00:00Z`);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date) || Number.isNaN(reference.getTime()))
            throw new CliError(
              `--date: expected YYYY-MM-DD (got ${opts.date})`,
              "see tocsin read --help",
              EXIT.usage,
              "usage",
            );
        }
        const text = await input(file, cli.io.stdin as NodeJS.ReadableStream);
        const reading = readingJson(
          readText(text, { gazetteer: gazetteerFor(), reference, towns: loadTownIndex() }),
        );
        if (opts.json) {
          printJson(cli.io, reading);
          return EXIT.ok;
        }
        say(
          cli.io,
          `language ${reading.language}, ${reading.sentences} sentences, ${reading.events.length} suggested events`,
        );
        for (const e of reading.events) {
          const parts = [
            e.date ? `${e.date.start}${e.date.end ? `..${e.date.end}` : ""}` : "no date",
            e.places.map((p) => p.name).join(", ") || "no place",
            e.acts.join(", ") || "no act",
            e.fatalities
              ? `deaths ${e.fatalities.low ?? "?"}/${e.fatalities.best ?? "?"}/${e.fatalities.high ?? "?"}`
              : "",
          ].filter(Boolean);
          say(cli.io, `[${e.start}-${e.end}] ${parts.join(" | ")} (${e.confidence})`, `    ${e.text}`);
        }
        for (const c of reading.claims) say(cli.io, `claim ${c.kind} ${c.value}: ${c.text}`);
        return EXIT.ok;
      }),
    );
}
