// A PDF's text layer, by pdf.js as bundled by unpdf 1.7.0 (pdf.js 5.6.205 with its own polyfills for Node
// 20; no canvas: text only, nothing rendered). Imported lazily: only reading a PDF loads its 2 MB, so other
// verbs and non-PDF reports never pay for it. Pure computation over the bytes given (no I/O); the bytes are
// copied first into a plain Uint8Array (pdf.js refuses a Buffer, and `Buffer#slice` would share memory),
// because pdf.js may take over (detach) the buffer it is handed and the original is hashed and stored as is. Pages become paragraphs; layout, tables, images and scanned pages (no text layer) are
// not read.

export interface PdfText {
  /** The text of every page, pages separated by a blank line; null when there is none or it failed. */
  text: string | null;
  pages: number;
  notes: string[];
}

/** Stop collecting text after this many characters (the reader reads 2,000,000 at most). */
const MAX_CHARS = 4_000_000;

type Unpdf = typeof import("unpdf");
let loading: Promise<Unpdf> | undefined;

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  loading ??= import("unpdf");
  const { getDocumentProxy } = await loading;
  let pdf: Awaited<ReturnType<Unpdf["getDocumentProxy"]>> | undefined;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
    });
    const pages: string[] = [];
    let chars = 0;
    let cut = false;
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      let page = "";
      // As unpdf's own extractText: runs joined as they are, a line break where pdf.js marks one.
      for (const item of content.items) if ("str" in item) page += item.str + (item.hasEOL ? "\n" : "");
      page = page.replace(/[ \t]+\n/g, "\n").trim();
      pages.push(page);
      chars += page.length;
      if (chars > MAX_CHARS) {
        cut = n < pdf.numPages;
        break;
      }
    }
    const text = pages.filter(Boolean).join("\n\n");
    const notes = [
      `PDF: text layer of ${pdf.numPages} page(s) extracted by pdf.js; layout and images not kept`,
    ];
    if (cut) notes.push(`PDF: text over ${MAX_CHARS} characters: later pages not extracted`);
    if (text.trim() === "") {
      notes.push("PDF: no text layer (a scan?): stored without a text copy");
      return { text: null, pages: pdf.numPages, notes };
    }
    return { text, pages: pdf.numPages, notes };
  } catch (error) {
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      text: null,
      pages: 0,
      notes: [`PDF: could not be read (${why.slice(0, 200)}): stored without a text copy`],
    };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
