import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

interface Summary {
  id: string;
  versions: { number: number; status: string; title: string }[];
}

describe("discarding a draft alert in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();
  const api = (path: string, init?: RequestInit) => fetch(`${h().url}/api/v1/${path}`, init);
  const alerts = async () => ((await (await api("alerts?limit=500")).json()) as { items: Summary[] }).items;
  const open = async () => {
    const page = await h().page();
    page.setDefaultTimeout(60_000);
    return page;
  };
  const focused = (page: Awaited<ReturnType<typeof open>>) =>
    page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

  test("a new alert's only draft: confirm step (Escape keeps it), then the alert is gone and the list says so", async () => {
    const draft = (await alerts()).find((a) => a.versions.length === 1 && a.versions[0]?.status === "draft");
    assert.ok(draft, "the scenario has a draft alert");
    const page = await open();
    await page.goto(`/alerts/${draft.id}/versions/latest`);
    const opener = page.getByRole("button", { name: "Discard this draft…" });
    await opener.focus();
    await page.keyboard.press("Enter");
    const yes = page.getByRole("button", { name: "Yes, discard version 1" });
    await yes.waitFor();
    await settlesTo(() => focused(page), "Yes, discard version 1", "the confirmation takes the focus");
    assert.match(
      (await page.locator("#discard-question").textContent()) ?? "",
      /never published.*the alert goes with it/,
    );
    await page.keyboard.press("Escape");
    await opener.waitFor();
    await settlesTo(() => focused(page), "Discard this draft…", "Escape closes it and gives the focus back");
    assert.equal((await api(`alerts/${draft.id}`)).status, 200, "nothing discarded yet");

    await opener.click();
    await page.getByLabel("Reason (custody log, optional)").fill("fictional test: started twice");
    await h().screenshot(page, "alert-discard-confirm");
    await yes.click();
    await page.getByText(/Discarded the draft/).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/alerts$/);
    assert.equal((await api(`alerts/${draft.id}`)).status, 404);
    assert.ok(!(await alerts()).some((a) => a.id === draft.id));
    assert.deepEqual(h().pageErrors, []);
  });

  test("a correction's draft goes alone: the published versions stay and the page shows the latest of them", async () => {
    const published = (await alerts()).find((a) => a.versions.at(-1)?.status === "published");
    assert.ok(published, "the scenario has a published alert");
    const before = published.versions.length;
    const started = await api(`alerts/${published.id}/corrections`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ changeNote: "Fictional test: a correction to discard." }),
    });
    assert.equal(started.status, 201);
    const page = await open();
    await page.goto(`/alerts/${published.id}/versions/latest`);
    await page.getByRole("button", { name: "Discard this draft…" }).click();
    assert.match(
      (await page.locator("#discard-question").textContent()) ?? "",
      new RegExp(`Discard version ${before + 1}\\?.*Version ${before}, the published one, stays`),
    );
    await page.getByRole("button", { name: `Yes, discard version ${before + 1}` }).click();
    await page.getByText(`Version ${before} of ${before}`).waitFor();
    assert.equal(await page.getByRole("button", { name: "Discard this draft…" }).count(), 0);
    const after = (await (await api(`alerts/${published.id}`)).json()) as Summary;
    assert.deepEqual(
      after.versions.map((v) => v.status),
      Array(before).fill("published"),
    );
    assert.deepEqual(h().pageErrors, []);
  });
});
