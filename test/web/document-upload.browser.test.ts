import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import type { Locator } from "playwright-core";
import { browserHarness, browserSkip } from "../support/browser.ts";

const text = async (l: Locator) => (await l.textContent()) ?? "";

// A fictional report about the fictional scenario (Republic of Feltravia).
const REPORT =
  "FICTIONAL TEST REPORT. On 3 April 2026 soldiers killed 12 Dellovar villagers in Halbrenn, Orvanne Province.\n";

describe("document upload in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  test("upload: checks and the server's refusals beside their fields, then the stored hash and size; the document is read into the review queue", async () => {
    const page = await h().page();
    await page.goto("/evidence/documents");
    await page.getByRole("link", { name: "Upload a document" }).click();
    await page.getByRole("heading", { level: 1, name: "Upload a document" }).waitFor();
    assert.match(page.url(), /\/evidence\/documents\/new$/);

    // No file, a language that is not a code: the client's checks, each beside its field.
    await page.getByLabel("Language").fill("English");
    await page.getByRole("button", { name: "Upload" }).click();
    const fileError = page.locator("#document-form-file-error");
    await fileError.waitFor();
    assert.match(await text(fileError), /choose the file/);
    assert.match(await text(page.locator("#document-form-language-error")), /ISO 639/);
    assert.equal(await page.getByLabel("File").getAttribute("aria-invalid"), "true");
    assert.match(await text(page.locator(".form-problems")), /File/);

    // An empty file: the server refuses it, and its message lands beside the file field; entries are kept.
    await page.getByLabel("Language").fill("en");
    await page.getByLabel("Title", { exact: true }).fill("Fictional field report from Halbrenn");
    await page
      .getByLabel("File")
      .setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.getByRole("button", { name: "Upload" }).click();
    await page.locator("#document-form-file-error", { hasText: "the file is empty" }).waitFor();
    assert.equal(await page.locator("#document-form-language-error").count(), 0);
    assert.equal(
      await page.getByLabel("Title", { exact: true }).inputValue(),
      "Fictional field report from Halbrenn",
    );
    const refused = h().pageErrors.splice(0);
    assert.ok(
      refused.every((e) => /status of 400/.test(e)),
      refused.join("\n"),
    );
    await h().screenshot(page, "evidence-document-upload-errors");

    // The real file with its metadata.
    const bytes = Buffer.from(REPORT, "utf8");
    await page
      .getByLabel("File")
      .setInputFiles({ name: "halbrenn.txt", mimeType: "text/plain", buffer: bytes });
    const source = page.getByLabel("Source", { exact: true });
    const firstSource = await source.locator("option").nth(1).getAttribute("value");
    assert.ok(firstSource, "the demo has sources to choose from");
    await source.selectOption(firstSource);
    await page.getByLabel("Collected at").fill("2026-05-10T14:30");
    await page.getByLabel("Collected by (confidential)").fill("fictional field team");
    await page.getByLabel("Sensitivity").selectOption("internal");
    await page.getByRole("button", { name: "Upload" }).click();
    await page.getByRole("heading", { level: 1, name: "Document uploaded" }).waitFor();
    const sha = createHash("sha256").update(bytes).digest("hex");
    assert.equal(await text(page.getByTestId("uploaded-sha256")), sha);
    assert.match(await text(page.getByTestId("uploaded-size")), new RegExp(`^${bytes.length} bytes`));
    await h().screenshot(page, "evidence-document-uploaded");

    // The stored record carries the metadata as sent.
    const listed = (await (await fetch(`${h().url}/api/v1/documents?q=Halbrenn`)).json()) as {
      items: {
        id: string;
        title: string;
        sha256: string;
        sourceId: string;
        collectedAt: string;
        language: string;
      }[];
    };
    const doc = listed.items.find((d) => d.sha256 === sha);
    assert.ok(doc, "the document is listed");
    assert.equal(doc.title, "Fictional field report from Halbrenn");
    assert.equal(doc.sourceId, firstSource);
    assert.equal(doc.language, "en");
    assert.equal(new Date(doc.collectedAt).toISOString(), "2026-05-10T14:30:00.000Z");

    await page.getByRole("link", { name: "Open the document's page" }).click();
    await page.getByRole("heading", { level: 1, name: "Fictional field report from Halbrenn" }).waitFor();
    assert.match(page.url(), new RegExp(`/evidence/documents/${doc.id}$`));
    await page.getByRole("button", { name: "Read this report" }).click();
    const result = page.getByTestId("read-result");
    await result.waitFor();
    assert.match(await text(result), /\d+ new suggestions? filed/);
    const suggestions = (await (await fetch(`${h().url}/api/v1/documents/${doc.id}/suggestions`)).json()) as {
      items: unknown[];
    };
    assert.match(await text(result), new RegExp(`^${suggestions.items.length} new suggestion`));
    await result.getByRole("link", { name: "Open the review queue" }).click();
    await page.getByRole("heading", { level: 1, name: "Review queue" }).waitFor();
    assert.deepEqual(h().pageErrors, []);
  });
});
