import { XlsxError } from "./xlsx-error.ts";
import { attribute, readXmlPart } from "./xlsx-xml.ts";
import type { ZipParts } from "./xlsx-zip.ts";

/**
 * The workbook's map: its sheets in workbook order with the part each lives in (from `xl/workbook.xml`
 * and its relationships), where the shared strings and the styles are, and the date system.
 */
export interface SheetEntry {
  name: string;
  part: string;
}

export interface WorkbookMap {
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
  /** Dates count from 1904-01-01 (old Mac workbooks), not 1900. */
  date1904: boolean;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

export function readWorkbookMap(zip: ZipParts, file: string): WorkbookMap {
  const root = relationships(zip, file, "_rels/.rels", "");
  const workbook =
    [...root.values()].find((r) => relType(r.type) === "officeDocument")?.target ?? "xl/workbook.xml";
  const bytes = zip.read(workbook);
  if (!bytes) throw new XlsxError(file, workbook, "missing: not an xlsx workbook");
  const folder = workbook.slice(0, workbook.lastIndexOf("/") + 1);
  const rels = relationships(zip, file, `${folder}_rels/${workbook.slice(folder.length)}.rels`, folder);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  readXmlPart(file, workbook, bytes, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name !== "sheet") return;
      const sheetName = a.name ?? "";
      const id = attribute(a, "id");
      const target = id === undefined ? undefined : rels.get(id)?.target;
      if (!target)
        throw new XlsxError(
          file,
          workbook,
          `sheet "${sheetName}" names no part (relationship ${id ?? "absent"})`,
        );
      sheets.push({ name: sheetName, part: target });
    },
  });
  const byType = (t: string) => [...rels.values()].find((r) => relType(r.type) === t)?.target ?? null;
  return {
    sheets,
    sharedStrings:
      byType("sharedStrings") ??
      (zip.has(`${folder}sharedStrings.xml`) ? `${folder}sharedStrings.xml` : null),
    styles: byType("styles") ?? (zip.has(`${folder}styles.xml`) ? `${folder}styles.xml` : null),
    date1904,
  };
}

/** A relationships part as id -> {type, target}, targets resolved to package paths; empty when absent. */
function relationships(zip: ZipParts, file: string, part: string, base: string) {
  const out = new Map<string, { type: string; target: string }>();
  const bytes = zip.read(part);
  if (!bytes) return out;
  readXmlPart(file, part, bytes, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      out.set(a.Id, { type: a.Type ?? "", target: resolve(base, a.Target) });
    },
  });
  return out;
}

function relType(type: string): string {
  if (type.startsWith(REL)) return type.slice(REL.length);
  if (type.startsWith(STRICT_REL)) return type.slice(STRICT_REL.length);
  return type;
}

/** A relationship target against the folder of the part that holds it ("/xl/x.xml" is absolute). */
function resolve(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
