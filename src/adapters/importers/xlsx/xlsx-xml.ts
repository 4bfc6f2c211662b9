import sax from "sax";
import { XlsxError } from "./xlsx-error.ts";

/**
 * One XML part of the package read with sax's strict streaming parser: tags by their local name (a writer
 * may prefix SpreadsheetML, `<x:row>`), text as written (no trimming: `xml:space="preserve"` matters in
 * cells). sax expands only XML's own entities and character references, never a DOCTYPE's, so an entity
 * bomb is inert. Any malformed XML becomes an XlsxError naming the file, the part and the position.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export interface XmlReader {
  write(text: string): void;
  close(): void;
  /** Characters consumed so far. */
  position(): number;
}

export function xmlReader(file: string, part: string, h: XmlHandlers): XmlReader {
  const p = sax.parser(true, { trim: false, normalize: false, xmlns: false, position: true });
  p.onerror = (error) => {
    throw new XlsxError(file, part, `malformed XML: ${error.message.replace(/\s+/g, " ").trim()}`);
  };
  if (h.open) {
    const open = h.open;
    p.onopentag = (tag) => {
      const attributes: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes))
        attributes[k] = typeof v === "string" ? v : v.value;
      open(localName(tag.name), attributes);
    };
  }
  if (h.text) {
    p.ontext = h.text;
    p.oncdata = h.text;
  }
  if (h.close) {
    const close = h.close;
    p.onclosetag = (name) => close(localName(name));
  }
  return {
    write: (text) => void p.write(text),
    close: () => void p.close(),
    position: () => p.position,
  };
}

/** Reads a whole (small) part through the handlers. */
export function readXmlPart(file: string, part: string, bytes: Uint8Array, h: XmlHandlers): void {
  const reader = xmlReader(file, part, h);
  reader.write(decodeUtf8(file, part, bytes));
  reader.close();
}

/** The part's text: UTF-8, as Excel and every common writer saves it. */
export function decodeUtf8(file: string, part: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new XlsxError(file, part, "not UTF-8 text");
  }
}

/** An attribute by its local name (`r:id` answers to "id" only when asked with its prefix stripped). */
export function attribute(attributes: Record<string, string>, local: string): string | undefined {
  if (attributes[local] !== undefined) return attributes[local];
  for (const [k, v] of Object.entries(attributes)) if (localName(k) === local) return v;
  return undefined;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
