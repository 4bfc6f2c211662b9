import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

const analyst: Caller = { actor: "analyst:review-test", clearance: "confidential" };

/** A fictional report (names of the fictional scenario), read and screened into the queue before the tests. */
const TITLE = "Fictional field report for review";
const REPORT = [
  "[FICTIONAL training report: invented places and people]",
  "",
  "1. On 9 March 2026 in Orvanne Province between 100 and 160 Taldren civilians were killed by militia fighters, 140 by our count.",
  "2. Speakers on the radio say the Oskeri are vermin and must be exterminated before they kill us first.",
  "",
].join("\n");

describe("the review queue in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();
  /** A page with room for a loaded machine (composing a draft runs the assessment engine). */
  const open = async () => {
    const page = await h().page();
    page.setDefaultTimeout(90_000);
    return page;
  };

  before(async () => {
    const { app } = h().store;
    const source = await app.evidence.create(
      "source",
      { kind: "organisation", name: "Fictional Review Monitor", reliability: "B", sensitivity: "public" },
      analyst,
    );
    const doc = await app.evidence.addDocument(
      new TextEncoder().encode(REPORT),
      {
        title: TITLE,
        sourceId: source.id,
        collectedAt: "2026-04-01T10:00:00Z",
        mediaType: "text/plain",
        sensitivity: "public",
      },
      analyst,
      REPORT,
    );
    const read = await app.reading.readDocument(doc.id, analyst);
    const screened = await app.reading.screenDocument(doc.id, analyst);
    assert.ok(read.added >= 1 && screened.added >= 1, "the report gives an event and a screening finding");
  });

  test("the queue ranks suggestions by score and marks the words each came from", async () => {
    const page = await open();
    await page.goto("/review");
    const cards = page.getByTestId("suggestion");
    await cards.first().waitFor();
    const ranks = await cards.evaluateAll((els) =>
      els.map((el) => Number(/rank ([\d.]+)/.exec(el.querySelector("h2")?.textContent ?? "")?.[1])),
    );
    assert.ok(ranks.length >= 2, `several suggestions, got ${ranks.length}`);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
      "highest rank first",
    );
    // The screening finding marks the flagged word, labelled in words, not by colour alone.
    const flag = cards
      .filter({ hasText: TITLE })
      .locator("mark.hl-flag", { hasText: /vermin|exterminated/ })
      .first();
    assert.match((await flag.textContent()) ?? "", /\[.+\]/);
    // The event read from the report marks its date and its toll.
    const eventCard = cards
      .filter({ hasText: TITLE })
      .filter({ hasText: "Event read from a report" })
      .first();
    assert.match(
      await eventCard
        .locator("mark")
        .allInnerTexts()
        .then((t) => t.join(" | ")),
      /9 March 2026/,
    );
    await h().screenshot(page, "review-queue");
    assert.deepEqual(h().pageErrors, []);
  });

  test("accepting with an edit creates the event, shown under the suggestion and in the API", async () => {
    const page = await open();
    await page.goto("/review?kind=event");
    const card = page.getByTestId("suggestion").filter({ hasText: TITLE }).first();
    await card.waitFor();
    // Keyboard: j/k move between suggestions, e opens the labelled accept form on the current one.
    await card.focus();
    const current = () => card.getAttribute("aria-current");
    await settlesTo(current, "true", "focus makes the card the current one");
    await page.keyboard.press("j");
    await settlesTo(current, null, "j moved to the next suggestion");
    await page.keyboard.press("k");
    await settlesTo(current, "true", "k moved back");
    await page.keyboard.press("e");
    const title = card.getByLabel("Event title");
    await title.waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.id.endsWith("-title")),
      true,
      "the form's first field has the focus",
    );
    await title.fill("Killing of Taldren civilians in Orvanne Province (fictional)");
    await card.getByLabel("Killed: best estimate").fill("140");
    await card.getByLabel("Credibility of the information").selectOption("2");
    await h().screenshot(page, "review-accept-form");
    await card.getByRole("button", { name: "Accept and record" }).click();
    const created = card.getByTestId("created-event");
    await created.getByRole("link", { name: /Killing of Taldren civilians/ }).waitFor();
    assert.match((await card.getByRole("status").textContent()) ?? "", /Accepted with edits by/);

    // The record exists in the store as the form said.
    const href = await created.getByRole("link").getAttribute("href");
    const id = href?.split("/").at(-1) ?? "";
    const { event } = (await (await fetch(`${h().url}/api/v1/events/${id}`)).json()) as {
      event: { title: string; fatalities: { low: number | null; best: number | null; high: number | null } };
    };
    assert.equal(event.title, "Killing of Taldren civilians in Orvanne Province (fictional)");
    assert.deepEqual(event.fatalities, { low: 100, best: 140, high: 160 });
    // The decided suggestion leaves the pending queue.
    await page.goto("/review?kind=event");
    await page
      .getByText(/suggestions?\.|No suggestion/)
      .first()
      .waitFor();
    assert.equal(await page.getByText("Killing of Taldren civilians").count(), 0);
    assert.deepEqual(h().pageErrors, []);
  });

  test("rejecting needs a reason, given beside the field", async () => {
    const page = await open();
    await page.goto("/review?kind=screening");
    const card = page.getByTestId("suggestion").filter({ hasText: TITLE }).first();
    await card.waitFor();
    await card.getByRole("button", { name: /^Reject/ }).click();
    await card.getByRole("button", { name: "Reject", exact: true }).click();
    const reason = card.getByLabel("Reason for rejecting");
    await settlesTo(() => reason.getAttribute("aria-invalid"), "true", "the reason field is marked invalid");
    assert.match((await card.locator(".field-error").textContent()) ?? "", /say why/);
    await reason.fill("Quoted by a monitor condemning the speech, not the speaker's own words");
    await card.getByRole("button", { name: "Reject", exact: true }).click();
    await card
      .getByRole("status")
      .getByText(/Rejected by .*: Quoted by a monitor/)
      .waitFor();
    assert.deepEqual(h().pageErrors, []);
  });
});
