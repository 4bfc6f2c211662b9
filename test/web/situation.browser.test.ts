import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { browserHarness, browserSkip } from "../support/browser.ts";

describe("a situation's page in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  async function situationId(name: RegExp): Promise<string> {
    const r = await fetch(`${h().url}/api/v1/situations?limit=100`);
    const body = (await r.json()) as { items: { id: string; name: string }[] };
    const s = body.items.find((x) => name.test(x.name));
    assert.ok(s, `a situation named ${name}`);
    return s.id;
  }

  async function open(page: Page, id: string) {
    await page.goto(`/situations/${id}`);
    await page.locator(".ladder").waitFor();
    await page.locator(".timeline").waitFor();
  }

  test("level with the rule that set it; the ten stages as a ladder with levels, scores and top evidence", async () => {
    const page = await h().page();
    const id = await situationId(/^Dellovar/);
    await open(page, id);
    assert.match((await page.locator("h1").textContent()) ?? "", /Dellovar in Orvanne Province/);
    const level = (await page.locator(".level-box").textContent()) ?? "";
    assert.match(level, /Genocide Emergency/);
    assert.match(level, /Set by rule emergency-extermination/);
    assert.match(level, /Concern/);
    const rungs = page.locator(".ladder > li");
    assert.equal(await rungs.count(), 10);
    const stage9 = page.locator('.ladder > li[data-stage="9"]');
    const text9 = (await stage9.textContent()) ?? "";
    assert.match(text9, /Extermination/);
    assert.match(text9, /likely/);
    assert.match(text9, /score \d+\.\d\d/);
    // Top evidence links to the event in the evidence browser.
    await stage9.locator(".top-evidence a[href^='/evidence/events/']").first().waitFor();
    // The UN Framework view of the same evidence: 14 risk factors.
    assert.equal(await page.locator(".framework tbody th[scope=row]").count(), 14);
    await h().screenshot(page, "situation");
    // From the situation to its alerts (where an analyst writes one) and to its evidence.
    await page.getByRole("link", { name: /Alerts for this situation/ }).click();
    await page.waitForURL(`**/alerts?situation=${id}`);
    assert.deepEqual(h().pageErrors, []);
  });

  test("the timeline: dates at their precision, tolls as ranges with the best estimate, contested events marked", async () => {
    const page = await h().page();
    await open(page, await situationId(/^Dellovar/));
    const items = page.locator(".timeline > li");
    assert.ok((await items.count()) > 10);
    const dates = await page.locator(".timeline time").allTextContents();
    for (const d of dates) {
      assert.match(d, /\d{4}$/, d);
      assert.doesNotMatch(d, /\d{4}-\d{2}/, "never a raw ISO date");
    }
    assert.ok(
      dates.some((d) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(d)),
      "a day-precision date reads '3 May 2026'",
    );
    const ranged = page.locator(".timeline .toll", { hasText: /\d+–\d+ \(best \d+\) killed/ });
    assert.ok((await ranged.count()) > 0, "some toll is shown as a range");
    const contested = page.locator(".timeline li.is-contested");
    assert.ok((await contested.count()) > 0, "some event is contested");
    assert.match(
      (await contested.first().textContent()) ?? "",
      /contested/,
      "marked in words, not colour alone",
    );
    const spoken = await ranged.first().locator(".visually-hidden").textContent();
    assert.match(spoken ?? "", /^between \d+ and \d+ deaths, best estimate \d+$/);
  });

  test("history and diff: store today's assessment, then what moved since it is shown", async () => {
    const page = await h().page();
    await open(page, await situationId(/^Oskeri/));
    await page.locator(".level-changes li").first().waitFor();
    assert.match((await page.locator("#diff-title + p").textContent()) ?? "", /No assessment .* stored yet/);
    await page.getByRole("button", { name: "Store today's assessment" }).click();
    await page.locator("section:has(#history-title) table tbody tr").first().waitFor();
    await page.locator("section:has(#diff-title)", { hasText: /the level did not change/ }).waitFor();
  });

  test("no level is shown by colour alone on the page", async () => {
    const page = await h().page();
    await open(page, await situationId(/^Dellovar/));
    const badges = await page.locator(".level, .stage-level").allTextContents();
    assert.ok(badges.length > 10);
    for (const b of badges)
      assert.match(
        b,
        /(No alert|None|Watch|Warning|Emergency|absent|possible|likely|established|pending)/,
        b,
      );
  });
});
