import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Locator } from "playwright-core";
import { browserHarness, browserSkip } from "../support/browser.ts";

const text = async (l: Locator) => (await l.textContent()) ?? "";

describe("the evidence browser in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  test("events filter by act and search by word, in the URL; contested rows show their spread", async () => {
    const page = await h().page();
    await page.goto("/evidence/events");
    await page.locator("table.events tbody tr").first().waitFor();
    await page.getByLabel("Act type").selectOption("massacre");
    await page.getByLabel("Search").fill("Halbrenn");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/act=massacre/);
    const url = new URL(page.url());
    assert.equal(url.pathname, "/evidence/events");
    assert.equal(url.searchParams.get("q"), "Halbrenn");
    const rows = page.locator("table.events tbody tr");
    await page.getByRole("link", { name: "Halbrenn market massacre" }).waitFor();
    const count = await rows.count();
    assert.ok(count >= 1);
    for (let i = 0; i < count; i++) assert.match(await text(rows.nth(i).locator("td").nth(3)), /massacre/);
    await h().screenshot(page, "evidence-events-filtered");

    // A deep link restores the filter state in the controls, and contested events carry their spread.
    await page.goto("/evidence/events?contested=true&country=XFT");
    assert.equal(await page.getByLabel("Contested").inputValue(), "true");
    assert.equal(await page.getByLabel("Country code").inputValue(), "XFT");
    const contested = page.locator("table.events tbody tr");
    await contested.first().waitFor();
    const first = contested.first().locator(".contested");
    assert.match(await text(first), /contested/);
    await page.locator(".contested .muted").first().waitFor();
    assert.match(await text(page.locator(".contested .muted").first()), /across \d+ claims|claims\)/);
    // Dates at their precision ("3 May 2026", "May 2026", "2011") and tolls as ranges or "unknown".
    const date = await text(contested.first().locator("td").first());
    assert.match(date, /^(\d{1,2}\D* )?[A-Z]?[a-z]* ?\d{4}/);
    await h().screenshot(page, "evidence-events");

    assert.deepEqual(h().pageErrors, []);

    // A filter the API refuses shows its message beside the control (the 400 is the point here).
    await page.goto("/evidence/events?country=xx1");
    await page.locator("#event-filters-country-error").waitFor();
    assert.match(await text(page.locator("#event-filters-country-error")), /alpha-3/);
    const refused = h().pageErrors.splice(0);
    assert.ok(
      refused.every((e) => /status of 400/.test(e)),
      refused.join("\n"),
    );
  });

  test("an event shows its claims with the sources' grades, the spread and the custody trail", async () => {
    const page = await h().page();
    await page.goto("/evidence/events?q=Halbrenn&act=massacre");
    await page.getByRole("link", { name: "Halbrenn market massacre" }).click();
    await page.getByRole("heading", { level: 1, name: "Halbrenn market massacre" }).waitFor();
    assert.match(page.url(), /\/evidence\/events\/[0-9a-f-]{36}$/);
    const claims = page.locator("table.claims tbody tr");
    await claims.first().waitFor();
    assert.ok((await claims.count()) >= 1);
    // The source's reliability (A-F) and the claim's credibility (1-6), each with its meaning.
    await page.locator("table.claims .grade").first().waitFor();
    const sourceCell = await text(claims.first().locator("td").nth(1));
    assert.match(sourceCell, /\b[A-F] \((completely|usually|fairly|not usually|unreliable|reliability)/);
    assert.match(await text(claims.first().locator("td").nth(2)), /^[1-6] \(/);
    // No witness recorded reads so (this harness serves at confidential clearance: nothing is withheld).
    assert.match(await text(page.locator("table.claims")), /none recorded/);
    assert.equal(await page.locator(".withheld").count(), 0);
    await page.getByRole("heading", { name: "Do the sources agree?" }).waitFor();
    await page.getByRole("heading", { name: "Custody trail" }).waitFor();
    const trail = page.locator("table.custody tbody tr");
    await trail.first().waitFor();
    assert.match(await text(trail.first()), /create/);
    assert.match(await text(trail.first().locator("code")), /^[0-9a-f]{12}…$/);
    await page
      .locator("dl.facts")
      .getByText(/exact location|near the named place|district|province|country only/)
      .first()
      .waitFor();
    await h().screenshot(page, "evidence-event-detail");

    // A recorded witness is shown to a confidential caller (the internal-clearance test sees "withheld").
    await page.goto("/evidence/events?q=Grellin&act=massacre");
    await page.getByRole("link", { name: "Grellin massacre" }).click();
    await page.getByText(/Survivor W-44 \(fictional\)/).waitFor();
    assert.deepEqual(h().pageErrors, []);
  });

  test("sources explain their grades; documents show hash, size, type, custody, and download with a reason", async () => {
    const page = await h().page();
    await page.goto("/evidence/sources");
    await page.locator("table.sources tbody tr").first().waitFor();
    await page.getByText("What the grades mean").first().click();
    await page.getByText("usually reliable").first().waitFor();

    await page.goto("/evidence/documents");
    const link = page.locator("table.documents tbody tr a").first();
    await link.waitFor();
    await link.click();
    await page.locator("code.hash").waitFor();
    assert.match(await text(page.locator("code.hash")), /^[0-9a-f]{64}$/);
    const facts = await text(page.locator("dl.facts"));
    assert.match(facts, /Size\s*[\d.]+ (bytes|KiB|MiB)/);
    assert.match(facts, /Media type\s*[\w.+-]+\/[\w.+-]+/);
    const trail = page.locator("table.custody tbody tr");
    await trail.first().waitFor();
    const before = await trail.count();

    // No reason, no download: the message is beside the field.
    await page.getByRole("button", { name: "Download the original" }).click();
    await page.locator("#download-reason-error").waitFor();
    await page.getByLabel("Reason for opening the original").fill("checking the field report (browser test)");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the original" }).click(),
    ]);
    assert.ok(download);
    await page.waitForFunction((n) => document.querySelectorAll("table.custody tbody tr").length > n, before);
    assert.match(await text(trail.last()), /checking the field report \(browser test\)/);
    assert.deepEqual(h().pageErrors, []);
  });

  test("the event map draws outlines and a marker per located event, its code loaded only there", async () => {
    const page = await h().page();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto("/evidence/events");
    await page.locator("table.events tbody tr").first().waitFor();
    assert.ok(!scripts.some((s) => s.includes("event-map-") && !s.includes("event-map-page")));
    await page.getByRole("navigation", { name: "Evidence" }).getByRole("link", { name: "Event map" }).click();
    const map = page.getByTestId("event-map");
    await page.waitForFunction(() => {
      const el = document.querySelector("[data-testid=event-map]") as HTMLElement | null;
      return el?.dataset.outlines === "drawn" && Number(el.dataset.markers) > 0;
    });
    assert.ok(Number(await map.getAttribute("data-markers")) > 10);
    assert.ok(
      scripts.some((s) => /event-map-(?!page)/.test(s)),
      "the map's chunk arrives with the map page",
    );
    assert.ok((await page.locator(".event-map path.leaflet-interactive").count()) > 10);
    await h().screenshot(page, "evidence-event-map");
    assert.deepEqual(h().pageErrors, []);
  });
});
