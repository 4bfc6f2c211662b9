import { FICTIONAL } from "./constants.ts";
import type { DocumentSpec } from "./types.ts";

type DocBase = Omit<DocumentSpec, "original" | "text" | "mediaType" | "language">;

const BANNER = `[${FICTIONAL.toUpperCase()}: every name, place and event in this document is invented]`;

/** A plain-text report with numbered paragraphs (claims cite them as "para. N"). Original and text agree. */
export function plainReport(base: DocBase, paragraphs: string[]): DocumentSpec {
  const body = [BANNER, "", base.title, "", ...paragraphs.map((p, i) => `${i + 1}. ${p}`), ""].join("\n");
  return { ...base, mediaType: "text/plain", language: "en", original: body, text: body };
}

/** A web page as collected (HTML original); its working copy is the extracted text with numbered paragraphs. */
export function webPage(base: DocBase, paragraphs: string[]): DocumentSpec {
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(base.title)}</title></head><body>`,
    `<p class="banner">${escapeHtml(BANNER)}</p>`,
    `<h1>${escapeHtml(base.title)}</h1>`,
    ...paragraphs.map((p, i) => `<p id="p${i + 1}">${escapeHtml(p)}</p>`),
    "</body></html>",
    "",
  ].join("\n");
  const text = [BANNER, "", base.title, "", ...paragraphs.map((p, i) => `${i + 1}. ${p}`), ""].join("\n");
  return { ...base, mediaType: "text/html", language: "en", original: html, text };
}

/** A capture of social-media posts as JSON (the original); the working copy is the posts' text. */
export function postCapture(base: DocBase, posts: { id: string; at: string; text: string }[]): DocumentSpec {
  const original = `${JSON.stringify({ notice: BANNER, account: "@orvanne_eyes", posts }, null, 2)}\n`;
  const text = [BANNER, "", base.title, "", ...posts.map((p, i) => `${i + 1}. [${p.at}] ${p.text}`), ""].join(
    "\n",
  );
  return { ...base, mediaType: "application/json", language: "en", original, text };
}

function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
