import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { pdfWithoutText, reportPdf } from "../../../../test/support/report-pdf.ts";
import { pdfText } from "./pdf-text.ts";

// INVENTED sentences (real place names only as places).
const PAGE_1 = ["Field note (invented)", "On 9 March 2031 in Goma, at least 40 civilians were killed."];
const PAGE_2 = ["Later, nearly all of the 300 residents of the camp had fled; the café was burned."];

describe("PDF text (pdf.js through unpdf)", () => {
  test("every page's text, pages as paragraphs; the bytes handed in are not changed", async () => {
    const bytes = await reportPdf([PAGE_1, PAGE_2]);
    const copy = Buffer.from(bytes);
    const r = await pdfText(bytes);
    assert.equal(r.pages, 2);
    assert.ok(r.text?.includes(PAGE_1[1] as string), r.text ?? "");
    assert.ok(r.text?.includes("the café was burned"), "Latin-1 accents survive");
    assert.match(r.text ?? "", /were killed\.\s*\n\n\s*Later/, "a page break is a paragraph break");
    assert.match(r.notes.join(), /2 page\(s\) extracted by pdf\.js/);
    assert.ok(Buffer.from(bytes).equals(copy), "the original is untouched (hashed and stored as is)");
  });

  test("a broken PDF or one without a text layer: no text, a note saying why", async () => {
    const broken = await pdfText(new TextEncoder().encode("%PDF-1.4\nnot really a pdf\n"));
    assert.equal(broken.text, null);
    assert.match(broken.notes.join(), /PDF: could not be read \(.+\): stored without a text copy/);
    const truncated = await reportPdf([PAGE_1]);
    const cut = await pdfText(truncated.subarray(0, Math.floor(truncated.length / 3)));
    assert.equal(cut.text === null || typeof cut.text === "string", true);
    assert.ok(cut.notes.length > 0);
    const scan = await pdfText(await pdfWithoutText());
    assert.equal(scan.text, null);
    assert.match(scan.notes.join(), /no text layer/);
  });

  test("unpdf is imported lazily, by this module only: other verbs and readers never load it", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts")) {
          const src = readFileSync(p, "utf8");
          if (/from\s+["']unpdf["']/.test(src)) offenders.push(`${p}: static import`);
          else if (src.includes('import("unpdf")') && !p.endsWith(join("ingest", "pdf-text.ts")))
            offenders.push(p);
        }
      }
    };
    walk("src");
    assert.deepEqual(offenders, []);
  });
});
