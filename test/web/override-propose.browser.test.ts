import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

// Proposing a change of level from the situation page (open local mode: the page acts as `api`): the proposal
// is listed as pending, awaiting a second person, and the level in force does not change.
describe("proposing an override on the situation page", { skip: browserSkip() }, () => {
  const h = browserHarness();
  const REASON = "Field mission reports not yet entered as evidence";

  test("the form proposes a level with a reason; it is pending, not in force; a short reason is refused", async () => {
    const list = await fetch(`${h().url}/api/v1/situations?limit=100`);
    const s = ((await list.json()) as { items: { id: string; name: string }[] }).items.find((x) =>
      /^Dellovar/.test(x.name),
    );
    assert.ok(s);
    const page = await h().page();
    await page.goto(`/situations/${s.id}`);
    const level = page.locator(".level-box");
    await level.waitFor();
    const before = (await level.textContent()) ?? "";
    await page.getByRole("button", { name: "Propose a change of level…" }).click();
    const form = page.locator('[data-testid="propose-override"]');
    await form.waitFor();
    await form.getByLabel("Level").selectOption("watch");
    await form.getByLabel(/Why/).fill(REASON);
    await form.getByRole("button", { name: "Propose", exact: true }).click();
    const pending = page.locator('[data-testid="pending-override"]');
    await pending.first().waitFor();
    assert.match((await pending.first().textContent()) ?? "", /set the level to watch, proposed by api/);
    await settlesTo(() => form.count(), 0, "the form closes once the proposal is made");
    assert.equal((await level.textContent()) ?? "", before, "the level in force is unchanged");
    const stored = await fetch(`${h().url}/api/v1/situations/${s.id}/overrides`);
    const items = ((await stored.json()) as { items: { status: string; reason: string; value: string }[] })
      .items;
    assert.deepEqual(
      items.map((o) => [o.status, o.value, o.reason]),
      [["pending", "watch", REASON]],
    );
    await h().screenshot(page, "override-proposed");
    assert.deepEqual(h().pageErrors, []);
  });
});
