/**
 * A workbook tocsin cannot read: names the file and the part of the package at fault (`xl/workbook.xml`,
 * `xl/worksheets/sheet1.xml`, or "zip" for the archive itself), so the message says where to look.
 */
export class XlsxError extends Error {
  constructor(
    readonly file: string,
    readonly part: string,
    readonly detail: string,
  ) {
    super(`${file}, ${part}: ${detail}`);
    this.name = "XlsxError";
  }
}
