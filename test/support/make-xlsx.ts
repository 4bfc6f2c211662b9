import { strToU8, type Zippable, zipSync } from "fflate";

/**
 * xlsx workbooks for tests, built from XML written here and zipped with fflate's `zipSync` (the reader's
 * own dependency; no spreadsheet package). A cell is text (a shared string), `{ inline }` (an inline
 * string), a number, a boolean, `{ date }` (a serial number in a date style), `{ formula, text }` (a
 * formula's cached string) or null/undefined (left out of the XML, as Excel leaves out empty cells).
 */
export type XlsxCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | { inline: string }
  | { date: number }
  | { formula: string; text: string };

export interface XlsxSheetSpec {
  name: string;
  rows: XlsxCell[][];
}

/** The parts of a workbook, by path: tests that break one change it before zipping. */
export function xlsxParts(sheets: XlsxSheetSpec[]): Record<string, string> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const rels: string[] = [];
  const entries: string[] = [];
  sheets.forEach((sheet, k) => {
    const rows = sheet.rows.map((cells, r) => {
      const xml = cells.map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell, shared)).join("");
      return `<row r="${r + 1}">${xml}</row>`;
    });
    parts[`xl/worksheets/sheet${k + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    rels.push(
      `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`,
    );
    entries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`);
  });
  const n = sheets.length;
  rels.push(
    `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
  );
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${entries.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  parts["xl/sharedStrings.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${cellText(s)}</t></si>`).join("")}</sst>`;
  // Style 0: General; style 1: a built-in date (14, m/d/yyyy); style 2: a custom date format.
  parts["xl/styles.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files);
}

export function makeXlsx(sheets: XlsxSheetSpec[]): Uint8Array {
  return zipParts(xlsxParts(sheets));
}

function cellXml(ref: string, cell: XlsxCell, shared: (s: string) => number): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ("inline" in cell) return `<c r="${ref}" t="inlineStr"><is><t>${cellText(cell.inline)}</t></is></c>`;
  if ("date" in cell) return `<c r="${ref}" s="1"><v>${cell.date}</v></c>`;
  return `<c r="${ref}" t="str"><f>${escapeXml(cell.formula)}</f><v>${cellText(cell.text)}</v></c>`;
}

export function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Text as Excel stores it: `_xHHHH_` for a literal escape-lookalike and for control characters, then XML. */
function cellText(s: string): string {
  const escaped = s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(/[^\t\n -\uffff]/gu, (ch) => {
    const code = ch.codePointAt(0) as number;
    return code < 0x20 ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  });
  return escapeXml(escaped);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A CSV file's rows as a worksheet, as Excel would hold them: cells of the columns `numeric` names as
 * numbers ("1945.0" is stored as 1945), the rest as shared strings, empty cells left out.
 */
export function csvRowsToSheet(
  name: string,
  records: string[][],
  numeric: (column: string) => boolean,
): XlsxSheetSpec {
  const header = records[0] ?? [];
  return {
    name,
    rows: records.map((cells, r) =>
      cells.map((cell, c) => {
        if (cell === "") return null;
        if (r > 0 && numeric(header[c] ?? "") && /^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
        return cell;
      }),
    ),
  };
}
