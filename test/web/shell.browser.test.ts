import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip } from "../support/browser.ts";

describe("the web app's shell in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  test("a deep link opens its page directly, with no page error", async () => {
    const page = await h().page();
    const list = await page.request.get("/api/v1/situations?limit=1");
    const [situation] = (await list.json()).items as { id: string; name: string }[];
    assert.ok(situation, "the scenario has a situation");
    await page.goto(`/situations/${situation.id}`);
    await page.getByRole("heading", { level: 1, name: situation.name }).waitFor();
    const missing = await page.goto("/no/such/page");
    assert.equal(missing?.status(), 200);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
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
