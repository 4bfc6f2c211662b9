import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { confidentialValues } from "../../src/app/demo/load-demo.ts";
import { buildScenario } from "../../src/app/demo/scenario/build.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { browserHarness, browserSkip } from "../support/browser.ts";

const analyst: Caller = { actor: "analyst:public-test", clearance: "confidential" };
const reviewer: Caller = { actor: "reviewer:public-test", clearance: "confidential" };
const PUBLISHED_SUMMARY = "Fictional training alert, published for the public edition test.";
const DRAFT_SUMMARY = "UNPUBLISHED DRAFT: must never show in the public edition.";

/** Controls that write: none may appear in the public edition. */
const EDIT_BUTTONS =
  /save|submit|publish|write a draft|correction|accept|reject|return to draft|refresh|new (event|claim|source)|edit|delete|upload/i;

describe("the public edition (tocsin serve --public) in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness({ publicMode: true });
  /** A page with room for a loaded machine (composing a draft runs the assessment engine). */
  const open = async () => {
    const page = await h().page();
    page.setDefaultTimeout(90_000);
    return page;
  };
  let publishedId = "";
  let draftId = "";
  let situations: { id: string; name: string }[] = [];

  before(async () => {
    // The server is read-only: the analysts' side is played by the use cases directly.
    const { app } = h().store;
    const res = await fetch(`${h().url}/api/v1/situations?limit=500`);
    situations = ((await res.json()) as { items: { id: string; name: string }[] }).items;
    const [first, second] = situations;
    assert.ok(first && second, "the scenario's situations are public");
    const a = await app.alerts.draft(first.id, {}, analyst);
    publishedId = a.alert.id;
    const v1 = await app.alerts.edit(
      publishedId,
      1,
      { summary: PUBLISHED_SUMMARY, currentSituation: { text: "Fictional: the events below continue." } },
      1,
      analyst,
    );
    const submitted = await app.alerts.submit(publishedId, 1, v1.revision, analyst);
    await app.alerts.publish(publishedId, 1, submitted.revision, reviewer);
    const b = await app.alerts.draft(second.id, {}, analyst);
    draftId = b.alert.id;
    await app.alerts.edit(draftId, 1, { summary: DRAFT_SUMMARY }, 1, analyst);
  });

  /** Fails on any control that writes, in the page as rendered. */
  async function assertReadOnly(page: Page, where: string) {
    const buttons = await page.getByRole("button").allTextContents();
    const writing = buttons.filter((b) => EDIT_BUTTONS.test(b));
    assert.deepEqual(writing, [], `${where}: no button that writes`);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    assert.deepEqual(
      hrefs.filter((href) => /\/(new|edit)(\/|\?|$)|\/review\b/.test(href)),
      [],
      `${where}: no link to a form or the review queue`,
    );
    assert.equal(await page.locator("textarea").count(), 0, `${where}: no text to write`);
  }

  test("only the map, published alerts and public evidence; no draft, no review queue, no editing control", async () => {
    const page = await open();
    await page.goto("/");
    await page.getByTestId("public-mode").waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    assert.equal(await nav.getByRole("link", { name: "Review queue" }).count(), 0);
    assert.equal(await nav.getByRole("link", { name: "Alerts" }).count(), 1);
    await assertReadOnly(page, "map");

    await page.goto("/alerts");
    await page.getByRole("heading", { name: "Published alerts" }).waitFor();
    const rows = page.getByTestId("alert-row");
    await rows.first().waitFor();
    // The scenario publishes an alert on Orvanne and keeps a draft on Teskal; this file adds one of each.
    const listed = (await (await fetch(`${h().url}/api/v1/alerts`)).json()) as { items: { id: string }[] };
    const ids = listed.items.map((x) => x.id);
    assert.ok(ids.includes(publishedId) && !ids.includes(draftId), "the API lists published alerts only");
    assert.equal(await rows.count(), ids.length);
    for (const status of await rows.locator(".status-badge").allTextContents())
      assert.match(status, /^Published/);
    assert.equal(await page.getByText(/Draft|In review/).count(), 0);
    await assertReadOnly(page, "alerts");

    await rows
      .filter({ has: page.locator(`a[href="/alerts/${publishedId}/versions/latest"]`) })
      .getByRole("link")
      .first()
      .click();
    await page.locator(".alert-doc .summary").waitFor();
    assert.equal(await page.locator(".alert-doc .summary").textContent(), PUBLISHED_SUMMARY);
    assert.equal(await page.getByRole("heading", { name: "Preview" }).count(), 0);
    await page.getByRole("list", { name: "Outputs" }).waitFor();
    await assertReadOnly(page, "published alert");
    await h().screenshot(page, "public-alert");

    await page.goto("/review");
    await page.getByText("The review queue is not part of the public edition.").waitFor();
    assert.equal(await page.getByTestId("suggestion").count(), 0);

    // A draft is not there for the public, even by its address, nor in the API.
    await page.goto(`/alerts/${draftId}/versions/latest`);
    await page.getByText(/Could not load the alert/).waitFor();
    const api = await fetch(`${h().url}/api/v1/alerts/${draftId}`);
    assert.equal(api.status, 404);
    h().pageErrors.splice(0); // the draft's 404 is logged by the browser as a failed resource: expected
  });

  test("no confidential value of the scenario in any page visited, nor in what the pages loaded", async () => {
    const secrets = confidentialValues(buildScenario());
    assert.ok(secrets.length >= 15);
    const page = await open();
    const bodies: { url: string; text: string }[] = [];
    page.on("response", async (r) => {
      const type = r.headers()["content-type"] ?? "";
      if (/json|html|xml|text/.test(type))
        bodies.push({ url: r.url(), text: await r.text().catch(() => "") });
    });
    const paths = [
      "/",
      "/alerts",
      `/alerts/${publishedId}/versions/latest`,
      `/alerts/${publishedId}/v/1.html`,
      `/alerts/${publishedId}.md`,
      "/feed.atom",
      ...situations.map((s) => `/situations/${s.id}`),
      "/evidence/events",
      "/evidence/claims",
      "/evidence/sources",
      "/evidence/documents",
    ];
    for (const path of paths) {
      await page.goto(path, { waitUntil: "networkidle" });
      const html = await page.content();
      for (const secret of secrets) assert.ok(!html.includes(secret), `${path} shows a confidential value`);
      if (!/\.(html|md)$|atom$/.test(path)) await assertReadOnly(page, path);
    }
    // Event pages of the evidence browser, as linked from its list.
    await page.goto("/evidence/events", { waitUntil: "networkidle" });
    const events = await page
      .locator('a[href^="/evidence/events/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "").slice(0, 5));
    for (const path of events) {
      await page.goto(path, { waitUntil: "networkidle" });
      const html = await page.content();
      for (const secret of secrets) assert.ok(!html.includes(secret), `${path} shows a confidential value`);
    }
    assert.ok(bodies.length > 20, `the pages loaded their data (${bodies.length} responses)`);
    for (const { url, text } of bodies)
      for (const secret of secrets) assert.ok(!text.includes(secret), `${url} carried a confidential value`);
  });
});
