import { unescapeText } from "./xlsx-cells.ts";
import { readXmlPart } from "./xlsx-xml.ts";

/**
 * The shared strings table (`xl/sharedStrings.xml`): each `<si>` is one string, either one `<t>` or rich
 * text runs (`<r><t>`) joined. Phonetic guides (`<rPh>`, Japanese readings) are not part of the text.
 */
export function readSharedStrings(file: string, part: string, bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  readXmlPart(file, part, bytes, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText && current) current.push(t);
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        strings.push(unescapeText(current.join("")));
        current = null;
      }
    },
  });
  return strings;
}
