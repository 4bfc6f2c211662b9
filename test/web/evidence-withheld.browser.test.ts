import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip } from "../support/browser.ts";

describe("confidential fields at internal clearance, in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness({ clearance: "internal" });

  test("witnesses and contacts read 'withheld', and an edit form neither shows nor sends them", async () => {
    const page = await h().page();
    await page.goto("/evidence/events?q=Halbrenn&act=massacre");
    await page.getByRole("link", { name: "Halbrenn market massacre" }).click();
    await page.locator("table.claims tbody tr").first().waitFor();
    await page.locator("table.claims .withheld").first().waitFor();
    const claims = (await page.locator("table.claims").textContent()) ?? "";
    assert.match(claims, /withheld \(confidential\)/);
    assert.doesNotMatch(claims, /Survivor W-|identities held/);

    await page.goto("/evidence/sources");
    await page.locator("table.sources tbody tr a").first().click();
    await page.locator("dl.facts").waitFor();
    assert.match((await page.locator("dl.facts").textContent()) ?? "", /Contact\s*withheld \(confidential\)/);
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Name").waitFor();
    assert.equal(await page.getByLabel("Contact (confidential)").count(), 0);
    await page.locator(".record-form .withheld").waitFor();
    assert.deepEqual(h().pageErrors, []);
  });
});
