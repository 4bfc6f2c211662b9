/**
 * A small xlsx (Office Open XML workbook) reader: rows of cell text from one worksheet.
 *
 * Why tocsin has its own: EWP publishes its mass-killing episode list only as an Excel workbook, and the
 * registry has no well-kept small xlsx reader without known high-severity advisories (`xlsx` 0.18.5, the
 * last on npm, has open prototype-pollution and ReDoS advisories; exceljs is large and brings a tree of
 * dependencies). Reading cell text is a small job over two direct dependencies: fflate inflates the ZIP
 * parts (capped: see xlsx-zip.ts) and sax parses their XML as a stream. Formulas are read as their cached
 * results; formatting other than "is this number a date" is ignored.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { XlsxError } from "./xlsx-error.ts";
import { readSharedStrings } from "./xlsx-shared-strings.ts";
import { readSheetRows, type XlsxRow } from "./xlsx-sheet.ts";
import { readDateStyles } from "./xlsx-styles.ts";
import { readWorkbookMap, type WorkbookMap } from "./xlsx-workbook.ts";
import { DEFAULT_ZIP_LIMITS, type ZipLimits, ZipParts } from "./xlsx-zip.ts";

export { XlsxError } from "./xlsx-error.ts";
export type { XlsxRow } from "./xlsx-sheet.ts";

export interface XlsxLimits extends ZipLimits {
  /** Largest workbook file read, in bytes (it is read whole). */
  maxFileBytes: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 64 * 2 ** 20 };

export class XlsxWorkbook {
  readonly #zip: ZipParts;
  readonly #map: WorkbookMap;
  #strings: string[] | null = null;
  #dates: Set<number> | null = null;

  constructor(
    bytes: Uint8Array,
    readonly file: string,
    limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.#zip = new ZipParts(bytes, file, limits);
    this.#map = readWorkbookMap(this.#zip, file);
    if (this.#map.sheets.length === 0)
      throw new XlsxError(file, "xl/workbook.xml", "the workbook has no worksheet");
  }

  /** The worksheets' names, in workbook order. */
  get sheetNames(): string[] {
    return this.#map.sheets.map((s) => s.name);
  }

  /** The rows of the named worksheet, or of the first when no name is given. */
  rows(sheet?: string): Generator<XlsxRow> {
    const entry = sheet === undefined ? this.#map.sheets[0] : this.#map.sheets.find((s) => s.name === sheet);
    if (!entry)
      throw new XlsxError(
        this.file,
        "xl/workbook.xml",
        `no worksheet named "${sheet}" (the workbook has ${this.sheetNames.map((n) => `"${n}"`).join(", ")})`,
      );
    const bytes = this.#zip.read(entry.part);
    if (!bytes) throw new XlsxError(this.file, entry.part, `missing: worksheet "${entry.name}" has no part`);
    return readSheetRows(bytes, {
      file: this.file,
      part: entry.part,
      sharedStrings: this.#sharedStrings(),
      dateStyles: this.#dateStyles(),
      date1904: this.#map.date1904,
    });
  }

  #sharedStrings(): string[] {
    if (this.#strings) return this.#strings;
    const part = this.#map.sharedStrings;
    const bytes = part ? this.#zip.read(part) : null;
    this.#strings = part && bytes ? readSharedStrings(this.file, part, bytes) : [];
    return this.#strings;
  }

  #dateStyles(): Set<number> {
    if (this.#dates) return this.#dates;
    const part = this.#map.styles;
    const bytes = part ? this.#zip.read(part) : null;
    this.#dates = part && bytes ? readDateStyles(this.file, part, bytes) : new Set();
    return this.#dates;
  }
}

/** Opens a workbook file (read whole: it must be under the cap). `shownAs` names it in errors. */
export function openXlsxFile(
  path: string,
  shownAs = path,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): XlsxWorkbook {
  const size = statSync(path).size;
  if (size > limits.maxFileBytes)
    throw new XlsxError(
      shownAs,
      "zip",
      `${size} bytes: larger than the ${limits.maxFileBytes} bytes an xlsx may have here`,
    );
  return new XlsxWorkbook(readFileSync(path), shownAs, limits);
}

/** Whether a file starts as a ZIP archive does (an xlsx whatever its name). */
export function looksLikeZip(path: string): boolean {
  const head = Buffer.alloc(4);
  const fd = openSync(path, "r");
  try {
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}
