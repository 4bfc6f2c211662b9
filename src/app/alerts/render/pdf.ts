import PDFDocument from "pdfkit";
import type { Episode } from "../../../domain/alerts/document/alert-document.ts";
import { addresseeLabel } from "../../../domain/alerts/recommendations/addressees.ts";
import {
  ACT_WORDS,
  dayText,
  episodeDate,
  FEED_PATH,
  levelLabel,
  paragraphs,
  type RenderInput,
  STATUS_NOTE,
  sourceLine,
  tollText,
  versionUrl,
} from "./format.ts";
import { type PdfFonts, pdfFonts } from "./pdf-fonts.ts";

export interface PdfOptions {
  /** Deflate the page streams (default true); tests read uncompressed text. */
  compress?: boolean;
  fonts?: PdfFonts;
}

/**
 * The alert as a PDF, rendered offline with pdfkit and an embedded Unicode TrueType font (see
 * pdf-fonts.ts). Returns the bytes and any warning (a missing font).
 */
export async function renderPdf(
  r: RenderInput,
  options: PdfOptions = {},
): Promise<{ bytes: Buffer; warnings: string[] }> {
  const fonts = options.fonts ?? pdfFonts();
  const c = r.content;
  const v = r.version;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 62, right: 62 },
    compress: options.compress ?? true,
    info: {
      Title: c.title,
      Subject: `Alert ${r.alert.id}, version ${v.number}`,
      Creator: "tocsin",
      Producer: "tocsin (pdfkit)",
      CreationDate: new Date(v.publishedAt ?? v.updatedAt),
    },
    lang: "en",
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on("data", (b: Buffer) => chunks.push(b));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont("body", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const t = (s: string) => (fonts.unicode ? s : latin1(s));
  const bullet = fonts.unicode ? "•" : "-";
  const text = (s: string, size = 10.5, font = "body", extra: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor("#1b1b1b")
      .text(t(s), { paragraphGap: 4, ...extra });
  const heading = (s: string) => {
    doc.moveDown(0.6);
    text(s, 13.5, "bold");
    doc.moveDown(0.2);
  };
  const item = (s: string, indent = 12) => text(`${bullet} ${s}`, 9.5, "body", { indent });

  if (STATUS_NOTE[v.status]) text(STATUS_NOTE[v.status] as string, 11, "bold");
  text(`LEVEL: ${levelLabel(c.level.value).toUpperCase()}`, 11, "bold");
  text(c.title, 19, "bold");
  text(
    `Version ${v.number} · ${v.status === "published" ? `published ${dayText(v.publishedAt)}` : v.status} · assessed as of ${dayText(c.determination.asOf)}`,
    9.5,
  );
  if (v.correctionOf !== null)
    text(`Correction of version ${v.correctionOf}. ${v.changeNote ?? ""}`, 10, "bold");
  text(
    `Situation: ${c.situation.name}${c.situation.groups.length ? `. Targeted group(s): ${c.situation.groups.join(", ")}` : ""}${c.situation.perpetrators.length ? `. Alleged perpetrator(s): ${c.situation.perpetrators.join(", ")}` : ""}.`,
    9.5,
  );

  heading("Summary");
  for (const p of paragraphs(c.summary)) text(p);
  heading("Background");
  for (const p of paragraphs(c.background.text)) text(p);
  episodes(c.background.episodes);
  heading("Current situation");
  for (const p of paragraphs(c.currentSituation.text)) text(p);
  episodes(c.currentSituation.events);
  heading("Determination");
  for (const p of paragraphs(c.determination.text)) text(p);
  for (const s of c.determination.stages) {
    const over = s.override
      ? ` (analyst's judgement; computed: ${s.computedLevel}. ${s.override.reason})`
      : "";
    text(`Stage ${s.stage}: ${s.name}: ${s.level}${over}`, 10.5, "bold");
    for (const i of s.indicators) {
      item(`${i.title} (${i.level})`);
      for (const x of i.evidence) {
        const src = x.sources.map((y) => `${y.name} ${y.reliability}${y.credibility ?? ""}`).join("; ");
        item(
          `${x.title.slice(0, 240)} (${dayText(x.date)}${x.toll ? `; deaths ${tollText(x.toll)}` : ""}${x.contested ? "; contested" : ""})${src ? `: ${src}` : ""}`,
          26,
        );
      }
    }
  }
  if (c.determination.riskFactors.length) {
    text("UN Framework of Analysis for Atrocity Crimes", 10.5, "bold");
    for (const f of c.determination.riskFactors) item(`Risk factor ${f.number}: ${f.name} (${f.level})`);
  }
  heading("Alert level");
  text(`${levelLabel(c.level.value)}.`, 10.5, "bold");
  if (c.level.rule) text(`Set by rule ${c.level.rule.id}: ${c.level.rule.because}`);
  if (c.level.override)
    text(
      `Analyst's judgement over the computed level (${levelLabel(c.level.computed)}), ${dayText(c.level.override.at)}: ${c.level.override.reason}`,
    );
  for (const x of c.level.concerns) text(`Concern (${x.id}): ${x.because}`);
  heading("Recommendations");
  for (const [i, x] of c.recommendations.entries())
    text(`${i + 1}. To ${addresseeLabel(x.addressee)}: ${x.text}`, 10.5, "body", { indent: 0 });
  heading("Data sources and attributions");
  if (c.attributions.length === 0) text("No dataset is cited in this alert.", 9.5);
  for (const a of c.attributions) {
    const bits = [
      a.licence ? `Licence: ${a.licence}.` : "",
      a.version ? `Version ${a.version}.` : "",
      a.accessedAt ? `Accessed ${dayText(a.accessedAt)}.` : "",
      a.filters ? `Filters: ${a.filters}.` : "",
      a.url ?? "",
    ].filter(Boolean);
    item(`${a.dataset}: ${a.text} ${bits.join(" ")}`, 0);
    if (a.notice) text(a.notice, 8.5, "body", { indent: 12 });
  }
  heading("Versions");
  if (r.history.length === 0) text("Not published yet.", 9.5);
  for (const h of r.history)
    item(
      `Version ${h.number}, published ${dayText(h.publishedAt)}${h.changeNote ? `: ${h.changeNote}` : ""}`,
      0,
    );
  doc.moveDown(1);
  text(
    `Published with tocsin. Method: ${c.determination.method.catalogue}, rules ${c.determination.method.rules} (${c.determination.method.reading}). This version: ${versionUrl(r, "html")}. Atom feed: ${r.baseUrl}${FEED_PATH}.`,
    8.5,
  );
  if (v.contentSha256) text(`Content SHA-256: ${v.contentSha256}`, 8);
  if (fonts.warning) text(`Note: ${fonts.warning}`, 8);
  doc.end();
  await done;
  return { bytes: Buffer.concat(chunks), warnings: fonts.warning ? [fonts.warning] : [] };

  function episodes(list: readonly Episode[]) {
    for (const e of list) {
      doc.moveDown(0.3);
      text(e.title, 11, "bold");
      text(
        [
          episodeDate(e),
          e.place,
          `deaths: ${tollText(e.toll)}`,
          e.contested ? "contested: sources disagree" : "",
          e.acts.map(ACT_WORDS).join(", "),
        ]
          .filter(Boolean)
          .join(" · "),
        9.5,
      );
      if (e.description) text(e.description, 10);
      for (const s of e.sources) item(sourceLine(s));
    }
  }
}

/** Helvetica covers Latin-1 (WinAnsi): typographic quotes and dashes are mapped, the rest becomes "?". */
function latin1(s: string): string {
  return s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/·/g, "-")
    .replace(/[^\u0020-\u00ff\n]/g, "?");
}
