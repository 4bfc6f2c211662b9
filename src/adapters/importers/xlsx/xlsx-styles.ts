import { isDateFormat } from "./xlsx-cells.ts";
import { readXmlPart } from "./xlsx-xml.ts";

/**
 * Which cell styles show a date (`xl/styles.xml`): a cell's `s` attribute indexes `<cellXfs>`, whose
 * `numFmtId` is a built-in format or one of the workbook's own `<numFmt>` codes. Only those cells turn
 * their serial number into a date; every other number stays a number.
 */
export function readDateStyles(file: string, part: string, bytes: Uint8Array): Set<number> {
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  readXmlPart(file, part, bytes, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined) codes.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    if (isDateFormat(id, codes.get(id))) dates.add(index);
  });
  return dates;
}
