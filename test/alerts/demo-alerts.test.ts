import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { renderAlert, renderFeed } from "../../src/app/alerts/render/outputs.ts";
import { pdfFonts } from "../../src/app/alerts/render/pdf-fonts.ts";
import { confidentialValues } from "../../src/app/demo/load-demo.ts";
import { buildScenario } from "../../src/app/demo/scenario/build.ts";
import type { AlertVersion } from "../../src/domain/alerts/document/alert-version.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { createHttpApp } from "../../src/http/server.ts";
import { call } from "../support/http.ts";
import { pdfText } from "../support/pdf-text.ts";
import { disposeStore, freshDemoPGlite, type TestStore } from "../support/stores.ts";
import { checkXml } from "../support/xml-check.ts";

const ANALYST: Caller = { actor: "test analyst", clearance: "confidential" };
const PUBLIC: Caller = { actor: "reader", clearance: "public" };
const BASE = "http://tocsin.test";

/** Every value of the scenario that the public must never read: confidential ones and internal records. */
function forbiddenValues(): string[] {
  const s = buildScenario();
  return [
    ...confidentialValues(s),
    ...s.events.filter((e) => e.sensitivity !== "public").flatMap((e) => [e.title, e.description]),
    ...s.claims.filter((c) => c.sensitivity !== "public").map((c) => c.statement),
    ...s.sources.filter((r) => r.sensitivity !== "public").map((r) => r.name),
    ...s.documents.filter((d) => d.sensitivity !== "public").map((d) => d.title),
  ].filter((v): v is string => typeof v === "string" && v.length >= 8);
}

const squash = (s: string) => s.replace(/\s+/g, "");
const unHtml = (s: string) =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

function assertNoLeak(label: string, text: string, forbidden: string[]): void {
  const hay = squash(text);
  for (const value of forbidden)
    assert.ok(!hay.includes(squash(value)), `${label} contains a non-public value: ${value.slice(0, 80)}`);
}

