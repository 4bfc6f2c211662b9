import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Locator } from "playwright-core";
import { browserHarness, browserSkip } from "../support/browser.ts";

const text = async (l: Locator) => (await l.textContent()) ?? "";

describe("evidence entry and edit forms in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  test("a bad field gets its message beside it (client check, then the API's), values kept; fixed, it saves", async () => {
    const page = await h().page();
    await page.goto("/evidence/events/new");
    await page.getByLabel("Title").fill("Fictional test raid on Lerrow farm");
    await page.getByLabel("Start date").fill("2026-05-10");
    await page.getByLabel("End date").fill("2026-05-01");
    await page.getByLabel("killing").check();
    await page.getByLabel("Other act types").fill("x-Not A Type");
    await page.getByLabel("Deaths, low estimate").fill("3");
    await page.getByLabel("Deaths, high estimate").fill("7");
    await page.getByRole("button", { name: "Create" }).click();

    // The client's check (mirroring the zod refinement) puts its message beside the end date.
    const endError = page.locator("#event-form-dateEnd-error");
    await endError.waitFor();
    assert.match(await text(endError), /must not be before/);
    assert.equal(await page.getByLabel("End date").getAttribute("aria-invalid"), "true");
    assert.match(
      (await page.getByLabel("End date").getAttribute("aria-describedby")) ?? "",
      /event-form-dateEnd-error/,
    );
    assert.match(await text(page.locator(".form-problems")), /End date/);
    await h().screenshot(page, "evidence-event-form-errors");

    // Fixed; now the API refuses the act type and its message lands beside the acts.
    await page.getByLabel("End date").fill("2026-05-11");
    await page.getByRole("button", { name: "Create" }).click();
    const actsError = page.locator("#event-form-acts-error");
    await actsError.waitFor();
    assert.match(await text(actsError), /unknown act type/);
    assert.equal(await page.locator("#event-form-dateEnd-error").count(), 0);
    // Nothing lost.
    assert.equal(await page.getByLabel("Title").inputValue(), "Fictional test raid on Lerrow farm");
    assert.equal(await page.getByLabel("Deaths, high estimate").inputValue(), "7");
    assert.ok(await page.getByLabel("killing").isChecked());
    const refused = h().pageErrors.splice(0);
    assert.ok(
      refused.every((e) => /status of 400/.test(e)),
      refused.join("\n"),
    );

    await page.getByLabel("Other act types").fill("x-farm-burning");
    await page.getByLabel("Reason (custody log, optional)").fill("entered from a fictional test report");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByRole("heading", { level: 1, name: "Fictional test raid on Lerrow farm" }).waitFor();
    assert.match(await text(page.locator(".saved")), /Saved as version 1/);
    assert.match(page.url(), /\/evidence\/events\/[0-9a-f-]{36}\?saved=1$/);
    assert.match(await text(page.locator("dl.facts").first()), /3–7/);
    const trail = page.locator("table.custody tbody tr");
    await trail.first().waitFor();
    assert.match(await text(trail.first()), /entered from a fictional test report/);
    assert.deepEqual(h().pageErrors, []);
  });

  test("an edit against a stale version says what changed, keeps the analyst's values and saves over it", async () => {
    const api = `${h().url}/api/v1`;
    const created = await fetch(`${api}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: "Fictional checkpoint closure",
        dateStart: "2026-04-02",
        sensitivity: "internal",
      }),
    });
    assert.equal(created.status, 201);
    const event = (await created.json()) as { id: string };

    const page = await h().page();
    await page.goto(`/evidence/events/${event.id}/edit`);
    await page.getByLabel("Title").waitFor();
    await page.getByLabel("Title").fill("Fictional checkpoint closure at Vessen bridge");

    // Meanwhile someone else saves a description.
    const other = await fetch(`${api}/events/${event.id}?reason=other%20analyst`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "if-match": '"1"' },
      body: JSON.stringify({ description: "Added by another analyst (fictional)" }),
    });
    assert.equal(other.status, 200);

    // A change needs a reason: the message is beside the field.
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.locator("#event-form-reason-error").waitFor();
    await page.getByLabel("Reason for this change (custody log)").fill("the place is known now");
    await page.getByRole("button", { name: "Save changes" }).click();

    const notice = page.locator(".stale-notice");
    await notice.waitFor();
    const said = await text(notice);
    assert.match(said, /version 1/);
    assert.match(said, /version 2/);
    assert.match(said, /Description/);
    assert.match(said, /Added by another analyst/);
    assert.equal(
      await page.getByLabel("Title").inputValue(),
      "Fictional checkpoint closure at Vessen bridge",
    );
    assert.equal(await page.getByLabel("Description").inputValue(), "Added by another analyst (fictional)");
    await h().screenshot(page, "evidence-event-form-stale");
    const refused = h().pageErrors.splice(0);
    assert.ok(
      refused.every((e) => /status of 409/.test(e)),
      refused.join("\n"),
    );

    await page.getByRole("button", { name: "Save over version 2" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Fictional checkpoint closure at Vessen bridge" })
      .waitFor();
    assert.match(await text(page.locator(".saved")), /version 3/);
    assert.match(await text(page.locator("p.description")), /Added by another analyst/);
    const stored = (await (await fetch(`${api}/events/${event.id}`)).json()) as {
      event: { version: number };
    };
    assert.equal(stored.event.version, 3);
    assert.deepEqual(h().pageErrors, []);
  });

  test("claim and source forms save; every control is labelled and reachable by keyboard", async () => {
    const page = await h().page();
    await page.goto("/evidence/sources/new");
    await page.getByLabel("Name").waitFor();
    // Every form control has a label (or is inside a labelled fieldset row with its own label).
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main input, main select, main textarea"))
        .filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute("aria-label"))
        .map((el) => el.outerHTML),
    );
    assert.deepEqual(unlabelled, []);
    await page.getByLabel("Name").fill("Fictional Lerrow Parish Council");
    await page.getByLabel("Reliability", { exact: true }).selectOption("C");
    await page.getByLabel("Contact (confidential)").fill("Clerk on duty (fictional)");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByRole("heading", { level: 1, name: "Fictional Lerrow Parish Council" }).waitFor();
    assert.match(await text(page.locator("dl.facts")), /C \(fairly reliable\)/);
    assert.match(await text(page.locator("dl.facts")), /Clerk on duty \(fictional\)/);
    const sourceId = page.url().match(/sources\/([0-9a-f-]{36})/)?.[1];
    assert.ok(sourceId);

    // A claim about an event, entered from the keyboard alone.
    await page.goto("/evidence/events?q=Halbrenn&act=massacre");
    await page.getByRole("link", { name: "Halbrenn market massacre" }).click();
    await page.getByRole("link", { name: "Add a claim" }).click();
    await page.getByLabel("Statement").waitFor();
    await page.locator("#claim-form-sourceId").focus();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "claim-form-statement");
    await page.keyboard.type("A parish clerk says the market was full that morning (fictional).");
    await page.locator("#claim-form-sourceId").selectOption(sourceId);
    await page.getByLabel("Asserted deaths, low").fill("50");
    await page.getByLabel("Asserted deaths, high").fill("20");
    await page.getByRole("button", { name: "Create" }).click();
    await page.locator("#claim-form-assertion-fatalities-high-error").waitFor();
    await h().screenshot(page, "evidence-claim-form");
    await page.getByLabel("Asserted deaths, high").fill("60");
    await page.getByLabel("Credibility", { exact: true }).selectOption("3");
    await page.getByRole("button", { name: "Create" }).press("Enter");
    await page.getByRole("heading", { level: 1, name: "Halbrenn market massacre" }).waitFor();
    await page.getByText("A parish clerk says the market was full").waitFor();
    assert.deepEqual(h().pageErrors, []);
  });
});
