import PDFDocument from "pdfkit";

/**
 * A small PDF written by pdfkit for reading tests: one page per entry of `pages`, each a list of paragraphs
 * (standard Helvetica, so Latin-1 text only). Made in the test, never a real report committed.
 */
export async function reportPdf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: "Invented test report" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  for (const paragraphs of pages) {
    doc.addPage();
    for (const p of paragraphs) doc.text(p).moveDown();
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A PDF whose one page holds a drawing and no text (as a scan would have no text layer). */
export async function pdfWithoutText(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.rect(50, 50, 200, 100).fill("#777");
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A long PDF (`pages` pages of invented filler text), slow for pdf.js to read: for time-limit tests. */
export function bigReportPdf(pages: number): Promise<Buffer> {
  const filler = "Invented filler sentence about nothing in particular, for a slow read. ".repeat(40);
  return reportPdf(Array.from({ length: pages }, (_, i) => [`Page ${i + 1} (invented).`, filler]));
}
