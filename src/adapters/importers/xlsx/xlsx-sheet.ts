import { cellReference, numberText, serialToIso, unescapeText } from "./xlsx-cells.ts";
import { XlsxError } from "./xlsx-error.ts";
import { attribute, xmlReader } from "./xlsx-xml.ts";

/** One row of a worksheet: its 1-based row number and its cells as text, in column order. */
export interface XlsxRow {
  row: number;
  /** Cells from column A; a column the sheet leaves out is "", empty trailing cells are dropped. */
  cells: string[];
  /** How far through the worksheet's XML the reader is, 0..1 (for progress). */
  done: number;
}

export interface SheetContext {
  file: string;
  part: string;
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** Text handed to the parser at a time: rows are yielded between slices, not after the whole sheet. */
const SLICE = 64 * 1024;

/**
 * The rows of a worksheet part (`<sheetData><row r="5"><c r="C5" t="s"><v>3</v></c>...`), parsed with
 * sax a slice at a time. A cell is text after its type: a shared string (`t="s"`), an inline string
 * (`inlineStr`), a formula's text (`str`), a boolean (TRUE/FALSE), an error (`#N/A`), or a number: as
 * its shortest decimal text, or as an ISO date when its style shows a date. Rows and cells the sheet
 * leaves out are skipped by their references (`C5` after `A5` leaves column B empty); rows with no text
 * are not yielded. A reference out of order, or a shared string index past the table, is an XlsxError.
 */
export function* readSheetRows(bytes: Uint8Array, c: SheetContext): Generator<XlsxRow> {
  const fail = (detail: string): never => {
    throw new XlsxError(c.file, c.part, detail);
  };
  const ready: Omit<XlsxRow, "done">[] = [];
  let sheetData = false;
  let sawSheetData = false;
  let rowNumber = 0;
  let cells: string[] = [];
  let column = -1;
  let cell: { ref: string; type: string; style: number; v: string[]; is: string[] } | null = null;
  let inV = false;
  let inIsText = false;
  let phonetic = 0;

  const cellText = (x: NonNullable<typeof cell>): string => {
    const v = x.v.join("");
    switch (x.type) {
      case "s": {
        const i = Number(v.trim());
        if (!Number.isInteger(i) || i < 0 || i >= c.sharedStrings.length)
          fail(
            `cell ${x.ref}: shared string ${v.trim() || "(none)"} is not in the table (${c.sharedStrings.length} strings)`,
          );
        return c.sharedStrings[i] as string;
      }
      case "inlineStr":
        return unescapeText(x.is.join(""));
      case "str":
        return unescapeText(v);
      case "b":
        return v.trim() === "1"
          ? "TRUE"
          : v.trim() === "0"
            ? "FALSE"
            : fail(`cell ${x.ref}: "${v}" is not a boolean`);
      case "e":
      case "d":
        return v.trim();
      case "n":
      case "": {
        if (v.trim() === "") return "";
        const n = numberText(v);
        if (n === null) return fail(`cell ${x.ref}: "${v.slice(0, 40)}" is not a number`);
        if (c.dateStyles.has(x.style)) return serialToIso(Number(n), c.date1904) ?? n;
        return n;
      }
      default:
        return fail(`cell ${x.ref}: unknown cell type "${x.type}"`);
    }
  };

  const reader = xmlReader(c.file, c.part, {
    open(name, a) {
      if (name === "sheetData") {
        sheetData = true;
        sawSheetData = true;
      } else if (!sheetData) return;
      else if (name === "row") {
        const r = a.r === undefined ? rowNumber + 1 : Number(a.r);
        if (!Number.isInteger(r) || r <= rowNumber)
          fail(`row ${a.r ?? "?"} comes after row ${rowNumber}: rows out of order`);
        rowNumber = r;
        cells = [];
        column = -1;
      } else if (name === "c") {
        const ref = attribute(a, "r");
        let at = column + 1;
        if (ref !== undefined) {
          const parsed = cellReference(ref);
          if (!parsed) return fail(`cell reference "${ref}" is not one (such as C5)`);
          if (parsed.row !== rowNumber) fail(`cell ${ref} is inside row ${rowNumber}`);
          if (parsed.column <= column)
            fail(`cell ${ref} comes after column ${column + 1}: cells out of order`);
          at = parsed.column;
        }
        column = at;
        cell = {
          ref: ref ?? `column ${at + 1} of row ${rowNumber}`,
          type: a.t ?? "",
          style: Number(a.s ?? 0),
          v: [],
          is: [],
        };
      } else if (name === "v") inV = true;
      else if (name === "rPh") phonetic++;
      else if (name === "t" && cell?.type === "inlineStr" && phonetic === 0) inIsText = true;
    },
    text(t) {
      if (inV) cell?.v.push(t);
      else if (inIsText) cell?.is.push(t);
    },
    close(name) {
      if (name === "v") inV = false;
      else if (name === "t") inIsText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "c" && cell) {
        const text = cellText(cell);
        if (text !== "") {
          while (cells.length < column) cells.push("");
          cells[column] = text;
        }
        cell = null;
      } else if (name === "row" && sheetData) {
        if (cells.some((x) => x !== "")) ready.push({ row: rowNumber, cells });
        cells = [];
      } else if (name === "sheetData") sheetData = false;
    },
  });

  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let at = 0; at < bytes.length; at += SLICE) {
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(at, at + SLICE), { stream: at + SLICE < bytes.length });
    } catch {
      return fail("not UTF-8 text");
    }
    reader.write(text);
    const done = Math.min(1, (at + SLICE) / bytes.length);
    for (const r of ready.splice(0)) yield { ...r, done };
  }
  reader.close();
  if (!sawSheetData) fail("no <sheetData>: not a worksheet");
  for (const r of ready.splice(0)) yield { ...r, done: 1 };
}
