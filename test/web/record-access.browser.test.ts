import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { browserHarness, browserSkip, logIn, settlesTo, TEST_PASSWORD } from "../support/browser.ts";

const PASSWORD = TEST_PASSWORD;

// An administrator views, adds and removes the grants on a situation from its page (the access panel).
describe("the access panel on a situation page (admin)", { skip: browserSkip() }, () => {
  const h = browserHarness();
  before(async () => {
    for (const [name, role] of [
      ["root", "admin"],
      ["ana", "analyst"],
    ] as const)
      await h().store.app.auth.accounts.addUser({
        name,
        password: PASSWORD,
        role,
        clearance: "confidential",
      });
  });

  test("grant restricts the situation to its grantee; remove leaves it restricted to nobody; both on the record", async () => {
    const page = await h().page();
    page.setDefaultTimeout(90_000);
    await logIn(page, "root");
    const list = await page.request.get("/api/v1/situations?limit=100");
    const s = ((await list.json()) as { items: { id: string; name: string }[] }).items.find((x) =>
      /^Dellovar/.test(x.name),
    );
    assert.ok(s);
    await page.goto(`/situations/${s.id}`);
    const panel = page.locator('[data-testid="record-access"]');
    await panel.waitFor();
    const state = panel.locator('[data-testid="record-access-state"]');
    assert.match((await state.textContent()) ?? "", /Not restricted/);
    await panel.getByLabel(/Grantee/).fill("user:ana");
    await panel.getByLabel("Access").selectOption("write");
    await panel.getByRole("button", { name: "Grant" }).click();
    await settlesTo(() => panel.locator('[data-grantee="user:ana"]').count(), 1, "the grant is listed");
    assert.match((await panel.locator('[data-grantee="user:ana"]').textContent()) ?? "", /write/);
    await settlesTo(async () => /^Restricted:/.test((await state.textContent()) ?? ""), true, "restricted");
    await h().screenshot(page, "record-access-granted");
    await panel.getByRole("button", { name: "Remove" }).click();
    await settlesTo(() => panel.locator('[data-grantee="user:ana"]').count(), 0, "the grant is gone");
    await settlesTo(
      async () => /Restricted to nobody/.test((await state.textContent()) ?? ""),
      true,
      "nobody",
    );
    const trail = await h().store.app.store.custodyFor("situation", s.id);
    assert.deepEqual(
      trail.filter((e) => ["restrict", "grant", "revoke"].includes(e.action)).map((e) => [e.actor, e.action]),
      [
        ["user:root", "restrict"],
        ["user:root", "grant"],
        ["user:root", "revoke"],
      ],
    );
    assert.deepEqual(h().pageErrors, []);
  });
});
