// The text of a Markdown report, for reading: the words as a reader sees them, line by line, so paragraphs,
// headings and list items stay where they were (the sentence splitter reads blank lines and list markers).
// Dropped: heading and quote markers, emphasis and code marks, link targets (the link text stays), image
// targets (the alt text stays), link reference definitions, code fence lines, HTML tags and table rules.
// Numbered and bulleted list markers are kept: they mark paragraphs ("3. We urge ...").
import { decodeEntities } from "./html-text.ts";

function inline(s: string): string {
  return decodeEntities(
    s
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/<\/?[a-zA-Z][^>]*>/g, "")
      .replace(/`+([^`]*)`+/g, "$1")
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
      .replace(/~~(.*?)~~/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1"),
  );
}

export function markdownToText(md: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const raw of md.replace(/\r\n?/g, "\n").split("\n")) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fenceMark) {
      const mark = (fenceMark[1] as string)[0] as string;
      fence = fence === null ? mark : fence === mark ? null : fence;
      continue;
    }
    if (fence !== null) {
      out.push(raw);
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(raw)) continue; // link reference definition
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      out.push("");
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue; // table rule
    if (/^\s{0,3}(=+|-+)\s*$/.test(raw) && out.length > 0 && out.at(-1) !== "") {
      out.push(""); // setext heading underline: the heading line stays, a paragraph break follows
      continue;
    }
    let line = raw.replace(/^\s{0,3}(>\s?)+/, "");
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (out.length > 0 && out.at(-1) !== "") out.push("");
      out.push(inline(heading[1] as string));
      out.push("");
      continue;
    }
    line = line.replace(/^(\s*)[*+](\s+)/, "$1-$2");
    if (/^\s*\|.*\|\s*$/.test(line))
      line = line
        .replace(/^\s*\||\|\s*$/g, "")
        .split("|")
        .map((c) => c.trim())
        .join("  ");
    out.push(inline(line.replace(/\s+$/, "")));
  }
  while (out.at(-1) === "") out.pop();
  // One blank line between paragraphs, however many the source had (outside code).
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