describe("the demo scenario's alerts and their outputs", () => {
  let store: TestStore;
  let orvanne: { id: string; versions: AlertVersion[] };
  let teskalId = "";
  const pdfTimes: number[] = [];
  before(async () => {
    store = await freshDemoPGlite();
    const page = await store.app.alerts.list({ limit: 10 }, ANALYST);
    const pub = page.items.find((x) => x.versions.some((v) => v.status === "published"));
    const draft = page.items.find((x) => x.versions.every((v) => v.status === "draft"));
    assert.ok(pub && draft, "the demo has a published alert and a draft");
    orvanne = { id: pub.alert.id, versions: pub.versions };
    teskalId = draft.alert.id;
  });
  after(async () => {
    if (store) await disposeStore(store);
  });

  test("the demo holds a published alert with a correction and a draft, made through the use cases", () => {
    assert.deepEqual(
      orvanne.versions.map((v) => [v.number, v.status, v.correctionOf]),
      [
        [1, "published", null],
        [2, "published", 1],
      ],
    );
    assert.match(orvanne.versions[1]?.changeNote ?? "", /Saddow Pass/);
    assert.match(
      orvanne.versions[0]?.content.title ?? "",
      /^Genocide Emergency: Dellovar in Orvanne Province/,
    );
    assert.ok(
      orvanne.versions[0]?.content.background.episodes.some((e) => e.title === "Ustrel massacre"),
      "the past episode is in the background",
    );
  });

  test("no output of any version (HTML, Markdown, JSON, PDF text) nor the feed contains a non-public value", async () => {
    const forbidden = forbiddenValues();
    assert.ok(forbidden.length > 20, "the scenario has confidential and internal values to look for");
    const alerts = store.app.alerts;
    const targets: [string, number][] = [
      [orvanne.id, 1],
      [orvanne.id, 2],
      [teskalId, 1],
    ];
    for (const [id, n] of targets) {
      const opts = { baseUrl: BASE, publishedOnly: false };
      const html = await renderAlert(alerts, id, n, "html", ANALYST, opts);
      assertNoLeak(`HTML ${id} v${n}`, unHtml(html.body as string), forbidden);
      const md = await renderAlert(alerts, id, n, "md", ANALYST, opts);
      assertNoLeak(`Markdown ${id} v${n}`, (md.body as string).replaceAll("\\", ""), forbidden);
      const json = await renderAlert(alerts, id, n, "json", ANALYST, opts);
      assertNoLeak(`JSON ${id} v${n}`, JSON.stringify(JSON.parse(json.body as string)), forbidden);
      const t0 = performance.now();
      const pdf = await renderAlert(alerts, id, n, "pdf", ANALYST, { ...opts, pdf: { compress: false } });
      pdfTimes.push(performance.now() - t0);
      const text = pdfText(pdf.body as Buffer);
      assert.ok(text.includes("Recommendations"), "the PDF text was read");
      assertNoLeak(`PDF ${id} v${n}`, text, forbidden);
    }
    const feed = await renderFeed(alerts, BASE);
    assertNoLeak("feed", unHtml(feed), forbidden);
  });

  test("HTML: standalone page with the feed in its head, dates at their precision, tolls as ranges, numbered recommendations, attributions", async () => {
    const out = await renderAlert(store.app.alerts, orvanne.id, "published", "html", PUBLIC, {
      baseUrl: BASE,
      publishedOnly: true,
    });
    const html = out.body as string;
    assert.match(html, /^<!doctype html>/);
    assert.match(
      html,
      /<head>[\s\S]*<link rel="alternate" type="application\/atom\+xml" href="\/feed\.atom" title="[^"]+">[\s\S]*<\/head>/,
    );
    assert.match(html, /<style>[\s\S]*@media print/);
    assert.ok(!/<script|<link rel="stylesheet"/.test(html), "no external assets or scripts");
    assert.match(html, /<h1>Genocide Emergency: Dellovar in Orvanne Province/);
    assert.match(html, /14 March 2011/);
    assert.match(html, /180 to 410 \(best estimate 240\)/);
    assert.match(html, /contested: sources disagree/);
    assert.match(html, /Correction of version 1\.<\/strong> Corrected the summary/);
    assert.match(html, /<ol class="recs"><li><strong>To the /);
    assert.match(html, /Stage 9|9\. Extermination/);
    assert.match(
      html,
      /Highland Events Dataset[\s\S]*CC BY 4\.0/,
      "the cited dataset's attribution and licence",
    );
    assert.ok(
      !html.includes("training-scenario analyst") && !html.includes("training-scenario reviewer"),
      "no actor names",
    );
  });

  test("Markdown, JSON and PDF carry the same document", async () => {
    const alerts = store.app.alerts;
    const md = (
      await renderAlert(alerts, orvanne.id, 2, "md", PUBLIC, { baseUrl: BASE, publishedOnly: true })
    ).body as string;
    assert.match(md, /^# Genocide Emergency: /);
    assert.match(md, /^## Recommendations\n\n1\. \*\*To UN Security Council:\*\*/m);
    assert.match(md, /> \*\*Correction of version 1\.\*\*/);
    const json = JSON.parse(
      (await renderAlert(alerts, orvanne.id, 2, "json", PUBLIC, { baseUrl: BASE, publishedOnly: true }))
        .body as string,
    );
    assert.equal(json.type, "tocsin-alert");
    assert.equal(json.version, 2);
    assert.equal(json.correctionOf, 1);
    assert.equal(json.links.html, `${BASE}/alerts/${orvanne.id}/v/2.html`);
    assert.equal(json.content.recommendations[0].number, 1);
    assert.deepEqual(
      json.versions.map((v: { number: number }) => v.number),
      [1, 2],
    );
    for (const key of ["publishedBy", "createdBy", "editors", "submittedBy"]) assert.ok(!(key in json), key);
    const pdf = await renderAlert(alerts, orvanne.id, 2, "pdf", PUBLIC, {
      baseUrl: BASE,
      publishedOnly: true,
      pdf: { compress: false },
    });
    const bytes = pdf.body as Buffer;
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
    const text = pdfText(bytes);
    assert.ok(pdfFonts().unicode, "fonts-dejavu-core is installed here");
    assert.deepEqual(pdf.warnings, []);
    for (const phrase of [
      "Genocide Emergency: Dellovar in Orvanne Province",
      "LEVEL: GENOCIDE EMERGENCY",
      "14 March 2011",
      "Recommendations",
      "Data sources and attributions",
      "Correction of version 1.",
    ])
      assert.ok(squash(text).includes(squash(phrase)), `PDF text has "${phrase}"`);
    const compressed = await renderAlert(alerts, orvanne.id, 2, "pdf", PUBLIC, {
      baseUrl: BASE,
      publishedOnly: true,
    });
    assert.ok((compressed.body as Buffer).length < bytes.length, "compressed by default");
    const fallback = await renderAlert(alerts, orvanne.id, 2, "pdf", PUBLIC, {
      baseUrl: BASE,
      publishedOnly: true,
      pdf: { compress: false, fonts: pdfFonts({ TOCSIN_PDF_FONT: "/nonexistent/font.ttf" }) },
    });
    assert.match(fallback.warnings[0] ?? "", /fonts-dejavu-core/);
    assert.ok(pdfText(fallback.body as Buffer).includes("Recommendations"), "the fallback still renders");
  });

  test("the Atom feed is well-formed and lists published alerts and level changes", async () => {
    const xml = await renderFeed(store.app.alerts, BASE);
    const { problems, paths } = checkXml(xml);
    assert.deepEqual(problems, []);
    assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    for (const p of ["feed/id", "feed/title", "feed/updated", "feed/author/name", "feed/link"])
      assert.ok(paths.includes(p), p);
    const entries = xml.split("<entry>").slice(1);
    assert.ok(entries.length >= 4);
    for (const e of entries)
      for (const el of ["<id>", "<title", "<updated>", "<link "])
        assert.ok(e.includes(el), `entry has ${el}`);
    assert.ok(
      entries.some((e) => e.includes(`urn:tocsin:alert:${orvanne.id}:v2`) && e.includes("correction")),
    );
    assert.ok(entries.some((e) => e.includes(`urn:tocsin:alert:${orvanne.id}:v1`)));
    assert.ok(!xml.includes(teskalId), "drafts are not in the feed");
    const changes = entries.filter((e) => e.includes("urn:tocsin:level-change:"));
    assert.ok(
      changes.some((e) => /Genocide Warning to Genocide Emergency: Dellovar/.test(e)),
      "Orvanne rose to Emergency",
    );
  });

  test("HTTP: stable output URLs, public mode shows published alerts only and is read-only", async () => {
    const pub = createHttpApp(store.app, { clearance: "confidential", publicMode: true });
    const internal = createHttpApp(store.app, { clearance: "internal", publicMode: false });
    const list = await call(pub, "GET", "/api/v1/alerts");
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.items.map((a: { id: string }) => a.id),
      [orvanne.id],
    );
    assert.ok(
      list.body.items[0].versions.every(
        (v: { status: string; content?: unknown }) => v.status === "published" && v.content === undefined,
      ),
    );
    assert.equal((await call(pub, "GET", `/api/v1/alerts/${teskalId}`)).status, 404);
    const html = await call(pub, "GET", `/alerts/${orvanne.id}.html`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get("content-type") ?? "", /text\/html/);
    assert.match(html.body, /Version 2/);
    const v1 = await call(pub, "GET", `/alerts/${orvanne.id}/v/1.md`);
    assert.equal(v1.status, 200);
    assert.match(v1.headers.get("content-type") ?? "", /text\/markdown/);
    assert.equal((await call(pub, "GET", `/alerts/${orvanne.id}/v/9.json`)).status, 404);
    // A path naming no output file is the web app's: a browser gets its page, an API client a 404 problem.
    const web = mkdtempSync(join(tmpdir(), "tocsin-web-"));
    writeFileSync(join(web, "index.html"), "<!doctype html><title>app shell</title>");
    const withWeb = createHttpApp(store.app, { clearance: "public", publicMode: true, webDir: web });
    const page = await call(withWeb, "GET", `/alerts/${orvanne.id}`, { headers: { accept: "text/html" } });
    assert.equal(page.status, 200);
    assert.match(page.body, /app shell/);
    assert.equal((await call(withWeb, "GET", `/alerts/${orvanne.id}/v/latest`)).status, 404);
    rmSync(web, { recursive: true, force: true });
    assert.equal(
      (await call(internal, "GET", `/alerts/${teskalId}.html`)).status,
      404,
      "drafts have no public URL",
    );
    const pdf = await pub.request(`/alerts/${orvanne.id}.pdf`);
    assert.equal(pdf.headers.get("content-type"), "application/pdf");
    const feed = await call(pub, "GET", "/feed.atom");
    assert.match(feed.headers.get("content-type") ?? "", /application\/atom\+xml/);
    assert.equal(
      (
        await call(pub, "POST", "/api/v1/alerts", {
          json: { situationId: orvanne.versions[0]?.content.situation.id },
        })
      ).status,
      405,
    );

    const preview = await call(internal, "GET", `/api/v1/alerts/${teskalId}/versions/1/render?format=html`);
    assert.equal(preview.status, 200);
    assert.match(preview.body, /DRAFT: not published/);
    const v = await call(internal, "GET", `/api/v1/alerts/${teskalId}/versions/1`);
    assert.equal(v.headers.get("etag"), `"${v.body.revision}"`);
    assert.equal(
      (await call(internal, "PATCH", `/api/v1/alerts/${teskalId}/versions/1`, { json: { summary: "x" } }))
        .status,
      428,
    );
    const stale = await call(internal, "PATCH", `/api/v1/alerts/${teskalId}/versions/1`, {
      json: { summary: "x" },
      headers: { "If-Match": '"99"' },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, "stale-version");
    const bad = await call(internal, "PATCH", `/api/v1/alerts/${teskalId}/versions/1`, {
      json: { recommendations: [{ addressee: "nobody", text: "t" }] },
      headers: { "If-Match": `"${v.body.revision}"` },
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, "recommendations.0.addressee");
    const ok = await call(internal, "PATCH", `/api/v1/alerts/${teskalId}/versions/1`, {
      json: { determination: { text: "At stages 5, 7 and 8." } },
      headers: { "If-Match": `"${v.body.revision}"`, "X-Tocsin-Actor": "editor" },
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.headers.get("etag"), `"${v.body.revision + 1}"`);
    const pubTry = await call(internal, "POST", `/api/v1/alerts/${teskalId}/versions/1/publish`, {
      headers: { "If-Match": `"${ok.body.revision}"` },
    });
    assert.equal(pubTry.status, 409, "a draft is not published without review");
    const lib = await call(internal, "GET", "/api/v1/recommendations?stages=9");
    assert.equal(lib.status, 200);
    assert.ok(
      lib.body.entries.length > 0 &&
        lib.body.entries.every((e: { stages: number[] }) => e.stages.includes(9)),
    );
    assert.equal(lib.body.addressees["un-security-council"], "UN Security Council");
    const doc = await call(internal, "GET", "/api/openapi.json");
    assert.ok(doc.body.paths["/api/v1/alerts/{id}/versions/{n}/publish"], "documented in OpenAPI");
  });

  test("PDF render time is measured", () => {
    assert.ok(pdfTimes.length === 3);
    console.log(
      `# PDF render (uncompressed, DejaVu embedded): ${pdfTimes.map((t) => `${t.toFixed(0)} ms`).join(", ")}`,
    );
  });
});
