/**
 * The text of a PDF that pdfkit wrote with `compress: false`: each text-showing operator (TJ, Tj) decoded
 * through its font's ToUnicode CMap (embedded TrueType fonts, whose codes are glyph ids of the subset) or as
 * Latin-1 (the standard fonts). One line per operator. Enough to check what a rendered PDF says; not a
 * general PDF parser (compressed streams are refused).
 */
export function pdfText(bytes: Uint8Array): string {
  const pdf = Buffer.from(bytes).toString("latin1");
  if (/\/Filter\s*\/FlateDecode/.test(pdf.replace(/\/FontFile2[\s\S]*?endobj/g, "")))
    throw new Error("pdfText reads uncompressed PDFs only (render with compress: false)");
  const objects = new Map<string, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1] as string, m[2] as string);
  const cmaps = new Map<string, Map<number, string>>();
  for (const [id, body] of objects) {
    const ref = /\/Type \/Font[\s\S]*?\/ToUnicode (\d+) 0 R/.exec(body);
    if (ref) cmaps.set(id, parseCMap(objects.get(ref[1] as string) ?? ""));
  }
  const fontByName = new Map<string, string>();
  for (const m of pdf.matchAll(/\/Font\s*<<([\s\S]*?)>>/g))
    for (const f of (m[1] as string).matchAll(/\/(\w+) (\d+) 0 R/g))
      fontByName.set(f[1] as string, f[2] as string);
  const lines: string[] = [];
  let cmap: Map<number, string> | undefined;
  for (const m of pdf.matchAll(
    /\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\] TJ|<([0-9a-fA-F]*)> Tj/g,
  )) {
    if (m[1]) {
      cmap = cmaps.get(fontByName.get(m[1]) ?? "");
      continue;
    }
    const hexes =
      m[2] !== undefined
        ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1] as string)
        : [m[3] as string];
    lines.push(hexes.map((h) => decode(h, cmap)).join(""));
  }
  return lines.join("\n");
}

function decode(hex: string, cmap: Map<number, string> | undefined): string {
  if (!cmap) return Buffer.from(hex, "hex").toString("latin1");
  let out = "";
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += cmap.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
  return out;
}

function parseCMap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (h: string) => Buffer.from(h, "hex").swap16().toString("utf16le");
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of (block[1] as string).matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const lo = Number.parseInt(r[1] as string, 16);
      const hi = Number.parseInt(r[2] as string, 16);
      const dst = r[3] as string;
      if (dst.startsWith("[")) {
        // An entry may map one code to several characters (a ligature): "<0066 0069>".
        const items = [...dst.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) =>
          (x[1] as string).replace(/\s+/g, ""),
        );
        for (let c = lo; c <= hi; c++) map.set(c, utf16(items[c - lo] ?? ""));
      } else {
        const base = Number.parseInt(dst.slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + c - lo));
      }
    }
  }
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const r of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
      map.set(Number.parseInt(r[1] as string, 16), utf16((r[2] as string).replace(/\s+/g, "")));
  return map;
}
