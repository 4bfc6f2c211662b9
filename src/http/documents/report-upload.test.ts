import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { httpHarness } from "../../../test/support/http.ts";
import { reportPdf } from "../../../test/support/report-pdf.ts";

const h = httpHarness();

function upload(
  content: string | Uint8Array,
  type: string,
  name: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("file", new File([content as BlobPart], name, { type }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

async function textOf(id: string): Promise<string | undefined> {
  const res = await h().call("GET", `/api/v1/documents/${id}/text?reason=test`);
  return (res.body as { items?: { kind: string; content: string }[] }).items?.find((c) => c.kind === "text")
    ?.content;
}

// INVENTED text.
describe("report uploads: HTML and Markdown get a text working copy", () => {
  test("HTML and Markdown without a text field: the text is extracted and the language identified", async () => {
    const page =
      "<html><head><title>T</title><style>x{}</style></head><body><p>Armed men burned forty houses in the invented village of Orlen and witnesses said the soldiers came at night.</p></body></html>";
    const html = await h().call("POST", "/api/v1/documents", { body: upload(page, "text/html", "n.html") });
    assert.equal(html.status, 201, JSON.stringify(html.body));
    assert.deepEqual(
      html.body.copies.map((c: { kind: string }) => c.kind),
      ["text"],
    );
    assert.equal(html.body.language, "eng");
    assert.equal(await textOf(html.body.id), page.replace(/^.*<p>|<\/p>.*$/g, ""));
    const md = await h().call("POST", "/api/v1/documents", {
      body: upload("# Note\n\nMen **burned** houses.", "text/markdown", "n.md"),
    });
    assert.equal(await textOf(md.body.id), "Note\n\nMen burned houses.");
  });

  test("a text field given wins; a PDF gets its text layer; an unreadable PDF keeps no text copy", async () => {
    const given = await h().call("POST", "/api/v1/documents", {
      body: upload("<p>html</p>", "text/html", "a.html", { text: "as given" }),
    });
    assert.equal(await textOf(given.body.id), "as given");
    const pdf = await h().call("POST", "/api/v1/documents", {
      body: upload("%PDF-1.4\n", "application/pdf", "a.pdf"),
    });
    assert.equal(pdf.status, 201);
    assert.deepEqual(pdf.body.copies, []);
    const bytes = await reportPdf([
      ["Witnesses said armed men burned forty houses in the invented village of Orlen."],
    ]);
    const real = await h().call("POST", "/api/v1/documents", {
      body: upload(bytes, "application/pdf", "b.pdf"),
    });
    assert.equal(real.status, 201, JSON.stringify(real.body));
    assert.equal(
      await textOf(real.body.id),
      "Witnesses said armed men burned forty houses in the invented village of Orlen.",
    );
    assert.equal(real.body.language, "eng");
  });
});
