// Reports into Documents: the original bytes stored and hashed untouched, the text extracted from them
// (plain text, Markdown, HTML; PDF by its text layer, ingest/pdf-text.ts in a thread with time and memory
// limits, pdf-text-thread.ts, past which nothing is stored; a PDF that cannot be read, or
// binary bytes, kept without a text copy and a note saying why) stored as the "text"
// working copy, the language identified (franc-min, ISO 639-3). `fetchReport` fetches a URL first (the
// download adapter: redirects, length checked) and records where and when it was fetched.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ValidationError } from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { type ReportText, reportText } from "../../domain/reading/ingest/report-text.ts";
import { identifyLanguage } from "../../domain/reading/language.ts";
import type { Clock } from "../../ports/clock.ts";
import { DownloadError, type Downloader } from "../../ports/downloader.ts";
import type { EvidenceService } from "../evidence.service.ts";
import { type PdfLimits, pdfTextInThread } from "./pdf-text-thread.ts";

/** The most a fetched report may weigh: the document upload limit. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

export interface ReportExtract extends ReportText {
  /** ISO 639-3 from the text, or null when there is none or it is unclear. */
  language: string | null;
}

/**
 * The text working copy and language of a report's bytes (a PDF's text layer through pdf.js, in a worker
 * thread within `pdfLimits`, PDF_LIMITS by default: past them a `PdfLimitError`).
 */
export async function extractReport(
  bytes: Uint8Array,
  hints: { mediaType?: string | null; name?: string | null } = {},
  options: { pdfLimits?: Partial<PdfLimits> } = {},
): Promise<ReportExtract> {
  let r = reportText(bytes, hints);
  if (r.kind === "pdf") {
    const pdf = await pdfTextInThread(bytes, { name: hints.name, limits: options.pdfLimits });
    r = { ...r, text: pdf.text, notes: pdf.notes };
  }
  const lang = r.text ? identifyLanguage(r.text) : "und";
  return { ...r, language: lang === "und" ? null : lang };
}

export interface StoredReport {
  documentId: string;
  sha256: string;
  extract: ReportExtract;
}

/** Stores a report's bytes as a Document with its extracted text (none for binary or an unreadable PDF). */
export async function storeReport(
  evidence: EvidenceService,
  bytes: Uint8Array,
  meta: {
    title?: string | null;
    name?: string | null;
    mediaType?: string | null;
    originUrl?: string | null;
    collectedAt?: string | null;
    method?: string | null;
    sourceId?: string | null;
  },
  caller: Caller,
): Promise<StoredReport> {
  if (bytes.length === 0)
    throw new ValidationError("report: empty", [{ path: "file", message: "the report is empty" }]);
  const extract = await extractReport(bytes, {
    mediaType: meta.mediaType,
    name: meta.name ?? meta.originUrl,
  });
  const record = await evidence.addDocument(
    bytes,
    {
      title: (meta.title ?? extract.title ?? meta.name ?? meta.originUrl ?? "report").slice(0, 1000),
      originUrl: meta.originUrl ?? null,
      collectedAt: meta.collectedAt ?? null,
      method: meta.method ?? null,
      sourceId: meta.sourceId ?? null,
      mediaType: extract.mediaType,
      language: extract.language,
    },
    caller,
    extract.text,
  );
  return { documentId: record.id, sha256: record.sha256, extract };
}

/** Fetches a report over HTTP(S) and stores it with its URL and fetch time. */
export async function fetchReport(
  deps: { evidence: EvidenceService; clock: Clock; downloader: Downloader },
  url: string,
  caller: Caller,
  options: { maxBytes?: number; signal?: AbortSignal } = {},
): Promise<StoredReport & { finalUrl: string; fetchedAt: string }> {
  if (!/^https?:\/\//i.test(url))
    throw new ValidationError(`url: expected http(s) (got ${url})`, [
      { path: "url", message: "not http(s)" },
    ]);
  const max = options.maxBytes ?? MAX_REPORT_BYTES;
  const dir = await mkdtemp(join(tmpdir(), "tocsin-read-"));
  const tooBig = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, tooBig.signal]) : tooBig.signal;
  try {
    const fetchedAt = deps.clock.now().toISOString();
    const part = join(dir, "report.part");
    let result: Awaited<ReturnType<Downloader["fetchTo"]>>;
    try {
      result = await deps.downloader.fetchTo(url, part, {
        signal,
        onBytes: (received, total) => {
          if (received > max || (total !== null && total > max)) tooBig.abort();
        },
      });
    } catch (error) {
      if (tooBig.signal.aborted)
        throw new ValidationError(`${url}: larger than ${max} bytes`, [
          { path: "url", message: "too large" },
        ]);
      throw error instanceof DownloadError
        ? error
        : new DownloadError("network", `${url}: ${(error as Error).message}`, true);
    }
    const bytes = new Uint8Array(await readFile(part));
    const stored = await storeReport(
      deps.evidence,
      bytes,
      {
        originUrl: url,
        name: new URL(result.finalUrl).pathname,
        collectedAt: fetchedAt,
        method:
          result.finalUrl === url
            ? "fetched over HTTP(S) by tocsin read"
            : `fetched over HTTP(S) by tocsin read (redirected to ${result.finalUrl})`.slice(0, 1000),
      },
      caller,
    );
    return { ...stored, finalUrl: result.finalUrl, fetchedAt };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
