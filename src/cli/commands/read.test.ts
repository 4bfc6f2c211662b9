import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Loopback, startLoopback } from "../../../test/support/loopback-server.ts";
import { reportPdf } from "../../../test/support/report-pdf.ts";
import { openApp } from "../../bootstrap.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-read-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// INVENTED sentences (real place names only as places).
const PAGE = `<!doctype html><html><head><title>Invented field note</title><script>var x = "Aleppo";</script>
<style>.a{}</style></head><body><h1>Field note (invented)</h1>
<p>In Syria, on 3 April 2031 shelling in <b>Homs</b> killed at least 12&nbsp;civilians.</p>
<p>Syrian soldiers detained 40 men near Deir ez-Zor in May 2031.</p></body></html>`;

const PDF_SENTENCE = "On 3 April 2031 militiamen killed at least 12 civilians in Homs, Syria.";

describe("tocsin read: files of every kind, and URLs stored as documents", () => {
  let web: Loopback;
  let brief: Buffer;
  before(async () => {
    web = await startLoopback();
    brief = await reportPdf([["Brief (invented)"], [PDF_SENTENCE]]);
    web.routes.set("/note.html", { body: Buffer.from(PAGE) });
    web.routes.set("/brief.pdf", { body: brief });
    web.routes.set("/broken.pdf", { body: Buffer.from("%PDF-1.4\n% invented\n") });
    web.routes.set("/gone", { status: 404 });
  });
  after(() => web.close());

  test("an HTML file: text without scripts or styles, towns found, offsets into the extracted text", async () => {
    const r = await tocsin(["read", file("note.html", PAGE), "--json"]);
    assert.equal(r.code, 0, r.err);
    const reading = JSON.parse(r.out);
    const places = reading.events.flatMap((e: { places: { name: string; country: string }[] }) =>
      e.places.map((p) => `${p.name}/${p.country}`),
    );
    assert.deepEqual(places, ["Syrian Arab Republic/SYR", "Homs/SYR", "Deir ez-Zor/SYR"]);
    assert.deepEqual(
      reading.events[1].perpetratorCountries.map((n: { country: string }) => n.country),
      ["SYR"],
    );
    assert.ok(!JSON.stringify(reading).includes("var x"), "script text is not read");
  });

  test("Markdown is read without its marks; a PDF by its text; an unreadable PDF or binary file is refused with the reason", async () => {
    const md = await tocsin([
      "read",
      file("b.md", "# Note\n\nArmed men **killed** 9 people in *Homs*, Syria, in 2031.\n"),
      "--json",
    ]);
    assert.equal(md.code, 0, md.err);
    const e = JSON.parse(md.out).events[0];
    assert.equal(e.text, "Armed men killed 9 people in Homs, Syria, in 2031.");
    const pdf = await tocsin(["read", file("r.pdf", brief), "--json"]);
    assert.equal(pdf.code, 0, pdf.err);
    const [event] = JSON.parse(pdf.out).events;
    assert.equal(event.text, PDF_SENTENCE);
    assert.deepEqual(
      [event.date.start, event.fatalities.low, event.places[0].name],
      ["2031-04-03", 12, "Homs"],
    );
    const broken = await tocsin(["read", file("c.pdf", "%PDF-1.4\n")]);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /c\.pdf: PDF: could not be read \(.*\): stored without a text copy/);
    const bin = await tocsin(["read", file("d.txt", Buffer.from([1, 0, 2]))]);
    assert.match(bin.err, /looks binary/);
  });

  test("a fresh, empty data folder: countries, towns and group and force names from the built-in gazetteers", async () => {
    const empty = mkdtempSync(join(tmpdir(), "tocsin-read-empty-"));
    const report = file(
      "empty-store.txt",
      "On 3 April 2031 security forces killed at least 12 civilians in Homs, Syria.\n\n" +
        "Militiamen attacked Yazidis and Syrian refugees near Aleppo on 4 April 2031, killing nearly all of the camp's 40 residents.\n",
    );
    const r = await tocsin(["read", report, "--json", "--data", empty]);
    assert.equal(r.code, 0, r.err);
    const [first, second] = JSON.parse(r.out).events;
    const names = (xs: { name: string; country: string | null }[]) => xs.map((x) => `${x.name}/${x.country}`);
    assert.deepEqual(names(first.places), ["Homs/SYR", "Syrian Arab Republic/SYR"]);
    assert.deepEqual(names(first.groupTerms), ["civilians/null"]);
    assert.deepEqual(names(first.perpetratorTerms), ["security forces/null"]);
    assert.deepEqual(first.groups, [], "no store record, so no store group");
    assert.deepEqual(names(second.groupTerms), ["Yazidis/null", "refugees/SYR", "residents/null"]);
    assert.deepEqual(names(second.perpetratorTerms), ["militia/null"]);
    assert.equal(second.groupTerms[1].text, "Syrian refugees");
    assert.deepEqual(
      [second.fatalities.low, second.fatalities.best, second.fatalities.high, second.fatalities.qualifier],
      [null, null, 40, "nearly-all"],
    );
    assert.deepEqual(readdirSync(empty), [], "reading a file writes nothing to the data folder");
  });

  test("--help credits the town data", async () => {
    const r = await tocsin(["read", "--help"]);
    assert.match(r.out + r.err, /GeoNames .*CC BY 4\.0/);
  });

  test("a URL is fetched (loopback), stored with its URL and fetch time, and read into suggestions", async () => {
    const data = storeFolder();
    const url = `${web.url}/note.html`;
    const r = await tocsin(["read", url, "--json", "--data", data], { TOCSIN_CLEARANCE: "confidential" });
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out);
    assert.equal(out.document.originUrl, url);
    assert.equal(out.document.mediaType, "text/html");
    assert.ok(Math.abs(Date.parse(out.document.fetchedAt) - Date.now()) < 120_000);
    assert.ok(out.suggestions.added >= 2, JSON.stringify(out.suggestions));
    assert.equal(out.events[0].places[1].name, "Homs");
    const pdf = JSON.parse((await tocsin(["read", `${web.url}/brief.pdf`, "--json", "--data", data])).out);
    assert.equal(pdf.document.mediaType, "application/pdf");
    assert.ok(pdf.suggestions.added >= 1, "a PDF's text layer is read into suggestions");
    assert.equal(pdf.events[0].text, PDF_SENTENCE);
    const broken = JSON.parse(
      (await tocsin(["read", `${web.url}/broken.pdf`, "--json", "--data", data])).out,
    );
    assert.equal(broken.suggestions, null, "an unreadable PDF is kept without a text copy");
    assert.match(broken.document.notes.join(), /PDF: could not be read/);
    const gone = await tocsin(["read", `${web.url}/gone`, "--data", data]);
    assert.equal(gone.code, 3);
    assert.match(gone.err, /HTTP 404/);
    const app = await openApp({ dataDir: data, databaseUrl: undefined });
    try {
      const caller = { actor: "test", clearance: "confidential" as const };
      const doc = await app.evidence.get("document", out.document.id, caller);
      assert.equal(doc.originUrl, url);
      assert.equal(doc.collectedAt, out.document.fetchedAt);
      assert.equal(doc.title, "Invented field note");
      const [copy] = await app.evidence.readText(out.document.id, caller, "test");
      assert.ok(
        copy?.content.startsWith("Field note (invented)\n\nIn Syria, on 3 April 2031"),
        copy?.content,
      );
      const original = await app.evidence.readOriginal(out.document.id, caller, "test");
      assert.equal(Buffer.from(original.bytes).toString(), PAGE, "the original is kept untouched");
      const pdfDoc = await app.evidence.readOriginal(pdf.document.id, caller, "test");
      assert.ok(Buffer.from(pdfDoc.bytes).equals(brief), "the PDF is kept byte for byte");
      assert.equal(pdfDoc.document.sha256, pdf.document.sha256);
      const [pdfCopy] = await app.evidence.readText(pdf.document.id, caller, "test");
      assert.match(pdfCopy?.content ?? "", /Brief \(invented\)\s+On 3 April 2031 militiamen/);
      const brokenDoc = await app.evidence.get("document", broken.document.id, caller);
      assert.equal(brokenDoc.mediaType, "application/pdf", "an unreadable PDF is still a Document");
    } finally {
      await app.close();
    }
  });
});
