import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type HttpApp, httpHarness, type Reply } from "../../../test/support/http.ts";
import { bigReportPdf } from "../../../test/support/report-pdf.ts";
import { createHttpApp } from "../app.ts";

const h = httpHarness();

function pdfForm(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.set("file", new File([bytes as BlobPart], name, { type: "application/pdf" }));
  return form;
}

/** Uploads a PDF and, while its text is read, asks for /health again and again: how long each answer took. */
async function uploadWhileAsking(app: HttpApp, bytes: Uint8Array, name: string) {
  let settled = false;
  const started = performance.now();
  const upload = h()
    .call("POST", "/api/v1/documents", { app, body: pdfForm(bytes, name) })
    .finally(() => {
      settled = true;
    });
  const latencies: number[] = [];
  while (!settled) {
    const t = performance.now();
    const health = await h().call("GET", "/api/v1/health", { app });
    assert.equal(health.status, 200);
    if (!settled) latencies.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  const res: Reply = await upload;
  return { res, took: performance.now() - started, latencies };
}

// 300 pages of invented filler take pdf.js about 1 s on a quiet 2-core machine (3 s under load).
describe("a PDF's text is read off the event loop, within a time limit", () => {
  test("while a long PDF is read, other requests are answered promptly", async () => {
    const app = createHttpApp(h().store.app, { clearance: "confidential", publicMode: false });
    const { res, took, latencies } = await uploadWhileAsking(app, await bigReportPdf(300), "long.pdf");
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.copies.map((c: { kind: string }) => c.kind),
      ["text"],
    );
    assert.ok(
      latencies.length >= 5,
      `${latencies.length} requests answered during a ${took.toFixed(0)} ms read`,
    );
    // Each answer takes a small part of the read (the machine is shared: a loaded one slows both).
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    const slowest = sorted[sorted.length - 1] as number;
    const said = `during a ${took.toFixed(0)} ms read: median ${median.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`;
    assert.ok(median < 150 && slowest < Math.max(250, took / 8), said);
  });

  test("past the limit: 400 on `file` naming the file and the limit, at the limit, and nothing stored", async () => {
    const app = createHttpApp(h().store.app, {
      clearance: "confidential",
      publicMode: false,
      pdfLimits: { timeMs: 300 },
    });
    const before = await h().call("GET", "/api/v1/documents?limit=200", { app });
    const { res, took } = await uploadWhileAsking(app, await bigReportPdf(300), "stuck-report.pdf");
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.code, "invalid-input");
    assert.match(
      res.body.detail,
      /^stuck-report\.pdf: its text was not extracted within the time limit of 300 ms; nothing was stored/,
    );
    assert.deepEqual(
      res.body.errors.map((e: { path: string }) => e.path),
      ["file"],
    );
    assert.ok(took < 3_000, `answered after ${took.toFixed(0)} ms, not held until the read ends`);
    const after = await h().call("GET", "/api/v1/documents?limit=200", { app });
    assert.equal(after.body.items.length, before.body.items.length, "nothing stored");
  });
});
