// A report's bytes -> its media type and the text to read (the document's "text" working copy). Plain text,
// Markdown and HTML are read here; a PDF's text layer is read by `pdfText` (pdf-text.ts, asynchronous and
// lazily loaded; `extractReport` in src/app/reading does both); binary bytes are kept without a text copy. The type is the one stated (upload form, HTTP Content-Type), else guessed
// from the file name's extension, else sniffed from the bytes ("%PDF-", "<!doctype html", "<html").
import { htmlToText } from "./html-text.ts";
import { markdownToText } from "./markdown-text.ts";

export type ReportKind = "text" | "markdown" | "html" | "pdf" | "binary";

export interface ReportText {
  kind: ReportKind;
  mediaType: string;
  /** The text to read, or null when none could be had (binary; a PDF until pdf-text.ts has read it). */
  text: string | null;
  /** The HTML page's title, when it has one. */
  title: string | null;
  /** Why there is no text, or what was altered ("invalid UTF-8 replaced"). */
  notes: string[];
}

const TYPES: Record<ReportKind, string> = {
  text: "text/plain",
  markdown: "text/markdown",
  html: "text/html",
  pdf: "application/pdf",
  binary: "application/octet-stream",
};

function kindOfType(mediaType: string | null | undefined): ReportKind | null {
  const t = (mediaType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (t === "text/html" || t === "application/xhtml+xml") return "html";
  if (t === "text/markdown" || t === "text/x-markdown") return "markdown";
  if (t === "application/pdf") return "pdf";
  if (t === "text/plain") return "text";
  return null;
}

function kindOfName(name: string | null | undefined): ReportKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec((name ?? "").split(/[?#]/)[0] ?? "")?.[1]?.toLowerCase();
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "pdf") return "pdf";
  if (ext === "txt" || ext === "text") return "text";
  return null;
}

function sniff(bytes: Uint8Array): ReportKind {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.startsWith("%PDF-")) return "pdf";
  if (bytes.subarray(0, 8192).includes(0)) return "binary";
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head))
    return "html";
  return "text";
}

/** The charset an HTML page declares in its first 1,024 bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decode(bytes: Uint8Array, charset: string | null, notes: string[]): string {
  let label = charset && charset !== "utf-8" && charset !== "utf8" ? charset : "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    notes.push(`unknown charset ${charset}: read as UTF-8`);
    label = "utf-8";
    decoder = new TextDecoder(label, { fatal: true });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    notes.push(`invalid ${label} replaced`);
    return new TextDecoder(label).decode(bytes);
  }
}

export function reportText(
  bytes: Uint8Array,
  hints: { mediaType?: string | null; name?: string | null } = {},
): ReportText {
  const sniffed = sniff(bytes);
  // Bytes outrank a name: a ".txt" that is a PDF is a PDF; a stated type outranks a name.
  const kind =
    sniffed === "pdf" || sniffed === "binary"
      ? sniffed
      : (kindOfType(hints.mediaType) ?? kindOfName(hints.name) ?? sniffed);
  const notes: string[] = [];
  const base = { kind, mediaType: TYPES[kind], title: null as string | null, notes };
  if (kind === "pdf") {
    notes.push("PDF: its text layer is read by pdf-text.ts (extractReport), not here");
    return { ...base, text: null };
  }
  if (kind === "binary") {
    notes.push("binary (NUL bytes): stored without a text copy");
    return { ...base, text: null };
  }
  const raw = decode(bytes, kind === "html" ? declaredCharset(bytes) : null, notes).replace(/^\ufeff/, "");
  if (kind === "html") {
    const page = htmlToText(raw);
    return { ...base, text: page.text, title: page.title };
  }
  if (kind === "markdown") return { ...base, text: markdownToText(raw) };
  return { ...base, text: raw };
}
