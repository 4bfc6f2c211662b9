import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

// Two people for a change of level, as a reader of the situation page sees it (open local mode: the page acts
// as `api`; a second person names themselves with X-Tocsin-Actor, as for publishing an alert).
describe("a proposed override on the situation page", { skip: browserSkip() }, () => {
  const h = browserHarness();
  const REASON = "Field mission reports not yet entered as evidence";

  async function situationId(): Promise<string> {
    const r = await fetch(`${h().url}/api/v1/situations?limit=100`);
    const body = (await r.json()) as { items: { id: string; name: string }[] };
    const s = body.items.find((x) => /^Dellovar/.test(x.name));
    assert.ok(s);
    return s.id;
  }

  async function propose(id: string, value: string, actor?: string): Promise<string> {
    const r = await fetch(`${h().url}/api/v1/situations/${id}/overrides`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(actor ? { "X-Tocsin-Actor": actor } : {}) },
      body: JSON.stringify({ target: "level", value, reason: REASON }),
    });
    assert.equal(r.status, 200);
    return ((await r.json()) as { id: string }).id;
  }

  test("shown as pending beside the unchanged level; the author's approval refused; another's approved; a rejection", async () => {
    const id = await situationId();
    const own = await propose(id, "watch");
    const page = await h().page();
    await page.goto(`/situations/${id}`);
    const item = page.locator(`[data-override="${own}"]`);
    await item.waitFor();
    const text = (await item.textContent()) ?? "";
    assert.match(text, /Pending/);
    assert.match(text, /set the level to watch, proposed by api/);
    assert.match(
      (await page.locator(".level-box").textContent()) ?? "",
      /Genocide Emergency/,
      "the level in force is unchanged",
    );
    assert.equal(await page.locator('[data-testid="override"]').count(), 0, "no override in force");
    await h().screenshot(page, "override-pending");

    // The page acts as `api`, the author: the server refuses, and the page says why.
    await item.getByRole("button", { name: "Approve" }).click();
    await item.getByRole("alert").waitFor();
    assert.match((await item.getByRole("alert").textContent()) ?? "", /other than its author/);

    // A proposal by someone else is approved from the page: it leaves the list and sets the level.
    const theirs = await propose(id, "warning", "desk-1");
    await page.reload();
    const other = page.locator(`[data-override="${theirs}"]`);
    await other.waitFor();
    await other.getByRole("button", { name: "Approve" }).click();
    await page.locator('[data-testid="override"]').waitFor();
    assert.match((await page.locator('[data-testid="override"]').textContent()) ?? "", /desk-1/);
    await settlesTo(() => other.count(), 0, "the approved proposal is no longer pending");

    // The author withdraws their own proposal (a rejection with a reason).
    await item.getByRole("button", { name: "Reject…" }).click();
    await item.getByLabel(/Why reject/).fill("Superseded by the approved proposal");
    await item.getByRole("button", { name: "Reject", exact: true }).click();
    await settlesTo(() => page.locator('[data-testid="pending-overrides"]').count(), 0, "nothing pending");
    const listed = await fetch(`${h().url}/api/v1/situations/${id}/overrides`);
    const statuses = ((await listed.json()) as { items: { id: string; status: string }[] }).items;
    assert.deepEqual(Object.fromEntries(statuses.map((o) => [o.id, o.status])), {
      [own]: "rejected",
      [theirs]: "approved",
    });
  });
});
