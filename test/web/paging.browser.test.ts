import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

const analyst: Caller = { actor: "analyst:paging-test", clearance: "confidential" };

/** A fictional report (names of the fictional scenario) that fills the review queue with a few suggestions. */
const REPORT = [
  "[FICTIONAL training report: invented places and people]",
  "",
  "1. On 9 March 2026 in Orvanne Province between 100 and 160 Taldren civilians were killed by militia fighters.",
  "2. Speakers on the radio say the Oskeri are vermin and must be exterminated before they kill us first.",
  "3. On 12 March 2026 militia fighters burned 40 homes of Dellovar families in Halbrenn.",
  "",
].join("\n");

describe("paging beyond the first page in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  before(async () => {
    const { app } = h().store;
    const doc = await app.evidence.addDocument(
      new TextEncoder().encode(REPORT),
      { title: "Fictional report for paging", mediaType: "text/plain", sensitivity: "internal" },
      analyst,
      REPORT,
    );
    await app.reading.readDocument(doc.id, analyst);
    await app.reading.screenDocument(doc.id, analyst);
  });

  const total = async (path: string) =>
    ((await (await fetch(`${h().url}/api/v1/${path}`)).json()) as { items: unknown[] }).items.length;

  test("the alerts list loads the next page from the keyboard and says how many are shown", async () => {
    const all = await total("alerts?limit=500");
    assert.ok(all >= 2, `the scenario has several alerts, got ${all}`);
    const page = await h().page();
    await page.goto(`/alerts?limit=${all - 1}`);
    const rows = page.getByTestId("alert-row");
    await rows.first().waitFor();
    assert.equal(await rows.count(), all - 1);
    const count = page.getByTestId("load-more-count");
    assert.equal(
      await count.textContent(),
      `${all - 1} alert${all - 1 === 1 ? "" : "s"} shown; more follow.`,
    );
    const button = page.getByRole("button", { name: "Load more" });
    await button.focus();
    await page.keyboard.press("Enter");
    await settlesTo(() => rows.count(), all, "the next page's alert is appended");
    await settlesTo(
      async () => count.textContent(),
      `${all} alerts shown; that is all (the last page added 1).`,
      "the count says all are shown",
    );
    assert.equal(await button.count(), 0, "no button once the last page is in");
    const titles = await rows.locator("td:first-child").allTextContents();
    assert.equal(new Set(titles.map((t, i) => `${t}#${i}`)).size, all);
    assert.deepEqual(h().pageErrors, []);
  });

  test("the review queue loads the next page below the cards shown, which keep their places", async () => {
    const pending = await total("suggestions?status=pending&limit=500");
    assert.ok(pending >= 3, `several pending suggestions, got ${pending}`);
    const page = await h().page();
    await page.goto("/review?limit=2");
    const cards = page.getByTestId("suggestion");
    await cards.first().waitFor();
    assert.equal(await cards.count(), 2);
    const firstTwo = await cards.allTextContents();
    assert.match(
      (await page.locator("p[aria-live]").first().textContent()) ?? "",
      /2 suggestions shown; more follow/,
    );
    const button = page.getByRole("button", { name: "Load more" });
    await button.focus();
    await page.keyboard.press("Enter");
    const expected = Math.min(4, pending);
    await settlesTo(() => cards.count(), expected, "the next page's suggestions are appended");
    const now = await cards.allTextContents();
    assert.deepEqual(now.slice(0, 2), firstTwo, "the cards shown first keep their places");
    assert.equal(new Set(now).size, now.length, "no suggestion twice");
    await settlesTo(
      async () =>
        /^\d+ pending suggestions shown; (more follow|that is all) \(the last page added \d+\)\.$/.test(
          (await page.getByTestId("load-more-count").textContent()) ?? "",
        ),
      true,
      "the count below the list says how many are shown",
    );
    await h().screenshot(page, "review-queue-load-more");
    assert.deepEqual(h().pageErrors, []);
  });

  test("the queue's counts keep decided cards apart from pending ones, also after Load more", async () => {
    const pending = await total("suggestions?status=pending&limit=500");
    assert.ok(pending >= 3, `several pending suggestions, got ${pending}`);
    const page = await h().page();
    await page.goto("/review?limit=2");
    const cards = page.getByTestId("suggestion");
    await cards.first().waitFor();
    await cards
      .first()
      .getByRole("button", { name: /^Reject/ })
      .click();
    await cards.first().getByLabel("Reason for rejecting").fill("Fictional test: not what the report says");
    await cards.first().getByRole("form", { name: "Reject" }).getByRole("button", { name: "Reject" }).click();
    const count = page.getByTestId("queue-count");
    await settlesTo(
      async () =>
        /^1 suggestion shown; more follow .*\. 1 decided here, no longer pending\./.test(
          (await count.textContent()) ?? "",
        ),
      true,
      `one pending and one decided on the first page: ${await count.textContent()}`,
    );
    await page.getByRole("button", { name: "Load more" }).click();
    // The next page starts after the first page's last card: the decided card is not counted as pending.
    const expected = Math.min(2, pending - 2);
    await settlesTo(() => cards.count(), 2 + expected, "the next page is appended");
    await settlesTo(
      async () => ((await count.textContent()) ?? "").startsWith(`${1 + expected} suggestion`),
      true,
      `the pending count excludes the decided card: ${await count.textContent()}`,
    );
    assert.match((await count.textContent()) ?? "", /1 decided here, no longer pending/);
    assert.match(
      (await page.getByTestId("load-more-count").textContent()) ?? "",
      new RegExp(`^${1 + expected} pending suggestions? shown`),
    );
    assert.deepEqual(h().pageErrors, []);
  });
});
