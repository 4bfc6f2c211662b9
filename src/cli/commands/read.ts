// `tocsin read <file|url|-> [--json] [--date YYYY-MM-DD]`: reads a report into suggested events and the
// source's own claims. A file (plain text, Markdown, HTML or PDF, by its bytes and name) is read with the
// built-in gazetteers (countries, demonyms, GeoNames towns, group and force names): no store needed, nothing
// stored. A URL is fetched over
// HTTP(S), stored as a Document (original hashed, text working copy, its URL and fetch time), and read
// with what the store knows into suggestions for the review queue. The JSON contract is in docs/reading.md.
import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { HttpDownloader } from "../../adapters/download/http-downloader.ts";
import { gazetteerFor } from "../../app/reading/gazetteer-for.ts";
import { extractReport, fetchReport } from "../../app/reading/report-document.ts";
import { loadTownIndex, TOWN_CREDIT } from "../../app/reading/town-index-store.ts";
import { type ReadingJson, readingJson } from "../../domain/reading/contract.ts";
import { readText } from "../../domain/reading/read-text.ts";
import { DownloadError } from "../../ports/downloader.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

async function input(file: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const c of stdin) chunks.push(Buffer.from(c as Buffer));
    return Buffer.concat(chunks);
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile())
    throw new CliError(
      `read: ${file}: no such file`,
      "give a text, Markdown, HTML or PDF file, a http(s) URL, or - for stdin",
      EXIT.usage,
      "usage",
    );
  return readFile(file);
}

/** The text of a file's bytes, or a usage error saying why there is none (unreadable PDF, binary). */
async function fileText(file: string, bytes: Uint8Array): Promise<string> {
  const r = await extractReport(bytes, { name: file === "-" ? null : file });
  if (r.kind === "pdf" && r.text === null)
    throw new CliError(
      `read: ${file}: ${r.notes.join("; ")}`,
      "convert it to text first (e.g. pdftotext, or OCR for a scan), or upload it with its text (POST /api/v1/documents, field text)",
      EXIT.usage,
      "usage",
    );
  if (r.text === null)
    throw new CliError(
      `read: ${file}: looks binary (NUL bytes)`,
      "give UTF-8 text, Markdown or HTML (convert UTF-16 first)",
      EXIT.usage,
      "usage",
    );
  return r.text;
}

function print(cli: Cli, reading: ReadingJson): void {
  say(
    cli.io,
    `language ${reading.language}, ${reading.sentences} sentences, ${reading.events.length} suggested events`,
  );
  for (const e of reading.events) {
    const parts = [
      e.date ? `${e.date.start}${e.date.end ? `..${e.date.end}` : ""}` : "no date",
      e.places
        .map((p) => (p.country && p.precision !== "country" ? `${p.name} (${p.country})` : p.name))
        .join(", ") || "no place",
      e.acts.join(", ") || "no act",
      e.fatalities
        ? `deaths ${e.fatalities.low ?? "?"}/${e.fatalities.best ?? "?"}/${e.fatalities.high ?? "?"}`
        : "",
    ].filter(Boolean);
    say(cli.io, `[${e.start}-${e.end}] ${parts.join(" | ")} (${e.confidence})`, `    ${e.text}`);
  }
  for (const c of reading.claims) say(cli.io, `claim ${c.kind} ${c.value}: ${c.text}`);
}

export function registerReadCommand(program: Command, cli: Cli): void {
  storeOptions(
    program
      .command("read")
      .description(
        "read a report (text, Markdown, HTML or PDF file, or a URL to fetch and store) into suggested events: dates, places, groups, actors, acts, tolls",
      )
      .argument("<file|url>", 'a file, "-" for standard input, or a http(s) URL (fetched and stored)')
      .option("--json", "print the reading as JSON (docs/reading.md)")
      .option("--date <date>", 'when the report was written (YYYY-MM-DD): the year of dates like "on 3 May"')
      .addHelpText(
        "after",
        `\nA URL is stored in the data folder's store (--data) with its fetch time.\n${TOWN_CREDIT}.`,
      ),
    { json: false },
  ).action(
    cli.action(async (file: string, opts: StoreFlags & { json?: boolean; date?: string }) => {
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
      if (/^https?:\/\//i.test(file)) return readUrl(cli, file, opts);
      const text = await fileText(file, await input(file, cli.io.stdin as NodeJS.ReadableStream));
      const reading = readingJson(
        readText(text, { gazetteer: gazetteerFor(), reference, towns: loadTownIndex() }),
      );
      if (opts.json) printJson(cli.io, reading);
      else print(cli, reading);
      return EXIT.ok;
    }),
  );
}

async function readUrl(cli: Cli, url: string, opts: StoreFlags & { json?: boolean }): Promise<number> {
  const config = configFor(cli.io, opts);
  const caller = { actor: config.actor, clearance: config.clearance };
  return withStore(config, "read", async (app) => {
    let stored: Awaited<ReturnType<typeof fetchReport>>;
    try {
      stored = await fetchReport(
        { evidence: app.evidence, clock: app.clock, downloader: new HttpDownloader() },
        url,
        caller,
      );
    } catch (error) {
      if (error instanceof DownloadError)
        throw new CliError(
          `read: ${error.message}`,
          "check the URL and the network",
          EXIT.unavailable,
          "download",
        );
      throw error;
    }
    const filed =
      stored.extract.text === null
        ? null
        : await app.reading.fileDocument(stored.documentId, caller, { read: true, screen: false });
    const document = {
      id: stored.documentId,
      sha256: stored.sha256,
      originUrl: url,
      finalUrl: stored.finalUrl,
      fetchedAt: stored.fetchedAt,
      mediaType: stored.extract.mediaType,
      notes: stored.extract.notes,
    };
    if (opts.json) {
      printJson(cli.io, { document, suggestions: filed?.readingCounts ?? null, ...(filed?.reading ?? {}) });
      return EXIT.ok;
    }
    say(
      cli.io,
      `stored document ${document.id} (${document.mediaType}, sha256 ${document.sha256}) from ${url} at ${document.fetchedAt}`,
    );
    for (const n of document.notes) say(cli.io, `note: ${n}`);
    if (filed?.reading) {
      say(
        cli.io,
        `suggestions: ${filed.readingCounts.added} added, ${filed.readingCounts.existing} already there`,
      );
      print(cli, filed.reading);
    }
    return EXIT.ok;
  });
}
