import { existsSync } from "node:fs";

/**
 * The Unicode TrueType fonts embedded in PDFs. Debian's `fonts-dejavu-core` package provides DejaVu Sans
 * (regular and bold) at these paths; TOCSIN_PDF_FONT and TOCSIN_PDF_FONT_BOLD name others. Without them,
 * PDFs fall back to the standard Helvetica font, which covers Latin-1 only: other characters become "?",
 * and the renderer says so.
 */
export const DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";
export const FONT_PACKAGE = "fonts-dejavu-core";

export interface PdfFonts {
  regular: string;
  bold: string;
  /** False when falling back to Helvetica (Latin-1 only). */
  unicode: boolean;
  warning: string | null;
}

export function pdfFonts(env: NodeJS.ProcessEnv = process.env): PdfFonts {
  const regular = env.TOCSIN_PDF_FONT || `${DEJAVU_DIR}/DejaVuSans.ttf`;
  const bold =
    env.TOCSIN_PDF_FONT_BOLD || (env.TOCSIN_PDF_FONT ? regular : `${DEJAVU_DIR}/DejaVuSans-Bold.ttf`);
  if (existsSync(regular) && existsSync(bold)) return { regular, bold, unicode: true, warning: null };
  return {
    regular: "Helvetica",
    bold: "Helvetica-Bold",
    unicode: false,
    warning: `no Unicode font found at ${regular}: the PDF uses Helvetica (Latin-1 only; other characters become "?"). Install the Debian package ${FONT_PACKAGE}, or set TOCSIN_PDF_FONT to a TrueType font.`,
  };
}
