import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

// Two fictional people of the training scenario. The web app has no accounts yet: each page names its actor
// with the X-Tocsin-Actor header, as the API's open local mode reads it.
const ANALYST = "training analyst (fictional)";
const REVIEWER = "training reviewer (fictional)";
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("verification workflow in Chromium: status, assignee, lock, comments, two-person rule", {
  skip: browserSkip(),
}, () => {
  const h = browserHarness();
  let eventPath = "";
  let claimId = "";

  const as = async (actor: string) => {
    const page = await h().page();
    page.setDefaultTimeout(60_000);
    await page.setExtraHTTPHeaders({ "X-Tocsin-Actor": actor });
    return page;
  };
  const text = (page: Page, id: string) => async () =>
    ((await page.getByTestId(id).textContent()) ?? "").replace(/\s+/g, " ").trim();
  /** Chromium reports each refused request (403, 409) on the console: those are expected here. */
  const expectRefusals = (...statuses: number[]) => {
    const errors = h().pageErrors.splice(0);
    assert.ok(
      errors.every((e) => statuses.some((s) => e.includes(String(s)))),
      errors.join("\n"),
    );
  };

  test("the lock shows its holder to a second person, refuses their change, is taken over; status, assignee and a comment follow", async () => {
    const res = await fetch(`${h().url}/api/v1/events?limit=1`);
    const event = ((await res.json()) as { items: { id: string }[] }).items[0];
    assert.ok(event, "the scenario has events");
    const claims = await fetch(`${h().url}/api/v1/claims?event=${event.id}&limit=1`);
    claimId = ((await claims.json()) as { items: { id: string }[] }).items[0]?.id ?? "";
    eventPath = `/evidence/events/${event.id}`;

    const analyst = await as(ANALYST);
    await analyst.goto(eventPath);
    await analyst.getByRole("heading", { name: "Verification" }).waitFor();
    await settlesTo(text(analyst, "verification-status"), "○ Unverified", "a new record is unverified");
    assert.equal(await text(analyst, "verification-lock")(), "Nobody is editing this.");
    await analyst.getByRole("button", { name: "Take the edit lock" }).click();
    await settlesTo(
      async () => /^You hold the edit lock until /.test(await text(analyst, "verification-lock")()),
      true,
      "the analyst holds the lock",
    );

    const reviewer = await as(REVIEWER);
    await reviewer.goto(eventPath);
    await reviewer.getByRole("heading", { name: "Verification" }).waitFor();
    await settlesTo(
      async () => (await text(reviewer, "verification-lock")()).startsWith(`${ANALYST} is editing this`),
      true,
      "the second person sees who holds the lock",
    );
    assert.match(await text(reviewer, "verification-lock")(), /expires/);
    await reviewer.getByLabel("Status").selectOption({ label: "Needs help" });
    await reviewer.getByRole("button", { name: "Save verification" }).click();
    await reviewer.getByText(new RegExp(`Not done: ${literal(ANALYST)} is editing this event`)).waitFor();
    expectRefusals(409);
    await h().screenshot(reviewer, "verification-locked");

    await reviewer.getByRole("button", { name: `Take over the lock from ${ANALYST}` }).click();
    await settlesTo(
      async () => /^You hold the edit lock until /.test(await text(reviewer, "verification-lock")()),
      true,
      "taken over",
    );
    await reviewer.getByLabel("Status").selectOption({ label: "Needs help" });
    await reviewer.getByLabel("Assigned to").fill(ANALYST);
    await reviewer.getByRole("button", { name: "Save verification" }).click();
    await settlesTo(text(reviewer, "verification-status"), "? Needs help", "the status is saved");
    assert.equal(await text(reviewer, "verification-assignee")(), ANALYST);
    await reviewer
      .getByLabel("Comment", { exact: true })
      .fill("Which village is this? The two sources differ.");
    await reviewer.getByRole("button", { name: "Add comment" }).click();
    await settlesTo(() => reviewer.getByTestId("comment").count(), 1, "the comment is listed");
    assert.match(
      (await reviewer.getByTestId("comment").textContent()) ?? "",
      new RegExp(`${literal(REVIEWER)}.*Which village is this\\?`),
    );
    await reviewer.getByRole("button", { name: "Release the edit lock" }).click();
    await settlesTo(text(reviewer, "verification-lock"), "Nobody is editing this.", "released");
    await h().screenshot(reviewer, "verification-panel");
    assert.deepEqual(h().pageErrors, []);
  });

  test("the analyst's queue lists it; nobody verifies their own work; the reviewer verifies", async () => {
    assert.ok(eventPath, "the first test ran");
    const analyst = await as(ANALYST);
    await analyst.goto("/evidence/events?verification=needs-help&assignee=me");
    await analyst.getByRole("navigation", { name: "Verification queues" }).waitFor();
    const row = analyst.locator(`a[href="${eventPath}"]`);
    await row.waitFor();
    await row.click();
    await analyst.getByRole("heading", { name: "Verification" }).waitFor();
    await settlesTo(text(analyst, "verification-status"), "? Needs help", "as the reviewer left it");
    assert.equal(await analyst.getByTestId("comment").count(), 1, "the reviewer's comment is there");
    await analyst.getByLabel("Status").selectOption({ label: "Ready for review" });
    await analyst.getByRole("button", { name: "Save verification" }).click();
    await settlesTo(text(analyst, "verification-status"), "◑ Ready for review", "submitted for review");
    await analyst.getByLabel("Status").selectOption({ label: "Verified" });
    await analyst.getByRole("button", { name: "Save verification" }).click();
    await analyst.getByText(/Not done: .*someone else must set it verified/).waitFor();
    expectRefusals(403);

    const reviewer = await as(REVIEWER);
    await reviewer.goto(eventPath);
    await settlesTo(text(reviewer, "verification-status"), "◑ Ready for review", "the reviewer sees it");
    await reviewer.getByLabel("Status").selectOption({ label: "Verified" });
    await reviewer.getByRole("button", { name: "Save verification" }).click();
    await settlesTo(text(reviewer, "verification-status"), "✓ Verified", "verified by a second person");
    // The custody trail on the same page lists the workflow's entries.
    await settlesTo(
      async () => (await reviewer.locator("table.custody").textContent())?.includes("verification") ?? false,
      true,
      "the custody trail lists the workflow's entries",
    );
    assert.deepEqual(h().pageErrors, []);
  });

  test("a claim has its own page with the same panel; the form's problems land beside their fields", async () => {
    assert.ok(claimId, "the scenario's event has a claim");
    const reviewer = await as(REVIEWER);
    await reviewer.goto(`/evidence/claims/${claimId}`);
    await reviewer.getByRole("heading", { name: /^Claim: / }).waitFor();
    await settlesTo(text(reviewer, "verification-status"), "○ Unverified", "the claim's own status");
    await reviewer.getByLabel("Status").selectOption({ label: "Rejected" });
    await reviewer.getByRole("button", { name: "Save verification" }).click();
    const reason = reviewer.getByLabel("Reason");
    await reviewer.locator("#verification-reason-error").waitFor();
    await settlesTo(() => reason.getAttribute("aria-invalid"), "true", "the reason is marked invalid");
    expectRefusals(400);
    await reason.fill("The statement quotes a fictional broadcast that never aired.");
    await reviewer.getByRole("button", { name: "Save verification" }).click();
    await settlesTo(
      text(reviewer, "verification-status"),
      "✗ Rejected (reason: The statement quotes a fictional broadcast that never aired.)",
      "rejected with its reason",
    );
    assert.deepEqual(h().pageErrors, []);
  });
});
