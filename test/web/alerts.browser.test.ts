import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

const SITUATION = "Dellovar in Orvanne Province, Feltravia (fictional)";
const SUMMARY = "Fictional training alert: killings of Dellovar civilians continue in Orvanne Province.";
const CURRENT = "Fictional: the events below, recorded from sources of the training scenario, continue.";
const CORRECTION = "Corrected the summary: the killings spread to a second district.";

describe("alerts in Chromium: draft, recommendations, review, publish, feed, correction", {
  skip: browserSkip(),
}, () => {
  const h = browserHarness();
  /** A page with room for a loaded machine (composing a draft runs the assessment engine). */
  const open = async () => {
    const page = await h().page();
    page.setDefaultTimeout(90_000);
    return page;
  };
  let alertPath = "";
  let alertId = "";
  let recommendation = "";

  test("a draft written from a situation: validation beside the fields, a library recommendation, If-Match", async () => {
    const page = await open();
    await page.goto("/alerts");
    await page.getByLabel("New alert for").selectOption({ label: SITUATION });
    await page.getByRole("button", { name: "Write a draft" }).click();
    await page
      .getByRole("heading", { name: /^Draft: Genocide (Watch|Warning|Emergency): Dellovar/ })
      .waitFor();
    alertPath = new URL(page.url()).pathname;
    alertId = alertPath.split("/")[2] ?? "";
    assert.match(alertPath, /^\/alerts\/[0-9a-f-]{36}\/versions\/latest$/);

    // Submitting a draft without a summary: the server's message appears beside the Summary field.
    await page.getByRole("button", { name: "Submit for review" }).click();
    const summary = page.getByLabel("Summary", { exact: true });
    await page.locator("#alert-summary-error").waitFor();
    await settlesTo(() => summary.getAttribute("aria-invalid"), "true", "the summary is marked invalid");
    assert.match((await page.locator("#alert-summary-error").textContent()) ?? "", /summary/);

    // A recommendation from the library (keyed by this situation's stages and risk factors), moved up once.
    const before = await page.getByTestId("recommendation").count();
    const add = page
      .getByRole("region", { name: "Recommendation library" })
      .getByRole("button", { name: /^Add recommendation / })
      .and(page.locator(":enabled"))
      .first();
    const label = (await add.getAttribute("aria-label")) ?? "";
    await add.click();
    await settlesTo(() => page.getByTestId("recommendation").count(), before + 1, "one recommendation added");
    recommendation = await page.locator(`#rec-${before}-text`).inputValue();
    assert.ok(recommendation.length > 20, `${label} has its text`);
    await page.getByRole("button", { name: `Move recommendation ${before + 1} up` }).click();
    await settlesTo(
      () => page.locator(`#rec-${before - 1}-text`).inputValue(),
      recommendation,
      "moved up once",
    );
    await summary.fill(SUMMARY);

    // Someone else saves meanwhile: our save is refused (If-Match), our text stays in the form.
    const other = await fetch(`${h().url}/api/v1/alerts/${alertId}/versions/1`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "If-Match": '"1"', "X-Tocsin-Actor": "analyst:other" },
      body: JSON.stringify({ background: { text: "Written by another analyst." } }),
    });
    assert.equal(other.status, 200);
    await page.getByRole("button", { name: "Save draft" }).click();
    await page
      .getByRole("alert")
      .getByText(/Someone saved this version after you opened it/)
      .waitFor();
    assert.equal(await summary.inputValue(), SUMMARY);
    // The browser logs the refused submit (400) and save (409) as failed resources: expected here.
    h().pageErrors.splice(0);

    // Reload, write again and save.
    await page.getByRole("button", { name: "Reload" }).click();
    await page.getByLabel("Background: the analyst's text").waitFor();
    assert.equal(
      await page.getByLabel("Background: the analyst's text").inputValue(),
      "Written by another analyst.",
    );
    await page.getByLabel("Summary", { exact: true }).fill(SUMMARY);
    await page.getByLabel("Current situation: the analyst's text").fill(CURRENT);
    await page
      .getByRole("region", { name: "Recommendation library" })
      .getByRole("button", { name: label })
      .click();
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("status").getByText("Saved.").waitFor();
    await h().screenshot(page, "alert-editor");
    assert.deepEqual(h().pageErrors, []);
  });

  test("submitted, then published by the reviewer; the outputs and the version history follow", async () => {
    assert.ok(alertPath, "the draft test ran");
    const author = await open();
    await author.goto(alertPath);
    await author.getByRole("button", { name: "Submit for review" }).click();
    const own = author.getByRole("button", { name: "Publish version 1" });
    await own.waitFor();
    assert.equal(await author.getByRole("button", { name: "Save draft" }).count(), 0, "no editing in review");
    // The two-person rule: its author may not publish it; the server's reason is shown.
    await own.click();
    await author.getByText(/Not done: .*a reviewer other than its authors must approve it/).waitFor();
    // Chromium reports the refused request (403) on the console: that one is expected.
    const refused = h().pageErrors.splice(0);
    assert.ok(
      refused.every((e) => e.includes("403")),
      refused.join("\n"),
    );

    // A second person (the web app has no accounts yet: the actor is named by the X-Tocsin-Actor header).
    const page = await open();
    await page.setExtraHTTPHeaders({ "X-Tocsin-Actor": "training-scenario reviewer (fictional)" });
    await page.goto(alertPath);
    const publish = page.getByRole("button", { name: "Publish version 1" });
    await publish.waitFor();
    await publish.click();
    await page.getByRole("heading", { name: "Published outputs" }).waitFor();
    await page
      .getByRole("heading", { level: 1, name: /Genocide (Watch|Warning|Emergency): Dellovar/ })
      .waitFor();
    assert.ok(
      await page.getByText(recommendation).first().isVisible(),
      "the recommendation is in the published alert",
    );
    const outputs = page.getByRole("list", { name: "Outputs" });
    assert.deepEqual(
      await outputs.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
      [
        `/alerts/${alertId}/v/1.html`,
        `/alerts/${alertId}/v/1.md`,
        `/alerts/${alertId}/v/1.json`,
        `/alerts/${alertId}/v/1.pdf`,
        "/feed.atom",
      ],
    );
    await h().screenshot(page, "alert-published");

    // The HTML page, reached by its link (the app leaves it to the server).
    await outputs.getByRole("link", { name: "HTML page" }).click();
    await page.waitForURL(`**/alerts/${alertId}/v/1.html`);
    assert.match(
      (await page.locator("h1").first().textContent()) ?? "",
      /Genocide (Watch|Warning|Emergency): Dellovar/,
    );
    assert.ok((await page.content()).includes(SUMMARY));
    await h().screenshot(page, "alert-published-html");
    // The server's page has no icon: Chromium's request for /favicon.ico is the one failed resource there.
    const failed = h().pageErrors.splice(0);
    assert.ok(
      failed.every((e) => e.includes("404")),
      failed.join("\n"),
    );

    // The Atom feed lists it, with a link to its page.
    const feed = await (await fetch(`${h().url}/feed.atom`)).text();
    assert.match(feed, /<feed[^>]*xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.ok(feed.includes(alertId), "the feed links the alert");
    assert.match(feed, /Genocide (Watch|Warning|Emergency): Dellovar in Orvanne Province/);
    assert.deepEqual(h().pageErrors, []);
  });

  test("a correction is a new version with a required change note; the history says what changed", async () => {
    assert.ok(alertPath, "the draft test ran");
    const page = await open();
    await page.goto(alertPath);
    const start = page.getByRole("button", { name: "Start a correction" });
    await start.waitFor();
    await start.click();
    assert.match(
      (await page.locator("#correction-note-error").textContent()) ?? "",
      /at least 10 characters/,
    );
    await page.getByLabel(/What the correction changes/).fill(CORRECTION);
    await start.click();
    await page.getByRole("heading", { name: /^Draft:/ }).waitFor();
    assert.equal(await page.getByLabel(/What this correction changes/).inputValue(), CORRECTION);
    await page
      .getByLabel("Summary", { exact: true })
      .fill(`${SUMMARY} Killings spread to a second district.`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("status").getByText("Saved.").waitFor();

    const versions = page.getByTestId("version");
    assert.equal(await versions.count(), 2);
    const v2 = versions.first();
    assert.match((await v2.textContent()) ?? "", /Corrects version 1: Corrected the summary/);
    assert.match((await v2.getByRole("list").textContent()) ?? "", /summary rewritten/);
    // Version 1 stays as published, at its own page.
    await versions.nth(1).getByRole("link", { name: "Version 1" }).click();
    await page.waitForURL(`**/alerts/${alertId}/versions/1`);
    await page.getByRole("heading", { level: 1, name: /^Genocide/ }).waitFor();
    await page.getByText("Version 1 of 2").waitFor();
    assert.equal(await page.locator(".alert-doc .summary").textContent(), SUMMARY, "version 1 as published");
    assert.deepEqual(h().pageErrors, []);
  });
});
