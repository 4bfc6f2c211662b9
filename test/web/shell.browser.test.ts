import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip } from "../support/browser.ts";

describe("the web app's shell in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  test("the home page lists the fictional scenario's situations and links to each", async () => {
    const page = await h().page();
    await page.goto("/");
    const link = page.getByRole("link", { name: /Feltravia|Orvanne|Teskal/ }).first();
    await link.waitFor();
    await h().screenshot(page, "home");
    await link.click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    assert.match(page.url(), /\/situations\/[0-9a-f-]{36}$/);
    assert.deepEqual(h().pageErrors, []);
  });

  test("every page advertises the Atom feed to feed readers", async () => {
    const page = await h().page();
    await page.goto("/situations/00000000-0000-4000-8000-000000000000");
    const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    assert.equal(await feed.getAttribute("href"), "/feed.atom");
  });

  test("the skip link and the main navigation are reachable by keyboard", async () => {
    const page = await h().page();
    await page.goto("/");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
  });
});
