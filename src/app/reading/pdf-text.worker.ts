/**
 * The PDF text thread (see pdf-text-thread.ts): reads each PDF it is sent with pdf.js and posts its text
 * back, one at a time. Its parent terminates it at a time limit, whatever it is doing.
 */
import { parentPort } from "node:worker_threads";
import { pdfText } from "../../domain/reading/ingest/pdf-text.ts";

parentPort?.on("message", async (m: { id: number; bytes: Uint8Array }) => {
  parentPort?.postMessage({ id: m.id, text: await pdfText(m.bytes) });
});
