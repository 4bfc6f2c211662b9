import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { bigReportPdf, reportPdf } from "../../../test/support/report-pdf.ts";
import { pdfText } from "../../domain/reading/ingest/pdf-text.ts";
import { PdfLimitError, pdfTextInThread, pdfThreadsAlive } from "./pdf-text-thread.ts";

// INVENTED sentences.
const PAGES = [
  ["Field note (invented)", "On 9 March 2031 in Goma, at least 40 civilians were killed."],
  ["Later, nearly all of the 300 residents of the camp had fled; the café was burned."],
];

describe("PDF text in a worker thread, within time and memory limits", () => {
  test("the same text as pdf.js in this thread; the bytes handed in unchanged; the thread kept for the next", async () => {
    const bytes = await reportPdf(PAGES);
    const copy = Buffer.from(bytes);
    const inThread = await pdfText(bytes);
    const first = await pdfTextInThread(bytes, { name: "note.pdf" });
    assert.deepEqual(first, inThread);
    assert.ok(Buffer.from(bytes).equals(copy), "the original is untouched (hashed and stored as is)");
    assert.equal(pdfThreadsAlive(), 1, "one idle thread kept");
    const broken = await pdfTextInThread(new TextEncoder().encode("%PDF-1.4\nnot really\n"));
    assert.equal(broken.text, null, "an unreadable PDF is still a note, not an error");
    assert.match(broken.notes.join(), /could not be read/);
    assert.equal(pdfThreadsAlive(), 1, "the same thread read both");
  });

  test("past its time limit: the thread is ended and a clear error names the file and the limit", async () => {
    const bytes = await bigReportPdf(60);
    const copy = Buffer.from(bytes);
    const before = pdfThreadsAlive();
    await assert.rejects(
      pdfTextInThread(bytes, { name: "hostile.pdf", limits: { timeMs: 5 } }),
      (e: unknown) => {
        assert.ok(e instanceof PdfLimitError);
        assert.equal(e.code, "invalid-input");
        assert.match(e.message, /^hostile\.pdf: its text was not extracted within the time limit of 5 ms/);
        assert.deepEqual(
          e.issues.map((i) => i.path),
          ["file"],
        );
        return true;
      },
    );
    assert.ok(Buffer.from(bytes).equals(copy));
    assert.ok(pdfThreadsAlive() <= before, "the timed-out thread is not kept");
    // The next PDF is read by a thread that never saw the stuck one.
    assert.equal((await pdfTextInThread(await reportPdf(PAGES))).pages, 2);
  });

  test("out of its heap: a clear error naming the memory limit, the process unharmed", async () => {
    await assert.rejects(
      pdfTextInThread(await reportPdf(PAGES), { name: "huge.pdf", limits: { heapMb: 4 } }),
      (e: unknown) =>
        e instanceof PdfLimitError &&
        /^huge\.pdf: extracting its text ran out of the memory limit of 4 MB/.test(e.message),
    );
    assert.equal((await pdfTextInThread(await reportPdf(PAGES))).pages, 2);
  });
});
