import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decodeEntities, htmlToText } from "./html-text.ts";
import { markdownToText } from "./markdown-text.ts";
import { reportText } from "./report-text.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("report ingestion: HTML, Markdown, text, PDF", () => {
  test("HTML: scripts, styles and the head dropped, blocks become paragraphs, references decoded", () => {
    const page = `<!DOCTYPE html><html><head><title>Field report &amp; update</title>
      <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
      <body><!-- a comment --><h1>Findings</h1>
      <p>On 3 April 2031   shelling in
         <b>Homs</b> killed 12&nbsp;people.</p><ul><li>First&#8212;one</li><li>Caf&eacute; &#x263A;</li></ul>
      <p>Line one<br>line two</p><pre>  kept   as is</pre><noscript>enable js</noscript>
      <p>5 &lt; 6 &unknown; <img src="x.png" alt="a map"> end</p></body></html>`;
    const r = htmlToText(page);
    assert.equal(r.title, "Field report & update");
    assert.equal(
      r.text,
      [
        "Findings",
        "",
        "On 3 April 2031 shelling in Homs killed 12\u00a0people.",
        "",
        "First\u2014one",
        "",
        "Caf\u00e9 \u263a",
        "",
        "Line one",
        "line two",
        "",
        "  kept   as is",
        "",
        "5 < 6 &unknown; a map end",
      ].join("\n"),
    );
    assert.ok(!r.text.includes("not text") && !r.text.includes("color") && !r.text.includes("enable js"));
    assert.equal(decodeEntities("&#0;&#xD800;&amp"), "\ufffd\ufffd&");
  });

  test("broken HTML is kept as text, never a crash", () => {
    assert.equal(htmlToText("a < b and <unclosed").text, "a < b and <unclosed");
    assert.equal(htmlToText("<p>open <script>never closed").text, "open");
    assert.equal(htmlToText("").text, "");
  });

  test("Markdown: marks dropped, link and alt text kept, list markers kept for paragraphs", () => {
    const md = [
      "# Report title",
      "Armed men **burned** houses in [Zaria](https://example.org/z) in *2032*.",
      "",
      "> Quoted `words` here.",
      "",
      "1. We urge the government to act.",
      "* ![a photo](p.png) of the camp",
      "",
      "```",
      "code *kept*",
      "```",
      "[ref]: https://example.org",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
    ].join("\n");
    assert.equal(
      markdownToText(md),
      [
        "Report title",
        "",
        "Armed men burned houses in Zaria in 2032.",
        "",
        "Quoted words here.",
        "",
        "1. We urge the government to act.",
        "- a photo of the camp",
        "",
        "code *kept*",
        "a  b",
        "1  2",
      ].join("\n"),
    );
  });

  test("the kind comes from the bytes first (PDF, binary), then the stated type, the name, a sniff", () => {
    assert.equal(reportText(bytes("%PDF-1.7 ..."), { name: "r.txt" }).kind, "pdf");
    const pdf = reportText(bytes("%PDF-1.4\n"));
    assert.equal(pdf.text, null);
    assert.match(pdf.notes.join(), /pdf-text.ts/);
    assert.equal(reportText(new Uint8Array([1, 0, 2]), { name: "x.html" }).kind, "binary");
    assert.equal(reportText(bytes("<!doctype html><p>Hi</p>")).kind, "html");
    assert.equal(reportText(bytes("# T\n\ntext"), { name: "r.md" }).text, "T\n\ntext");
    assert.equal(reportText(bytes("<p>x</p>"), { mediaType: "text/plain", name: "a.html" }).kind, "text");
    assert.equal(reportText(bytes("\ufeffplain")).text, "plain");
    const latin = reportText(
      new Uint8Array([
        0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3d, 0x22, 0x69, 0x73,
        0x6f, 0x2d, 0x38, 0x38, 0x35, 0x39, 0x2d, 0x31, 0x22, 0x3e, 0x3c, 0x70, 0x3e, 0x43, 0x61, 0x66, 0xe9,
      ]),
      { mediaType: "text/html" },
    );
    assert.equal(latin.text, "Caf\u00e9", "the charset the page declares");
    const bad = reportText(new Uint8Array([0x61, 0xff, 0x62]));
    assert.equal(bad.text, "a\ufffdb");
    assert.deepEqual(bad.notes, ["invalid utf-8 replaced"]);
  });
});
