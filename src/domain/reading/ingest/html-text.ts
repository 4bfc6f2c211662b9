// The text of an HTML page, for reading. No HTML parser is installed (parse5 or htmlparser2 would be the
// packages); a page's text needs far less than a DOM: a single pass over tags, comments and text that drops
// what is never read (script, style, noscript, template, svg, head but its title), turns block elements
// into paragraph breaks and <br> into a line break, collapses white space as a browser does (kept inside
// <pre>), and decodes character references. Unclosed tags, stray "<" and unknown entities are kept as text
// rather than guessed at. Offsets of everything read afterwards are offsets into this text (the document's
// text working copy), not into the HTML.

/** Elements whose content is never text to read. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set(
  (
    "address article aside blockquote caption center dd details dialog dir div dl dt fieldset figcaption " +
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table " +
    "tbody td tfoot th thead tr ul body html"
  ).split(" "),
);

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201a",
  ldquo: "\u201c",
  rdquo: "\u201d",
  bdquo: "\u201e",
  hellip: "\u2026",
  bull: "\u2022",
  middot: "\u00b7",
  copy: "\u00a9",
  reg: "\u00ae",
  deg: "\u00b0",
  shy: "",
  zwnj: "\u200c",
  zwj: "\u200d",
  laquo: "\u00ab",
  raquo: "\u00bb",
  euro: "\u20ac",
  pound: "\u00a3",
  times: "\u00d7",
  eacute: "\u00e9",
  egrave: "\u00e8",
  aacute: "\u00e1",
  agrave: "\u00e0",
  oacute: "\u00f3",
  uacute: "\u00fa",
  iacute: "\u00ed",
  ccedil: "\u00e7",
  ntilde: "\u00f1",
  ouml: "\u00f6",
  uuml: "\u00fc",
  auml: "\u00e4",
  szlig: "\u00df",
};

/** Decodes character references (&amp; &#233; &#xE9;); unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?/g, (all, ref: string) => {
    if (ref.startsWith("#")) {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref.toLowerCase()];
    return named === undefined ? all : named;
  });
}

/** A tag at a given place (sticky); attributes bounded so that a stray "<" never scans the rest of the page. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^<>]{0,4000}?(\/?)>/y;

export interface HtmlText {
  text: string;
  /** The page's <title>, if it has one. */
  title: string | null;
}

export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  // The current line as pieces (joining once: `line += x` then `line.endsWith` would flatten a long rope
  // on every piece), and whether it ends in a space.
  let line: string[] = [];
  let endsInSpace = true;
  let title: string | null = null;
  let pre = 0;
  let i = 0;
  const inline = (raw: string) => {
    const t = decodeEntities(raw);
    if (t.length === 0) return;
    if (pre > 0) {
      line.push(t);
      endsInSpace = false;
      return;
    }
    let collapsed = t.replace(/[ \t\r\n\f]+/g, " ");
    if (endsInSpace && collapsed.startsWith(" ")) collapsed = collapsed.slice(1);
    if (collapsed.length === 0) return;
    line.push(collapsed);
    endsInSpace = collapsed.endsWith(" ");
  };
  const breakLine = (blank: boolean) => {
    const joined = line.join("");
    const done = pre > 0 ? joined : joined.trim();
    if (done.length > 0) parts.push(done);
    if (blank && parts.length > 0 && parts.at(-1) !== "") parts.push("");
    line = [];
    endsInSpace = true;
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      inline(html.slice(i));
      break;
    }
    if (lt > i) inline(html.slice(i, lt));
    i = lt;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith("<!", i) || html.startsWith("<?", i)) {
      const end = html.indexOf(">", i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      inline("<");
      i++;
      continue;
    }
    const closing = m[1] === "/";
    const name = (m[2] as string).toLowerCase();
    i += m[0].length;
    if (!closing && (DROPPED.has(name) || name === "title" || name === "head")) {
      // Skip to the matching end tag (these elements do not nest in practice).
      const closeTag = new RegExp(`</${name}`, "gi");
      closeTag.lastIndex = i;
      const end = closeTag.exec(html)?.index ?? -1;
      const inner = html.slice(i, end < 0 ? html.length : end);
      if (name === "title") title = decodeEntities(inner).replace(/\s+/g, " ").trim() || null;
      if (name === "head") {
        const t = /<title\b[^>]*>([\s\S]*?)<\/title/i.exec(inner);
        if (t)
          title =
            decodeEntities(t[1] as string)
              .replace(/\s+/g, " ")
              .trim() || null;
      }
      const close = end < 0 ? html.length : html.indexOf(">", end);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    if (name === "br") {
      breakLine(false);
      continue;
    }
    if (name === "pre") {
      breakLine(true);
      pre += closing ? -1 : 1;
      if (pre < 0) pre = 0;
      continue;
    }
    if (BLOCKS.has(name)) breakLine(true);
    else if (name === "img" && !closing) {
      const alt = /\balt\s*=\s*"([^"]*)"/i.exec(m[0]);
      if (alt?.[1]) inline(` ${alt[1]} `);
    }
  }
  breakLine(false);
  while (parts.at(-1) === "") parts.pop();
  return { text: parts.join("\n"), title };
}
